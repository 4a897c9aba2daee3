import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { CSV_MAX_BYTES } from './imports.contract.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function orgWithReferences(name?: string) {
  const org = await t.newOrg(name);
  await org.as.patch('/api/v1/org', { timeZone: 'Europe/Sofia' });
  const location = (await org.as.post('/api/v1/locations', { name: 'Център', city: 'София' })).json();
  const touchpoint = (
    await org.as.post('/api/v1/touchpoints', { name: 'Reception', kind: 'service', stage: 'service' })
  ).json();
  const member = (
    await org.as.post('/api/v1/staff', {
      name: 'Д-р Петрова',
      email: 'petrova@clinic.bg',
      locationIds: [location.id],
      sendInvite: false,
    })
  ).json();
  return { ...org, location: location.id as string, touchpoint: touchpoint.id as string, staff: member.id as string };
}

const customersCsv = [
  '\uFEFFКлиентски номер;Име;Имейл;Телефон;Език;Съгласие за имейл',
  'C1;Иван Иванов;ivan@example.com;+359 88 123 4567;bg;да',
  'C2;Мария;not-an-email;;ru;не',
  'C3;Anna;anna@example.com;;English;yes',
  '',
].join('\r\n');

describe('customer import', () => {
  it('previews with a suggested mapping, the first rows and their errors, writing nothing', async () => {
    const { as } = await t.newOrg();
    const res = await as.post('/api/v1/imports/customers/preview', { csv: customersCsv });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.headers).toEqual(['Клиентски номер', 'Име', 'Имейл', 'Телефон', 'Език', 'Съгласие за имейл']);
    expect(body.suggestedMapping).toEqual({
      'Клиентски номер': 'externalId',
      Име: 'name',
      Имейл: 'email',
      Телефон: 'phone',
      Език: 'language',
      'Съгласие за имейл': 'consentEmail',
    });
    expect(body.fields).toContain('acquisitionCampaign');
    expect(body).toMatchObject({ totalRows: 3, errorRows: 1 });
    expect(body.rows[0]).toEqual({
      line: 2,
      values: {
        externalId: 'C1',
        name: 'Иван Иванов',
        email: 'ivan@example.com',
        phone: '+359 88 123 4567',
        language: 'bg',
        consentEmail: true,
      },
    });
    expect(body.rows[1]).toMatchObject({ line: 3, errors: { email: expect.any(String) } });
    expect(body.rows[1].values.email).toBeUndefined();
    expect((await as.get('/api/v1/customers')).json().items).toHaveLength(0);
  });

  it('imports, and importing the same file again changes nothing', async () => {
    const { as } = await t.newOrg();
    const first = (await as.post('/api/v1/imports/customers', { csv: customersCsv })).json();
    expect(first).toEqual({
      rows: 3,
      created: 2,
      existing: 0,
      errorRows: 1,
      errors: [{ line: 3, fields: { email: expect.any(String) }, values: { email: 'not-an-email' } }],
    });
    const before = (await as.get('/api/v1/customers')).json().items;
    expect(before.map((c: { externalId: string }) => c.externalId).sort()).toEqual(['C1', 'C3']);
    const second = (await as.post('/api/v1/imports/customers', { csv: customersCsv })).json();
    expect(second).toMatchObject({ created: 0, existing: 2, errorRows: 1 });
    expect((await as.get('/api/v1/customers')).json().items).toEqual(before);
  });

  it("uses the caller's mapping, and refuses a mapping that does not fit the CSV", async () => {
    const { as } = await t.newOrg();
    const csv = 'col1,col2\nX1,Someone\n';
    const ok = (
      await as.post('/api/v1/imports/customers', { csv, mapping: { col1: 'externalId', col2: 'name' } })
    ).json();
    expect(ok).toMatchObject({ created: 1 });
    const bad = await as.post('/api/v1/imports/customers', { csv, mapping: { col1: 'name', col3: 'email' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual({ 'mapping.col3': 'No such column in the CSV' });
    const none = await as.post('/api/v1/imports/customers/preview', { csv });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.message).toMatch(/No column/);
  });
});

describe('interaction import', () => {
  it('resolves references by name, id and email, reads local dates and money, reports bad rows by line', async () => {
    const org = await orgWithReferences();
    await org.as.post('/api/v1/imports/customers', {
      csv: 'external_id,email\nC1,ivan@example.com\nC2,maria@example.com\n',
    });
    const csv = [
      'Номер на посещение;Дата и час;Клиентски номер;Имейл;Услуга;Обект;Лекар;Сума;Валута',
      `V1;31.01.2026 14:05;C1;;Reception;Център;petrova@clinic.bg;1 234,50;лв`,
      `V2;2026-02-01 09:30;;maria@example.com;${org.touchpoint};${org.location};${org.staff};80;BGN`,
      `V3;01.02.2026;C404;;;;;;`,
      `V4;not a date;C1;;Nowhere;;;12 apples;`,
      `V5;2026-02-02T10:00:00Z;;;;;;;`,
    ].join('\n');
    const preview = (await org.as.post('/api/v1/imports/interactions/preview', { csv })).json();
    expect(preview).toMatchObject({ totalRows: 5, errorRows: 2 });
    expect(preview.rows[2]).toMatchObject({ line: 4, errors: { customerExternalId: expect.any(String) } });

    const res = (await org.as.post('/api/v1/imports/interactions', { csv })).json();
    expect(res).toMatchObject({ rows: 5, created: 3, existing: 0, errorRows: 2 });
    // Every problem of a row at once (reading and naming), each with the cell text it came from.
    expect(res.errors).toEqual([
      {
        line: 4,
        fields: { customerExternalId: 'No customer has this ID, name or email' },
        values: { customerExternalId: 'C404' },
      },
      {
        line: 5,
        fields: {
          occurredAt: expect.stringContaining('not a date'),
          revenue: 'not a number',
          touchpoint: 'No touchpoint has this name or ID',
        },
        values: { occurredAt: 'not a date', revenue: '12 apples', touchpoint: 'Nowhere' },
      },
    ]);
    const items = (await org.as.get('/api/v1/interactions')).json().items as {
      externalId: string;
      occurredAt: string;
      revenue: number;
      currency: string;
      touchpointId: string;
      locationId: string;
      staffId: string;
      customerId: string;
    }[];
    const v1 = items.find((i) => i.externalId === 'V1')!;
    expect(v1).toMatchObject({
      occurredAt: '2026-01-31T12:05:00.000Z',
      revenue: 1234.5,
      currency: 'BGN',
      touchpointId: org.touchpoint,
      locationId: org.location,
      staffId: org.staff,
    });
    expect(items.find((i) => i.externalId === 'V2')).toMatchObject({
      occurredAt: '2026-02-01T07:30:00.000Z',
      customerId: expect.any(String),
    });

    const again = (await org.as.post('/api/v1/imports/interactions', { csv })).json();
    expect(again).toMatchObject({ created: 0, existing: 3, errorRows: 2 });
    expect((await org.as.get('/api/v1/interactions')).json().items).toEqual(items);
  });

  it('matches customers by ID, name or email in any customer column, staff by name, and serves samples that import as they are', async () => {
    const org = await orgWithReferences();
    await org.as.post('/api/v1/imports/customers', {
      csv: 'external_id,name,email\nC1,Иван Иванов,ivan@example.com\nC2,Мария,maria@example.com\nC3,Мария,m2@example.com\n',
    });
    const c1 = (await org.as.get('/api/v1/customers?q=ivan')).json().items[0].id as string;
    // An email in the column guessed as the customer ID, a name, a Zabota ID; staff by name.
    const csv = [
      'Date,Customer,Staff',
      '2026-02-01 10:00,maria@example.com,Д-р Петрова',
      '2026-02-01 11:00,иван иванов,',
      `2026-02-01 12:00,${c1},`,
      '2026-02-01 13:00,Мария,Nobody',
    ].join('\n');
    const preview = (await org.as.post('/api/v1/imports/interactions/preview', { csv })).json();
    expect(preview.mapping).toMatchObject({ Customer: 'customerExternalId', Staff: 'staff' });
    expect(preview.rows[3]).toMatchObject({
      line: 5,
      errors: {
        customerExternalId: 'Several customers have this name: use their ID or email',
        staff: 'No staff member has this name, email or ID',
      },
      invalid: { customerExternalId: 'Мария', staff: 'Nobody' },
    });
    const res = (await org.as.post('/api/v1/imports/interactions', { csv })).json();
    expect(res).toMatchObject({ created: 3, errorRows: 1 });
    const items = (await org.as.get('/api/v1/interactions')).json().items as { customerId: string; staffId: string }[];
    expect(items.filter((i) => i.customerId === c1)).toHaveLength(2);
    expect(items.filter((i) => i.staffId === org.staff)).toHaveLength(1);

    // The samples: customers, then interactions naming them and this organisation's own rows.
    const sample = async (kind: string, query = '') => {
      const r = await org.as.get(`/api/v1/imports/${kind}/sample${query}`);
      expect([r.statusCode, r.statusCode === 200 ? '' : r.body]).toEqual([200, '']);
      expect(r.headers['content-type']).toMatch(/^text\/csv/);
      expect(r.headers['content-disposition']).toBe(`attachment; filename="zabota-${kind}-sample.csv"`);
      return r.body;
    };
    const customers = (await org.as.post('/api/v1/imports/customers', { csv: await sample('customers') })).json();
    expect(customers).toMatchObject({ created: 2, errorRows: 0 });
    const interactions = await sample('interactions');
    expect(interactions).toContain('Център');
    expect((await org.as.post('/api/v1/imports/interactions', { csv: interactions })).json()).toMatchObject({
      created: 2,
      errorRows: 0,
    });
    const survey = (
      await org.as.post('/api/v1/surveys', {
        name: 'After visit',
        languages: ['en'],
        questions: [
          { id: 'nps', type: 'nps', text: { en: 'Recommend?' }, required: true },
          { id: 'why', type: 'text', text: { en: 'Why?' } },
        ],
      })
    ).json();
    const responses = await sample('responses', `?surveyId=${survey.id}`);
    expect(responses.split('\n')[0]).toBe('external_id,submitted_at,customer_email,location,nps,why');
    const imported = await org.as.post('/api/v1/imports/responses', { csv: responses, surveyId: survey.id });
    expect(imported.json()).toMatchObject({ created: 2, errorRows: 0 });
    expect((await org.as.get('/api/v1/imports/responses/sample')).statusCode).toBe(400);
  });

  it("refuses another organisation's touchpoint, location and staff ids without echoing them", async () => {
    const a = await orgWithReferences('A');
    const b = await orgWithReferences('B');
    const csv = `occurredAt,touchpoint,location,staff\n2026-01-01 10:00,${a.touchpoint},${a.location},${a.staff}\n`;
    const res = await b.as.post('/api/v1/imports/interactions', { csv });
    expect(res.json()).toMatchObject({
      created: 0,
      errorRows: 1,
      errors: [
        {
          line: 2,
          fields: { touchpoint: expect.any(String), location: expect.any(String), staff: expect.any(String) },
        },
      ],
    });
    const preview = await b.as.post('/api/v1/imports/interactions/preview', { csv });
    for (const id of [a.touchpoint, a.location, a.staff]) expect(preview.body).not.toContain(id);
    expect((await b.as.get('/api/v1/interactions')).json().items).toHaveLength(0);
  });

  it('keeps a manager to the locations they cover', async () => {
    const org = await orgWithReferences();
    const other = (await org.as.post('/api/v1/locations', { name: 'Other' })).json();
    const manager = (
      await org.as.post('/api/v1/staff', {
        name: 'M',
        email: 'm@clinic.bg',
        role: 'manager',
        locationIds: [org.location],
        sendInvite: false,
      })
    ).json();
    const as = t.as(await t.keyFor(org.orgId, 'manager', manager.id));
    const csv = `occurredAt,location\n2026-01-01 10:00,Център\n2026-01-01 11:00,Other\n`;
    const res = (await as.post('/api/v1/imports/interactions', { csv })).json();
    expect(res).toMatchObject({
      created: 1,
      errors: [{ line: 3, fields: { location: expect.stringContaining('locations you cover') } }],
    });
    expect(other.id).toBeTruthy();
    const staffKey = t.as(await t.keyFor(org.orgId, 'staff', org.staff));
    expect((await staffKey.post('/api/v1/imports/interactions', { csv })).statusCode).toBe(403);
  });

  it('answers a missing occurredAt mapping, an unreadable CSV and a too large one with clear errors', async () => {
    const { as } = await t.newOrg();
    const noDate = await as.post('/api/v1/imports/interactions', { csv: 'id,note\n1,x\n' });
    expect([noDate.statusCode, noDate.json().error.message]).toEqual([400, expect.stringContaining('occurredAt')]);
    const broken = await as.post('/api/v1/imports/interactions/preview', { csv: 'date,note\n2026-01-01,"open\n' });
    expect([broken.statusCode, broken.json().error.message]).toEqual([
      400,
      expect.stringMatching(/line 2: a quoted field is not closed/),
    ]);
    const big = await as.post('/api/v1/imports/customers', { csv: `name\n${'x'.repeat(CSV_MAX_BYTES)}\n` });
    expect([big.statusCode, big.json().error.code, big.json().error.message]).toEqual([
      413,
      'payload_too_large',
      expect.stringContaining('zabota import'),
    ]);
    const huge = await as.post('/api/v1/imports/customers', {
      csv: `name\n${'x'.repeat(CSV_MAX_BYTES + 3 * 1024 * 1024)}\n`,
    });
    expect(huge.statusCode).toBe(413);
  });
});

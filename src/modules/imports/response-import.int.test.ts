import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const SURVEY = {
  name: 'After the visit',
  languages: ['en', 'bg'],
  questions: [
    {
      id: 'nps',
      type: 'nps',
      required: true,
      text: { en: 'How likely are you to recommend us?', bg: 'Колко вероятно е да ни препоръчате?' },
    },
    {
      id: 'liked',
      type: 'multi',
      text: { en: 'What did you like?', bg: 'Какво ви хареса?' },
      options: [
        { id: 'speed', text: { en: 'Speed', bg: 'Бързина' } },
        { id: 'care', text: { en: 'Care', bg: 'Грижа' } },
        { id: 'price', text: { en: 'Price', bg: 'Цена' } },
      ],
    },
    { id: 'why', type: 'text', text: { en: 'Why?', bg: 'Защо?' } },
  ],
};

async function orgWithSurvey(name?: string) {
  const org = await t.newOrg(name);
  await org.as.patch('/api/v1/org', { timeZone: 'Europe/Sofia' });
  const location = (await org.as.post('/api/v1/locations', { name: 'Център' })).json();
  const member = (
    await org.as.post('/api/v1/staff', {
      name: 'Д-р Петрова',
      email: 'petrova@clinic.bg',
      locationIds: [location.id],
      sendInvite: false,
    })
  ).json();
  await org.as.post('/api/v1/customers', { externalId: 'C1', name: 'Иван', email: 'ivan@example.com' });
  const survey = (await org.as.post('/api/v1/surveys', SURVEY)).json();
  return { ...org, survey: survey.id as string, location: location.id as string, staff: member.id as string };
}

const csv = [
  '\uFEFFНомер на отговор;Дата и час;Клиентски номер;Обект;Служител;Колко вероятно е да ни препоръчате?;Какво ви хареса?;Защо?',
  'R1;31.01.2026 14:05;C1;Център;petrova@clinic.bg;9;Бързина | Грижа;Бързо и внимателно',
  'R2;01.02.2026 09:30;;;;ten;;',
  'R3;02.02.2026 10:00;C404;;;7;speed;',
  'R4;03.02.2026 11:00;;;;;"speed, price";Без оценка',
  'R5;2026-02-04T10:00:00Z;;Nowhere;;10;parking;',
  'R6;04.02.2026 12:00;;;;3;;',
].join('\r\n');

type ResponseItem = {
  externalId: string;
  channel: string;
  status: string;
  nps: number | null;
  answers: Record<string, unknown>;
  submittedAt: string;
  customerId: string | null;
  locationId: string | null;
  staffId: string | null;
  comment: string | null;
};
const responsesOf = async (as: TestApp['as'] extends (k: string) => infer R ? R : never) =>
  (await as.get('/api/v1/responses?limit=100')).json().items as ResponseItem[];

describe('response import', () => {
  it('finds the customer by Zabota ID, external ID, email or a name only one customer has, as the interaction import does', async () => {
    const org = await orgWithSurvey();
    const maria = (await org.as.post('/api/v1/customers', { name: 'Мария', email: 'maria@example.com' })).json();
    await org.as.post('/api/v1/customers', { name: 'Георги' });
    await org.as.post('/api/v1/customers', { name: 'георги' });
    const rows = [
      'id,customer,nps',
      `M1,${maria.id},9`,
      'M2,C1,8',
      'M3,MARIA@example.com,7',
      'M4,Иван,10',
      'M5,Георги,6',
      'M6,Nobody,6',
    ].join('\n');
    const res = (await org.as.post('/api/v1/imports/responses', { csv: rows, surveyId: org.survey })).json();
    expect(res).toMatchObject({ created: 4, errorRows: 2 });
    expect(res.errors).toEqual([
      {
        line: 6,
        fields: { customerExternalId: 'Several customers have this name: use their ID or email' },
        values: { customerExternalId: 'Георги' },
      },
      {
        line: 7,
        fields: { customerExternalId: 'No customer has this ID, name or email' },
        values: { customerExternalId: 'Nobody' },
      },
    ]);
    const { rows: stored } = await t.database.pool.query(
      `select r.external_id, c.name from responses r join customers c on c.id = r.customer_id
        where r.org_id = $1 order by r.external_id`,
      [org.orgId],
    );
    expect(stored).toEqual([
      { external_id: 'M1', name: 'Мария' },
      { external_id: 'M2', name: 'Иван' },
      { external_id: 'M3', name: 'Мария' },
      { external_id: 'M4', name: 'Иван' },
    ]);
  });

  it('previews the answer columns the survey names, the first rows and their errors, writing nothing', async () => {
    const org = await orgWithSurvey();
    const res = await org.as.post('/api/v1/imports/responses/preview', { csv, surveyId: org.survey });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.suggestedMapping).toEqual({
      'Номер на отговор': 'externalId',
      'Дата и час': 'submittedAt',
      'Клиентски номер': 'customerExternalId',
      Обект: 'location',
      Служител: 'staff',
      'Колко вероятно е да ни препоръчате?': 'answers.nps',
      'Какво ви хареса?': 'answers.liked',
      'Защо?': 'answers.why',
    });
    expect(body.fields).toEqual(
      expect.arrayContaining(['externalId', 'submittedAt', 'language', 'answers.nps', 'answers.liked', 'answers.why']),
    );
    expect(body).toMatchObject({ totalRows: 6, errorRows: 4 });
    expect(body.rows[0]).toEqual({
      line: 2,
      values: {
        externalId: 'R1',
        submittedAt: '2026-01-31T12:05:00.000Z',
        customerExternalId: 'C1',
        location: 'Център',
        staff: 'petrova@clinic.bg',
        'answers.nps': 9,
        'answers.liked': ['speed', 'care'],
        'answers.why': 'Бързо и внимателно',
      },
    });
    expect(body.rows[1]).toMatchObject({ line: 3, errors: { 'answers.nps': 'Must be a whole number from 0 to 10' } });
    expect(body.rows[1].values['answers.nps']).toBeUndefined();
    expect(await responsesOf(org.as)).toHaveLength(0);
  });

  it("says every row problem in the reader's language (ru, bg), values kept as written", async () => {
    const org = await orgWithSurvey();
    const rows = ['id,customer,location,nps', 'L1,Nobody,Nowhere,11', 'L2,C1,Център,'].join('\n');
    const ru = await org.as.post(
      '/api/v1/imports/responses/preview',
      { csv: rows, surveyId: org.survey },
      {
        'accept-language': 'ru-RU,ru;q=0.9',
      },
    );
    expect(ru.json().rows[0].errors).toEqual({
      customerExternalId: 'Нет клиента с таким ID, именем или email',
      location: 'Нет филиала с таким названием или ID',
      'answers.nps': 'Должно быть целое число от 0 до 10',
    });
    const bg = await org.as.post(
      '/api/v1/imports/responses',
      { csv: rows, surveyId: org.survey },
      {
        'accept-language': 'bg',
      },
    );
    expect(bg.json().errors).toEqual([
      {
        line: 2,
        fields: {
          customerExternalId: 'Няма клиент с този ID, име или имейл',
          location: 'Няма обект с това име или ID',
          'answers.nps': 'Трябва да е цяло число от 0 до 10',
        },
        values: { customerExternalId: 'Nobody', location: 'Nowhere', 'answers.nps': '11' },
      },
      { line: 3, fields: { 'answers.nps': 'Този въпрос изисква отговор' } },
    ]);
    const interactions = await org.as.post(
      '/api/v1/imports/interactions/preview',
      { csv: 'occurred_at,revenue,shift\n31.02.2026,1.234,brunch' },
      { 'accept-language': 'bg' },
    );
    expect(interactions.json().rows[0].errors).toEqual({
      occurredAt: 'Няма такава дата',
      revenue: 'Повече от два знака след десетичната запетая (пишете 1234.50 или 1 234,50)',
      shift: 'Не е смяна (сутрин, ден, вечер или нощ)',
    });
  });

  it('imports through ingest, and importing the same file again creates nothing new', async () => {
    const org = await orgWithSurvey();
    const first = (await org.as.post('/api/v1/imports/responses', { csv, surveyId: org.survey })).json();
    expect(first).toEqual({
      rows: 6,
      created: 2,
      existing: 0,
      errorRows: 4,
      errors: [
        { line: 3, fields: { 'answers.nps': 'Must be a whole number from 0 to 10' }, values: { 'answers.nps': 'ten' } },
        {
          line: 4,
          fields: { customerExternalId: 'No customer has this ID, name or email' },
          values: { customerExternalId: 'C404' },
        },
        { line: 5, fields: { 'answers.nps': 'This question needs an answer' } },
        {
          line: 6,
          fields: {
            location: 'No location has this name or ID',
            'answers.liked': 'Each choice must be one of speed, care, price',
          },
          values: { location: 'Nowhere', 'answers.liked': 'parking' },
        },
      ],
    });
    const stored = await responsesOf(org.as);
    expect(stored.map((r) => r.externalId).sort()).toEqual(['R1', 'R6']);
    const r1 = stored.find((r) => r.externalId === 'R1')!;
    expect(r1).toMatchObject({
      channel: 'import',
      status: 'complete',
      nps: 9,
      answers: { nps: 9, liked: ['speed', 'care'], why: 'Бързо и внимателно' },
      submittedAt: '2026-01-31T12:05:00.000Z',
      customerId: expect.any(String),
      locationId: org.location,
      staffId: org.staff,
      comment: 'Бързо и внимателно',
    });

    const again = (await org.as.post('/api/v1/imports/responses', { csv, surveyId: org.survey })).json();
    expect(again).toMatchObject({ rows: 6, created: 0, existing: 2, errorRows: 4 });
    expect(await responsesOf(org.as)).toEqual(stored);
  });

  it('keeps rows missing required answers as partial responses when asked to', async () => {
    const org = await orgWithSurvey();
    const res = (await org.as.post('/api/v1/imports/responses', { csv, surveyId: org.survey, partial: true })).json();
    expect(res).toMatchObject({ created: 3, errorRows: 3 });
    expect((await responsesOf(org.as)).find((r) => r.externalId === 'R4')).toMatchObject({
      status: 'partial',
      nps: null,
      answers: { liked: ['speed', 'price'] },
    });
  });

  it("uses the caller's mapping to answer columns, and refuses a CSV with no answer column", async () => {
    const org = await orgWithSurvey();
    const mapped = (
      await org.as.post('/api/v1/imports/responses', {
        csv: 'ref,score,comment\nX1,10,Great\n',
        surveyId: org.survey,
        mapping: { ref: 'externalId', score: 'answers.nps', comment: 'answers.why' },
      })
    ).json();
    expect(mapped).toMatchObject({ created: 1, errorRows: 0 });
    const unknown = await org.as.post('/api/v1/imports/responses', {
      csv: 'score\n10\n',
      surveyId: org.survey,
      mapping: { score: 'answers.shoeSize' },
    });
    expect([unknown.statusCode, unknown.json().error.fields]).toEqual([
      400,
      { 'mapping.score': expect.stringContaining('Unknown field answers.shoeSize') },
    ]);
    const noAnswers = await org.as.post('/api/v1/imports/responses/preview', {
      csv: 'id,date\nX2,2026-01-01\n',
      surveyId: org.survey,
    });
    expect([noAnswers.statusCode, noAnswers.json().error.message]).toEqual([
      400,
      expect.stringContaining('No column is mapped to a question'),
    ]);
  });

  it("refuses another organisation's survey without saying anything about it", async () => {
    const a = await orgWithSurvey('A');
    const b = await orgWithSurvey('B');
    for (const url of ['/api/v1/imports/responses/preview', '/api/v1/imports/responses']) {
      const res = await b.as.post(url, { csv, surveyId: a.survey });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toEqual({ surveyId: 'No survey of this organisation has this id' });
      expect(res.body).not.toContain('After the visit');
    }
    expect(await responsesOf(a.as)).toHaveLength(0);
    expect(await responsesOf(b.as)).toHaveLength(0);
    const missing = await b.as.post('/api/v1/imports/responses', { csv });
    expect(missing.statusCode).toBe(400);
  });

  it('keeps a manager to the locations they cover, and staff out', async () => {
    const org = await orgWithSurvey();
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
    const res = (
      await as.post('/api/v1/imports/responses', { csv: 'nps,location\n9,Център\n8,\n', surveyId: org.survey })
    ).json();
    expect(res).toMatchObject({
      created: 1,
      errors: [{ line: 3, fields: { location: expect.stringContaining('locations you cover') } }],
    });
    const staffKey = t.as(await t.keyFor(org.orgId, 'staff', org.staff));
    expect(
      (await staffKey.post('/api/v1/imports/responses', { csv: 'nps\n9\n', surveyId: org.survey })).statusCode,
    ).toBe(403);
  });
});

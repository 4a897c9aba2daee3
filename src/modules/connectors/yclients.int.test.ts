import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { startYclients, type YclientsFake } from '../../../test/support/yclients-server.ts';
import { orgs } from '../orgs/orgs.schema.ts';
import { syncDue } from './connectors.jobs.ts';

const PARTNER = 'partner-token-1234';
const USER = 'user-token-5678';
const day = (daysAgo: number, hour = 10) =>
  new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10) +
  `T${String(hour).padStart(2, '0')}:00:00+03:00`;

let t: TestApp;
let org: Awaited<ReturnType<TestApp['newOrg']>>;
let yc: YclientsFake;
let connectorId: string;
const ids: Record<string, string> = {};

const client = (n: number) => ({
  id: 500 + n,
  name: `Клиент ${n}`,
  phone: `+7 900 000 00 0${n}`,
  email: `c${n}@example.com`,
});
const visit = (id: number, over: Partial<Parameters<YclientsFake['put']>[0]> = {}) =>
  yc.put({
    id,
    company_id: 101,
    staff_id: 11,
    staff: { id: 11, name: 'Анна Петрова' },
    services: [{ id: 21, title: 'Стрижка', cost: 1500 }],
    client: client(id % 10),
    datetime: day(2),
    attendance: 1,
    ...over,
  });

async function sync() {
  const res = await org.as.post(`/api/v1/connectors/${connectorId}/sync`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
const interactions = async () =>
  (await org.as.get('/api/v1/interactions?limit=100')).json().items as Record<string, unknown>[];

beforeAll(async () => {
  yc = await startYclients({
    partnerToken: PARTNER,
    userToken: USER,
    companies: [
      { id: 101, title: 'Центр', staff: [{ id: 11, name: 'Анна Петрова' }], services: [{ id: 21, title: 'Стрижка' }] },
      { id: 102, title: 'Салон на Ленина', staff: [], services: [{ id: 22, title: 'Окрашивание волос' }] },
    ],
  });
  t = await createTestApp();
  org = await t.newOrg('Салон Ромашка');
  await t.db.update(orgs).set({ quietHoursStart: 0, quietHoursEnd: 0 }).where(eq(orgs.id, org.orgId));
  ids.center = (await org.as.post('/api/v1/locations', { name: 'центр' })).json().id;
  ids.lenina = (await org.as.post('/api/v1/locations', { name: 'Ленина' })).json().id;
  ids.anna = (
    await org.as.post('/api/v1/staff', { name: 'Анна  Петрова', email: 'anna@salon.example', sendInvite: false })
  ).json().id;
  ids.haircut = (
    await org.as.post('/api/v1/touchpoints', { name: 'Стрижка', kind: 'service', stage: 'service' })
  ).json().id;
  ids.colour = (
    await org.as.post('/api/v1/touchpoints', { name: 'Окрашивание', kind: 'service', stage: 'service' })
  ).json().id;
  ids.survey = (
    await org.as.post('/api/v1/surveys', {
      name: 'После визита',
      languages: ['ru'],
      questions: [{ id: 'nps', type: 'nps', text: { ru: 'Порекомендуете нас?' }, required: true }],
      touchpointIds: [ids.haircut, ids.colour],
      settings: { triggerDelayHours: 0 },
    })
  ).json().id;
});
afterAll(async () => {
  await t?.close();
  await yc?.stop();
});

describe('a YCLIENTS connector', () => {
  it('refuses bad settings with the field named, and never shows a token again', async () => {
    const bad = await org.as.post('/api/v1/connectors', {
      kind: 'yclients',
      name: 'YCLIENTS',
      settings: { baseUrl: 'http://example.com', companyIds: [], partnerToken: PARTNER, userToken: USER },
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['settings.baseUrl', 'settings.companyIds']);
    const other = await org.as.post('/api/v1/connectors', { kind: 'hubspot', name: 'HubSpot', settings: {} });
    expect(other.statusCode).toBe(400);
    expect(Object.keys(other.json().error.fields)).toContain('kind');

    const created = await org.as.post('/api/v1/connectors', {
      kind: 'yclients',
      name: 'YCLIENTS',
      settings: { baseUrl: yc.url, companyIds: [101, 102], partnerToken: PARTNER, userToken: USER, emailConsent: true },
      mapping: { locations: { '102': ids.lenina }, touchpoints: { '22': ids.colour } },
    });
    expect(created.statusCode, created.body).toBe(201);
    connectorId = created.json().id;
    expect(created.json()).toMatchObject({ status: 'new', secretsSet: { partnerToken: true, userToken: true } });
    expect(created.body).not.toContain(PARTNER);
    expect((await org.as.get(`/api/v1/connectors/${connectorId}`)).body).not.toContain(USER);
    const [row] = await t.database.pool
      .query<{ sealed_secrets: string }>('select sealed_secrets from connectors where id = $1', [connectorId])
      .then((r) => r.rows);
    expect(row!.sealed_secrets).not.toContain(USER);
  });

  it('first sync: pulls the visits, maps branches, staff and services, and the visits trigger invitations', async () => {
    visit(1001);
    visit(1002, {
      company_id: 102,
      staff_id: 12,
      staff: { id: 12, name: 'Ольга' },
      services: [{ id: 22, title: 'Окрашивание волос', cost: 4000 }],
    });
    visit(1003, { attendance: 0, datetime: day(0, 18) });
    visit(1004, { attendance: -1 });
    const run = await sync();
    expect(run).toMatchObject({ status: 'ok', trigger: 'manual', fetched: 4, created: 2, updated: 0, skipped: 2 });
    expect(run.skips.map((s: { reason: string }) => s.reason).sort()).toEqual([
      'booked, the visit has not happened yet',
      'the client did not come',
    ]);
    const got = await interactions();
    expect(got).toHaveLength(2);
    const first = got.find((i) => i.externalId === 'yclients:1001')!;
    expect(first).toMatchObject({
      locationId: ids.center,
      staffId: ids.anna,
      touchpointId: ids.haircut,
      revenue: 1500,
      currency: 'RUB',
    });
    const second = got.find((i) => i.externalId === 'yclients:1002')!;
    expect(second).toMatchObject({ locationId: ids.lenina, staffId: null, touchpointId: ids.colour, revenue: 4000 });

    const c = (await org.as.get(`/api/v1/connectors/${connectorId}`)).json();
    expect(c).toMatchObject({ status: 'ok', failures: 0, lastError: null });
    expect(c.matches.branches).toEqual([
      { id: '102', name: 'Салон на Ленина', targetId: ids.lenina, how: 'mapped' },
      { id: '101', name: 'Центр', targetId: ids.center, how: 'name' },
    ]);
    expect(c.matches.staff).toEqual([{ id: '11', name: 'Анна Петрова', targetId: ids.anna, how: 'name' }]);

    const invitations = await (async () => {
      for (let i = 0; i < 100; i++) {
        const items = (await org.as.get(`/api/v1/invitations?surveyId=${ids.survey}`)).json().items;
        if (items.length >= 2) return items as { interactionId: string; channel: string }[];
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('no invitations');
    })();
    expect(invitations.map((i) => i.interactionId).sort()).toEqual([first.id, second.id].sort());
    expect(invitations.every((i) => i.channel === 'email')).toBe(true);
  });

  it('a changed record updates its interaction; an unchanged one is skipped', async () => {
    visit(1001, { services: [{ id: 21, title: 'Стрижка', cost: 1800 }] });
    const run = await sync();
    expect(run).toMatchObject({ status: 'ok', created: 0, updated: 1 });
    expect(run.skips).toContainEqual({ sourceId: '1002', reason: 'unchanged' });
    expect((await interactions()).find((i) => i.externalId === 'yclients:1001')).toMatchObject({ revenue: 1800 });
    expect(yc.state.requests.at(-1)).toMatch(/changed_after=.*with_deleted=1/);
  });

  it('a deleted record removes its interaction, unless an invitation refers to it', async () => {
    visit(1007, { client: null });
    expect(await sync()).toMatchObject({ created: 1 });
    yc.remove(1007);
    yc.remove(1002);
    const run = await sync();
    expect(run).toMatchObject({ status: 'ok', removed: 1 });
    expect(run.skips).toContainEqual({
      sourceId: '1002',
      reason: 'deleted in the source; kept, an invitation or response refers to it',
    });
    expect((await interactions()).map((i) => i.externalId).sort()).toEqual(['yclients:1001', 'yclients:1002']);
  });

  it("the source's webhook adds a visit once, however often it is repeated", async () => {
    const c = (await org.as.get(`/api/v1/connectors/${connectorId}`)).json();
    const hookPath = new URL(c.hookUrl).pathname;
    const record = { ...visit(1005, { datetime: day(0, 9) }), changedAt: undefined };
    const body = { company_id: 101, resource: 'record', resource_id: 1005, status: 'create', data: record };
    for (let i = 0; i < 2; i++) {
      const res = await t.app.inject({ method: 'POST', url: hookPath, payload: body });
      expect(res.statusCode).toBe(200);
    }
    expect((await interactions()).filter((i) => i.externalId === 'yclients:1005')).toHaveLength(1);
    const runs = (await org.as.get(`/api/v1/connectors/${connectorId}/runs`)).json().items;
    expect(
      runs
        .slice(0, 2)
        .map((r: { trigger: string; created: number; skipped: number }) => [r.trigger, r.created, r.skipped]),
    ).toEqual([
      ['webhook', 0, 1],
      ['webhook', 1, 0],
    ]);
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/v1/connector-hooks/not-a-token', payload: body })).statusCode,
    ).toBe(404);
  });

  it('a rate-limited answer (429 Retry-After) is waited out within the run', async () => {
    yc.state.rateLimitNext = '1';
    visit(1006);
    const started = Date.now();
    const run = await sync();
    expect(run).toMatchObject({ status: 'ok', created: 1 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('an expired token fails the run, shows the connector failing and retries with back-off', async () => {
    yc.state.userToken = 'a-new-user-token';
    const run = await sync();
    expect(run).toMatchObject({ status: 'failed', created: 0 });
    expect(run.error).toMatch(/HTTP 401.*expired/);
    const c = (await org.as.get(`/api/v1/connectors/${connectorId}`)).json();
    expect(c).toMatchObject({ status: 'failing', failures: 1 });
    expect(new Date(c.nextSyncAt).getTime() - Date.now()).toBeGreaterThan(50_000);
    // The scheduled sweep leaves it alone until then, and fails again after.
    expect(await syncDue(t.db)).toBe(0);
    expect(await syncDue(t.db, () => false, new Date(Date.now() + 61_000))).toBe(1);
    const again = (await org.as.get(`/api/v1/connectors/${connectorId}`)).json();
    expect(again).toMatchObject({ status: 'failing', failures: 2 });
    expect(new Date(again.nextSyncAt).getTime() - Date.now()).toBeGreaterThan(110_000);

    // A new token (the old stays sealed when left out) and it is healthy again.
    const patched = await org.as.patch(`/api/v1/connectors/${connectorId}`, {
      settings: { userToken: 'a-new-user-token' },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect((await sync()).status).toBe('ok');
    expect((await org.as.get(`/api/v1/connectors/${connectorId}`)).json()).toMatchObject({ status: 'ok', failures: 0 });
    const bad = await org.as.patch(`/api/v1/connectors/${connectorId}`, { settings: { companyIds: ['x'] } });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(['settings.companyIds.0']);
  });
});

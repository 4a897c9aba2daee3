import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBitrix24, type Bitrix24Fake, type FakeDeal } from '../../../test/support/bitrix24-server.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { orgs } from '../orgs/orgs.schema.ts';

const CODE = 'k3h2j1webhookcode';
const APP_TOKEN = 'outbound-app-token-123';
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().replace(/\.\d+Z$/, '+03:00');

let t: TestApp;
let org: Awaited<ReturnType<TestApp['newOrg']>>;
let b24: Bitrix24Fake;
let connectorId: string;
let hookPath: string;
const ids: Record<string, string> = {};

const deal = (id: string, over: Partial<FakeDeal> = {}) =>
  b24.put({
    ID: id,
    CATEGORY_ID: '0',
    STAGE_SEMANTIC_ID: 'S',
    OPPORTUNITY: '1500.00',
    CURRENCY_ID: 'RUB',
    ASSIGNED_BY_ID: '11',
    CONTACT_ID: '501',
    CLOSEDATE: daysAgo(1),
    rows: [{ PRODUCT_ID: 21, PRODUCT_NAME: 'Стрижка' }],
    ...over,
  });

async function sync() {
  const res = await org.as.post(`/api/v1/connectors/${connectorId}/sync`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
const interactions = async () =>
  (await org.as.get('/api/v1/interactions?limit=100')).json().items as Record<string, unknown>[];
const event = (name: string, id: string, token = APP_TOKEN) =>
  t.app.inject({
    method: 'POST',
    url: hookPath,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({
      event: name,
      'data[FIELDS][ID]': id,
      ts: String(Math.floor(Date.now() / 1000)),
      'auth[domain]': 'salon.bitrix24.ru',
      'auth[member_id]': 'abc',
      'auth[application_token]': token,
    }).toString(),
  });
const lastRuns = async (n: number) =>
  ((await org.as.get(`/api/v1/connectors/${connectorId}/runs`)).json().items as Record<string, unknown>[])
    .slice(0, n)
    .map((r) => [r.trigger, r.created, r.removed, r.skipped]);

beforeAll(async () => {
  b24 = await startBitrix24({
    code: CODE,
    categories: [
      { id: 0, name: 'Центр' },
      { id: 1, name: 'Салон на Ленина' },
    ],
    users: [{ ID: '11', NAME: 'Анна', LAST_NAME: 'Петрова' }],
    products: [
      { ID: '21', NAME: 'Стрижка' },
      { ID: '22', NAME: 'Окрашивание волос' },
    ],
    contacts: [
      {
        ID: '501',
        NAME: 'Мария',
        LAST_NAME: 'Иванова',
        PHONE: [{ VALUE: '+7 900 000 00 01' }],
        EMAIL: [{ VALUE: 'm@example.com' }],
      },
      { ID: '502', NAME: 'Олег', LAST_NAME: '', PHONE: [], EMAIL: [{ VALUE: 'o@example.com' }] },
    ],
  });
  t = await createTestApp();
  org = await t.newOrg('Салон Ромашка');
  await t.db.update(orgs).set({ quietHoursStart: 0, quietHoursEnd: 0 }).where(eq(orgs.id, org.orgId));
  ids.center = (await org.as.post('/api/v1/locations', { name: 'центр' })).json().id;
  ids.lenina = (await org.as.post('/api/v1/locations', { name: 'Ленина' })).json().id;
  ids.anna = (
    await org.as.post('/api/v1/staff', { name: 'Анна Петрова', email: 'anna@salon.example', sendInvite: false })
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
  await b24?.stop();
});

describe('a Bitrix24 connector', () => {
  it('refuses a webhook address that is not one, and never shows the webhook again', async () => {
    const bad = await org.as.post('/api/v1/connectors', {
      kind: 'bitrix24',
      name: 'Bitrix24',
      settings: { webhookUrl: 'https://salon.bitrix24.ru/crm/deal/' },
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(['settings.webhookUrl']);

    const created = await org.as.post('/api/v1/connectors', {
      kind: 'bitrix24',
      name: 'Bitrix24',
      settings: { webhookUrl: b24.webhookUrl(), applicationToken: APP_TOKEN, emailConsent: true },
      mapping: { locations: { '1': ids.lenina }, touchpoints: { '22': ids.colour } },
    });
    expect(created.statusCode, created.body).toBe(201);
    connectorId = created.json().id;
    hookPath = new URL(created.json().hookUrl).pathname;
    expect(created.json()).toMatchObject({ secretsSet: { webhookUrl: true, applicationToken: true } });
    expect(created.body).not.toContain(CODE);
    expect(created.body).not.toContain(APP_TOKEN);
    // The catalogue is read at once, for the mapping screen.
    expect(created.json().matches.staff).toEqual([{ id: '11', name: 'Анна Петрова', targetId: ids.anna, how: 'name' }]);
  });

  it('first sync: won deals become visits with amount, staff, pipeline and product; they trigger invitations', async () => {
    deal('1');
    deal('2', {
      CATEGORY_ID: '1',
      OPPORTUNITY: '4000',
      ASSIGNED_BY_ID: '12',
      CONTACT_ID: '502',
      rows: [{ PRODUCT_ID: 22, PRODUCT_NAME: 'Окрашивание волос' }],
    });
    deal('3', { STAGE_SEMANTIC_ID: 'P' });
    deal('4', { STAGE_SEMANTIC_ID: 'F' });
    const run = await sync();
    expect(run).toMatchObject({ status: 'ok', fetched: 4, created: 2, skipped: 2 });
    expect(run.skips.map((s: { reason: string }) => s.reason).sort()).toEqual([
      'the deal is not won yet',
      'the deal was lost',
    ]);
    const got = await interactions();
    const first = got.find((i) => i.externalId === 'bitrix24:1')!;
    expect(first).toMatchObject({
      locationId: ids.center,
      staffId: ids.anna,
      touchpointId: ids.haircut,
      revenue: 1500,
      currency: 'RUB',
    });
    const second = got.find((i) => i.externalId === 'bitrix24:2')!;
    expect(second).toMatchObject({ locationId: ids.lenina, staffId: null, touchpointId: ids.colour, revenue: 4000 });
    const invitations = await (async () => {
      for (let i = 0; i < 100; i++) {
        const items = (await org.as.get(`/api/v1/invitations?surveyId=${ids.survey}`)).json().items;
        if (items.length >= 2) return items as { interactionId: string }[];
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('no invitations');
    })();
    expect(invitations.map((i) => i.interactionId).sort()).toEqual([first.id, second.id].sort());
    const c = (await org.as.get(`/api/v1/connectors/${connectorId}`)).json();
    expect(c).toMatchObject({ status: 'ok', failures: 0 });
    expect(c.matches.branches.map((b: { name: string; how: string }) => [b.name, b.how])).toEqual([
      ['Салон на Ленина', 'mapped'],
      ['Центр', 'name'],
    ]);
  });

  it('a changed deal updates its interaction; later syncs ask only for what changed', async () => {
    deal('1', { OPPORTUNITY: '1800' });
    const run = await sync();
    expect(run).toMatchObject({ status: 'ok', created: 0, updated: 1 });
    expect((await interactions()).find((i) => i.externalId === 'bitrix24:1')).toMatchObject({ revenue: 1800 });
    const list = b24.state.calls.filter((c) => c.method === 'crm.deal.list' && c.params.filter);
    expect(Object.keys(list.at(-2)!.params.filter as object)).toEqual(['>DATE_MODIFY']);
  });

  it('a deal deleted in Bitrix24 (no longer returned) removes its interaction', async () => {
    deal('7', { CONTACT_ID: null });
    expect(await sync()).toMatchObject({ created: 1 });
    b24.remove('7');
    const run = await sync();
    expect(run).toMatchObject({ status: 'ok', removed: 1 });
    expect((await interactions()).map((i) => i.externalId).sort()).toEqual(['bitrix24:1', 'bitrix24:2']);
  });

  it('outbound webhook events sync the deal once however often repeated, delete it, and need the token', async () => {
    deal('8', { CONTACT_ID: null });
    for (let i = 0; i < 2; i++) expect((await event('ONCRMDEALADD', '8')).statusCode).toBe(200);
    expect((await interactions()).filter((i) => i.externalId === 'bitrix24:8')).toHaveLength(1);
    expect((await event('ONCRMDEALUPDATE', '8', 'a-wrong-application-token')).statusCode).toBe(404);
    b24.remove('8');
    expect((await event('ONCRMDEALDELETE', '8')).statusCode).toBe(200);
    expect((await interactions()).filter((i) => i.externalId === 'bitrix24:8')).toHaveLength(0);
    expect(await lastRuns(3)).toEqual([
      ['webhook', 0, 1, 0],
      ['webhook', 0, 0, 1],
      ['webhook', 1, 0, 0],
    ]);
  });

  it('QUERY_LIMIT_EXCEEDED is waited out within the run', async () => {
    b24.state.limitNext = 1;
    deal('9');
    const started = Date.now();
    expect(await sync()).toMatchObject({ status: 'ok', created: 1 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('an expired webhook (expired_token) fails the run and shows the connector failing until a new one is given', async () => {
    b24.state.expired = true;
    const run = await sync();
    expect(run).toMatchObject({ status: 'failed' });
    expect(run.error).toMatch(/expired_token/);
    expect((await org.as.get(`/api/v1/connectors/${connectorId}`)).json()).toMatchObject({
      status: 'failing',
      failures: 1,
    });
    // An event meanwhile is logged as a failed run; the next sync catches up.
    expect((await event('ONCRMDEALUPDATE', '1')).statusCode).toBe(200);
    const [failed] = (await org.as.get(`/api/v1/connectors/${connectorId}/runs`)).json().items;
    expect(failed).toMatchObject({
      trigger: 'webhook',
      status: 'failed',
      error: expect.stringMatching(/expired_token/),
    });
    b24.state.expired = false;
    b24.state.code = 'a-new-webhook-code';
    const patched = await org.as.patch(`/api/v1/connectors/${connectorId}`, {
      settings: { webhookUrl: b24.webhookUrl('a-new-webhook-code') },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.body).not.toContain('a-new-webhook-code');
    expect((await sync()).status).toBe('ok');
    expect((await org.as.get(`/api/v1/connectors/${connectorId}`)).json()).toMatchObject({ status: 'ok' });
  });
});

import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAmocrm, type AmocrmFake, type FakeLead } from '../../../test/support/amocrm-server.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { orgs } from '../orgs/orgs.schema.ts';
import { amocrmCatalog, exchangeCode } from './sources/amocrm.ts';

const CLIENT = { clientId: 'c2a5e0f4-1111-2222-3333-444455556666', clientSecret: 'integration-secret-key-0987' };
const REDIRECT = 'https://zabota.example/amocrm';
const CODE = 'def50200-authorization-code-abcdef';
const LONG_LIVED = 'long-lived-token-eyJ0eXAiOiJKV1Qi';
const daysAgo = (n: number) => Math.floor(Date.now() / 1000) - n * 86_400;

let t: TestApp;
let org: Awaited<ReturnType<TestApp['newOrg']>>;
let amo: AmocrmFake;
let connectorId: string;
let hookPath: string;
const ids: Record<string, string> = {};

const lead = (id: number, over: Partial<FakeLead> = {}) =>
  amo.put({
    id,
    price: 1500,
    responsible_user_id: 11,
    status_id: 142,
    pipeline_id: 1,
    closed_at: daysAgo(1),
    _embedded: { contacts: [{ id: 501, is_main: true }], tags: [{ id: 21, name: 'Стрижка' }] },
    ...over,
  });

async function sync(id = connectorId) {
  const res = await org.as.post(`/api/v1/connectors/${id}/sync`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
const interactions = async () =>
  (await org.as.get('/api/v1/interactions?limit=100')).json().items as Record<string, unknown>[];
const webhook = (fields: Record<string, string>) =>
  t.app.inject({
    method: 'POST',
    url: hookPath,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ ...fields, 'account[subdomain]': 'salon', 'account[id]': '29000001' }).toString(),
  });

beforeAll(async () => {
  amo = await startAmocrm({
    ...CLIENT,
    redirectUri: REDIRECT,
    code: CODE,
    longLivedToken: LONG_LIVED,
    pipelines: [
      { id: 1, name: 'Центр' },
      { id: 2, name: 'Салон на Ленина' },
    ],
    users: [{ id: 11, name: 'Анна Петрова' }],
    tags: [
      { id: 21, name: 'Стрижка' },
      { id: 22, name: 'Окрашивание волос' },
    ],
    contacts: [
      {
        id: 501,
        name: 'Мария Иванова',
        custom_fields_values: [
          { field_code: 'PHONE', values: [{ value: '+7 900 000 00 01' }] },
          { field_code: 'EMAIL', values: [{ value: 'm@example.com' }] },
        ],
      },
      { id: 502, name: 'Олег', custom_fields_values: [{ field_code: 'EMAIL', values: [{ value: 'o@example.com' }] }] },
    ],
  });
  t = await createTestApp();
  org = await t.newOrg('Салон Ромашка');
  await t.db.update(orgs).set({ quietHoursStart: 0, quietHoursEnd: 0 }).where(eq(orgs.id, org.orgId));
  ids.center = (await org.as.post('/api/v1/locations', { name: 'Центр' })).json().id;
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
  await amo?.stop();
});

describe('an amoCRM connector', () => {
  it('names missing OAuth fields, refuses a bad authorization code, exchanges a good one and never shows a secret', async () => {
    const missing = await org.as.post('/api/v1/connectors', {
      kind: 'amocrm',
      name: 'amoCRM',
      settings: { baseUrl: amo.url },
    });
    expect(missing.statusCode).toBe(400);
    expect(Object.keys(missing.json().error.fields).sort()).toEqual([
      'settings.clientId',
      'settings.clientSecret',
      'settings.redirectUri',
    ]);
    const settings = { baseUrl: amo.url, ...CLIENT, redirectUri: REDIRECT, emailConsent: true };
    const badCode = await org.as.post('/api/v1/connectors', {
      kind: 'amocrm',
      name: 'amoCRM',
      settings: { ...settings, authCode: 'def50200-a-code-that-expired-long-ago' },
    });
    expect(badCode.statusCode).toBe(400);
    expect(badCode.json().error.fields['settings.authCode']).toMatch(/refused the authorization code/);
    expect((await org.as.get('/api/v1/connectors')).json().items).toHaveLength(0);

    const created = await org.as.post('/api/v1/connectors', {
      kind: 'amocrm',
      name: 'amoCRM',
      settings: { ...settings, authCode: CODE },
      mapping: { locations: { '2': ids.lenina }, touchpoints: { '22': ids.colour } },
    });
    expect(created.statusCode, created.body).toBe(201);
    connectorId = created.json().id;
    hookPath = new URL(created.json().hookUrl).pathname;
    for (const secret of [CLIENT.clientSecret, CODE, amo.state.accessToken!, amo.state.refreshToken!])
      expect(created.body).not.toContain(secret);
    expect(created.json().matches.staff).toEqual([{ id: '11', name: 'Анна Петрова', targetId: ids.anna, how: 'name' }]);
  });

  it('first sync: won leads become visits with price, staff, pipeline and tag; they trigger invitations', async () => {
    lead(1);
    lead(2, {
      price: 4000,
      pipeline_id: 2,
      responsible_user_id: 12,
      _embedded: { contacts: [{ id: 502, is_main: true }], tags: [{ id: 22, name: 'Окрашивание волос' }] },
    });
    lead(3, { status_id: 30001, closed_at: null });
    lead(4, { status_id: 143 });
    const run = await sync();
    expect(run).toMatchObject({ status: 'ok', fetched: 4, created: 2, skipped: 2 });
    expect(run.skips.map((s: { reason: string }) => s.reason).sort()).toEqual([
      'the lead is not won yet',
      'the lead was lost',
    ]);
    const got = await interactions();
    const first = got.find((i) => i.externalId === 'amocrm:1')!;
    expect(first).toMatchObject({
      locationId: ids.center,
      staffId: ids.anna,
      touchpointId: ids.haircut,
      revenue: 1500,
      currency: 'RUB',
    });
    const second = got.find((i) => i.externalId === 'amocrm:2')!;
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
  });

  it('a changed lead updates its interaction; a deleted one (lead_deleted event) removes it', async () => {
    lead(1, { price: 1800 });
    lead(7, { _embedded: { contacts: [], tags: [] } });
    const run = await sync();
    expect(run).toMatchObject({ status: 'ok', created: 1, updated: 1 });
    expect((await interactions()).find((i) => i.externalId === 'amocrm:1')).toMatchObject({ revenue: 1800 });
    expect(amo.state.requests.filter((r) => r.startsWith('GET /api/v4/leads?')).at(-1)).toMatch(
      /filter%5Bupdated_at%5D%5Bfrom%5D=\d+/,
    );
    amo.remove(7);
    expect(await sync()).toMatchObject({ status: 'ok', removed: 1 });
    expect((await interactions()).map((i) => i.externalId).sort()).toEqual(['amocrm:1', 'amocrm:2']);
  });

  it('webhooks sync the lead once however often repeated, and a deletion removes it', async () => {
    lead(8, { _embedded: { contacts: [], tags: [] } });
    for (let i = 0; i < 2; i++)
      expect((await webhook({ 'leads[status][0][id]': '8', 'leads[status][0][status_id]': '142' })).statusCode).toBe(
        200,
      );
    expect((await interactions()).filter((i) => i.externalId === 'amocrm:8')).toHaveLength(1);
    amo.remove(8);
    expect((await webhook({ 'leads[delete][0][id]': '8' })).statusCode).toBe(200);
    expect((await interactions()).filter((i) => i.externalId === 'amocrm:8')).toHaveLength(0);
    const runs = (await org.as.get(`/api/v1/connectors/${connectorId}/runs`)).json().items as Record<string, number>[];
    expect(runs.slice(0, 3).map((r) => [r.trigger, r.created, r.removed, r.skipped])).toEqual([
      ['webhook', 0, 1, 0],
      ['webhook', 0, 0, 1],
      ['webhook', 1, 0, 0],
    ]);
    expect((await webhook({ 'contacts[update][0][id]': '501' })).statusCode).toBe(404);
  });

  it('a rate-limited answer (429) is waited out within the run', async () => {
    amo.state.rateLimitNext = true;
    lead(9);
    const started = Date.now();
    expect(await sync()).toMatchObject({ status: 'ok', created: 1 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('an expired access token (401) is refreshed and the new refresh token kept; a revoked one fails clearly', async () => {
    amo.state.accessToken = 'expired-on-the-server';
    expect(await sync()).toMatchObject({ status: 'ok' });
    expect(amo.state.refreshes).toBe(1);
    // The new pair was stored: the next sync uses the new access token without refreshing again.
    expect(await sync()).toMatchObject({ status: 'ok' });
    expect(amo.state.refreshes).toBe(1);

    amo.state.accessToken = 'expired-on-the-server';
    amo.state.refreshToken = 'revoked-on-the-server';
    const run = await sync();
    expect(run).toMatchObject({ status: 'failed' });
    expect(run.error).toMatch(/refresh token.*new authorization code/);
    expect((await org.as.get(`/api/v1/connectors/${connectorId}`)).json()).toMatchObject({ status: 'failing' });
  });

  it('a run holding a refresh token another run already spent takes the pair that run stored', async () => {
    const settings = { baseUrl: amo.url, ...CLIENT, redirectUri: REDIRECT, currency: 'RUB' };
    amo.state.code = 'def50200-a-code-for-two-runs';
    const first = await exchangeCode(settings, CLIENT.clientSecret, amo.state.code);
    const held = { clientSecret: CLIENT.clientSecret, ...first, expiresAt: new Date(0).toISOString() };
    // The other run refreshes first and stores the new pair.
    let stored: Record<string, string> = {};
    await amocrmCatalog({
      settings,
      secrets: held,
      tokens: { save: async (s) => void (stored = s), load: async () => stored },
    });
    expect(stored.refreshToken).not.toBe(first.refreshToken);
    const refreshes = amo.state.refreshes;
    const saved: Record<string, string>[] = [];
    const catalog = await amocrmCatalog({
      settings,
      secrets: held,
      tokens: { save: async (s) => void saved.push(s), load: async () => stored },
    });
    expect(catalog.branches).toHaveLength(2);
    expect(amo.state.refreshes).toBe(refreshes);
    expect(saved).toEqual([]);
  });

  it('a long-lived token works without OAuth', async () => {
    const created = await org.as.post('/api/v1/connectors', {
      kind: 'amocrm',
      name: 'amoCRM (token)',
      settings: { baseUrl: amo.url, longLivedToken: LONG_LIVED },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ secretsSet: { longLivedToken: true } });
    expect(created.body).not.toContain(LONG_LIVED);
    expect(await sync(created.json().id)).toMatchObject({ status: 'ok', fetched: 7 }); // five leads, two deletions;
  });

  it("OAuth through amoCRM's consent page: the redirect's code is exchanged and the owner lands on the connectors page", async () => {
    const created = await org.as.post('/api/v1/connectors', {
      kind: 'amocrm',
      name: 'amoCRM (consent)',
      settings: { baseUrl: amo.url, ...CLIENT, redirectUri: REDIRECT },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ status: 'failing', lastError: expect.stringMatching(/not authorised/) });
    const consent = new URL(created.json().authorizeUrl);
    expect(consent.pathname).toBe('/oauth');
    expect(consent.searchParams.get('client_id')).toBe(CLIENT.clientId);
    const state = consent.searchParams.get('state')!;

    const back = (q: Record<string, string>) =>
      t.app.inject({ method: 'GET', url: `/api/v1/connector-oauth/amocrm?${new URLSearchParams(q)}` });
    expect((await back({ code: 'x'.repeat(30), state: 'not-a-state' })).statusCode).toBe(404);
    amo.state.code = 'def50200-a-second-authorization-code';
    const res = await back({ code: amo.state.code, state, referer: 'salon.amocrm.ru', client_id: CLIENT.clientId });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/settings/connectors');
    const c = (await org.as.get(`/api/v1/connectors/${created.json().id}`)).json();
    expect(c).toMatchObject({ status: 'new', lastError: null });
    expect(c.matches.branches).toHaveLength(2);
    expect(await sync(c.id)).toMatchObject({ status: 'ok' });
  });
});

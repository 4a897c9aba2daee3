import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { startYclients, type YclientsFake } from '../../../test/support/yclients-server.ts';
import * as repo from './connectors.repo.ts';

/**
 * Two YCLIENTS accounts of one organisation (two branches, each its own account) number their
 * clients and visits on their own: client 55 and visit 123 of one are not those of the other.
 */
const PARTNER = 'partner-token-1234';
const accounts = { a: 'user-token-a', b: 'user-token-b' };

let t: TestApp;
let org: Awaited<ReturnType<TestApp['newOrg']>>;
const fakes: Record<keyof typeof accounts, YclientsFake | undefined> = { a: undefined, b: undefined };
const connectorIds: Record<string, string> = {};

const fake = (userToken: string, title: string) =>
  startYclients({
    partnerToken: PARTNER,
    userToken,
    companies: [{ id: 101, title, staff: [], services: [{ id: 21, title: 'Стрижка' }] }],
  });
const visit = (yc: YclientsFake, client: { name: string; email: string }, cost: number) =>
  yc.put({
    id: 123,
    company_id: 101,
    staff_id: 11,
    staff: { id: 11, name: 'Мастер' },
    services: [{ id: 21, title: 'Стрижка', cost }],
    client: { id: 55, phone: '+7 900 000 00 55', ...client },
    datetime: new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10) + 'T10:00:00+03:00',
    attendance: 1,
  });
const create = (key: keyof typeof accounts) =>
  org.as.post('/api/v1/connectors', {
    kind: 'yclients',
    name: `YCLIENTS ${key}`,
    settings: { baseUrl: fakes[key]!.url, companyIds: [101], partnerToken: PARTNER, userToken: accounts[key] },
  });
const prefixes = async () =>
  (
    await t.database.pool.query<{ id: string; kind: string; id_prefix: string }>(
      'select id, kind, id_prefix from connectors where org_id = $1 order by created_at, id',
      [org.orgId],
    )
  ).rows;

beforeAll(async () => {
  fakes.a = await fake(accounts.a, 'Центр');
  fakes.b = await fake(accounts.b, 'Филиал');
  t = await createTestApp();
  org = await t.newOrg('Две студии');
});
afterAll(async () => {
  await t?.close();
  await fakes.a?.stop();
  await fakes.b?.stop();
});

describe('two connectors of one kind', () => {
  it('keep their clients and visits apart; the first keeps the ids a single connector always had', async () => {
    visit(fakes.a!, { name: 'Анна', email: 'anna@example.com' }, 1500);
    visit(fakes.b!, { name: 'Борис', email: 'boris@example.com' }, 4000);
    for (const key of ['a', 'b'] as const) {
      const created = await create(key);
      expect(created.statusCode, created.body).toBe(201);
      connectorIds[key] = created.json().id;
      const run = await org.as.post(`/api/v1/connectors/${connectorIds[key]}/sync`);
      expect(run.json(), run.body).toMatchObject({ status: 'ok', created: 1, skipped: 0 });
    }
    expect((await prefixes()).map((c) => c.id_prefix)).toEqual(['yclients', 'yclients-2']);

    const customers = (await org.as.get('/api/v1/customers?limit=100')).json().items as Record<string, unknown>[];
    expect(customers.map((c) => [c.externalId, c.name, c.email]).sort()).toEqual([
      ['yclients-2:client:55', 'Борис', 'boris@example.com'],
      ['yclients:client:55', 'Анна', 'anna@example.com'],
    ]);
    const customerOf = (externalId: string) => customers.find((c) => c.externalId === externalId)!.id;
    const interactions = (await org.as.get('/api/v1/interactions?limit=100')).json().items as Record<string, unknown>[];
    expect(interactions.map((i) => [i.externalId, i.customerId, i.revenue]).sort()).toEqual([
      ['yclients-2:123', customerOf('yclients-2:client:55'), 4000],
      ['yclients:123', customerOf('yclients:client:55'), 1500],
    ]);
  });

  it('created at the same moment, they still get prefixes of their own', async () => {
    const both = await Promise.all([create('a'), create('b')]);
    expect(both.map((r) => r.statusCode)).toEqual([201, 201]);
    const mine = (await prefixes()).filter((c) => both.some((r) => r.json().id === c.id)).map((c) => c.id_prefix);
    expect(mine.sort()).toEqual(['yclients-3', 'yclients-4']);
    for (const r of both) expect((await org.as.delete(`/api/v1/connectors/${r.json().id}`)).statusCode).toBe(200);
    // A freed number is taken again, the bare kind only when no other connector of the kind is left.
    const again = await create('a');
    expect((await prefixes()).find((c) => c.id === again.json().id)?.id_prefix).toBe('yclients-3');
    expect((await org.as.delete(`/api/v1/connectors/${again.json().id}`)).statusCode).toBe(200);
  });

  it('the migration gives existing connectors prefixes per kind in the order they were created', async () => {
    await repo.insert(t.db, {
      orgId: org.orgId,
      kind: 'bitrix24',
      name: 'Bitrix24',
      settings: {},
      sealedSecrets: null,
      mapping: { locations: {}, staff: {}, touchpoints: {} },
      catalog: { branches: [], staff: [], services: [] },
      cursor: {},
      hookToken: randomBytes(24).toString('base64url'),
    });
    // As before the migration (the column was empty), then its backfill.
    await t.database.pool.query('update connectors set id_prefix = id::text where org_id = $1', [org.orgId]);
    await t.database.pool.query(
      fs.readFileSync(new URL('../../../migrations/0060_connector_id_prefix_backfill.sql', import.meta.url), 'utf8'),
    );
    expect((await prefixes()).map((c) => [c.kind, c.id_prefix])).toEqual([
      ['yclients', 'yclients'],
      ['yclients', 'yclients-2'],
      ['bitrix24', 'bitrix24'],
    ]);
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { createDemoOrg } from '../demo/demo.service.ts';
import { backup, restore } from './backup.ts';
import { GLOBAL_TABLES, TRANSIENT_TABLES, tablesWithOrgId } from './backup-tables.ts';
import { rebuildOrg } from '../analytics/rebuild.ts';

let source: TestApp;
let target: TestApp;
let empty: TestApp;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zabota-backup-'));

beforeAll(async () => {
  [source, target, empty] = await Promise.all([createTestApp(), createTestApp(), createTestApp()]);
}, 60_000);
afterAll(async () => {
  await Promise.all([source.close(), target.close(), empty.close()]);
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Every list and figure the API shows an owner: each GET operation of the OpenAPI document without a path parameter. */
async function everything(app: TestApp, apiKey: string): Promise<Record<string, unknown>> {
  const doc = (await app.app.inject({ url: '/api/v1/openapi.json' })).json() as { paths: Record<string, object> };
  const as = app.as(apiKey);
  const out: Record<string, unknown> = {};
  for (const [p, ops] of Object.entries(doc.paths)) {
    if (!('get' in ops) || p.includes('{') || !p.startsWith('/api/v1/')) continue;
    const res = await as.get(`${p}?limit=500`);
    // A default period ends at the moment of asking; everything else must be the same to the byte
    // (a PDF or XLSX carries its creation time, so only its arrival counts).
    const text = /json|csv/.test(String(res.headers['content-type']));
    out[p] =
      res.statusCode === 200 && text
        ? res.body.replace(/"period":\{[^}]*\}/g, '"period":{}').replace(/"(from|to)":"[^"]*T[^"]*Z"/g, '"$1":"(now)"')
        : res.statusCode;
  }
  return out;
}

/** Rows per table of one organisation (or all), counted directly. */
async function rowCounts(app: TestApp, tables: string[], orgId?: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of tables) {
    const key = t === 'orgs' ? 'id' : 'org_id';
    const { rows } = await app.database.pool.query<{ n: number }>(
      `select count(*)::int as n from "${t}"${orgId ? ` where "${key}" = $1` : ''}`,
      orgId ? [orgId] : [],
    );
    out[t] = rows[0]!.n;
  }
  return out;
}

async function fill(app: TestApp) {
  const demo = await createDemoOrg(app.db, { customers: 60, now: new Date() });
  const other = await app.newOrg('Зъболекарска клиника "Усмивка"');
  await other.as.post('/api/v1/locations', { name: 'Център\tтаб', address: 'ул. "Витоша" 1\nвтори ред \\ backslash' });
  const as = app.as(demo.apiKey);
  await as.post('/api/v1/webhooks', { url: 'https://hooks.example/z', events: ['case.opened'] });
  const survey = (await as.get('/api/v1/surveys')).json().items[0];
  const customer = (await as.get('/api/v1/customers')).json().items[0];
  const inv = await as.post('/api/v1/invitations', { surveyId: survey.id, customerId: customer.id, channel: 'link' });
  expect(inv.statusCode).toBe(201);
  const detractor = await as.post('/api/v1/responses', { surveyId: survey.id, answers: { nps: 1 } });
  expect(detractor.statusCode).toBe(201);
  await app.runTextLabelling();
  await app.runCaseEngine();
  await app.runRollups();
  // Every derived cell as the sweepers leave it in time (retention and RFM cells included), so the
  // rebuild a restore asks for has the same figures to reach.
  await rebuildOrg(app.database.pool, demo.orgId);
  return { demo, other };
}

describe('backup and restore', () => {
  it('holds every table with an org_id, except the transient ones, and no other table holds tenant data', async () => {
    const { rows } = await source.database.pool.query<{ table_name: string }>(
      `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    );
    const withOrg = await tablesWithOrgId(source.database.pool);
    const file = path.join(dir, 'none.zbk');
    await backup(source.database.pool, file);
    const { header } = await restore(empty.database.pool, file);
    for (const t of withOrg) expect(TRANSIENT_TABLES.includes(t) || header.tables.includes(t), t).toBe(true);
    // A table without org_id must say why it holds no organisation's data.
    for (const { table_name: t } of rows) if (!withOrg.includes(t)) expect(GLOBAL_TABLES, t).toContain(t);
  });

  it('restores the whole database and one organisation into another database: every row and every API answer', async () => {
    const { demo, other } = await fill(source);
    const tables = (await tablesWithOrgId(source.database.pool)).filter((t) => !TRANSIENT_TABLES.includes(t));
    const full = await rowCounts(source, ['orgs', ...tables]);
    // The demo fills the feedback tables an issue found missing; an empty table would prove nothing.
    for (const t of [
      'surveys',
      'invitations',
      'responses',
      'cases',
      'root_causes',
      'case_rules',
      'webhooks',
      'metric_daily',
    ])
      expect(full[t], t).toBeGreaterThan(0);

    const before = await everything(source, demo.apiKey);
    const wholeFile = path.join(dir, 'all.zbk');
    // What the snapshot held: the job queue may deliver a webhook meanwhile.
    const written = await backup(source.database.pool, wholeFile);
    expect(Object.keys(written).sort()).toEqual(['orgs', ...tables].sort());
    const fresh = await createTestApp();
    try {
      await restore(fresh.database.pool, wholeFile);
      expect(await rowCounts(fresh, ['orgs', ...tables])).toEqual(written);
      // The restore asked for a rebuild of the derived cells; figures read the rows until it is done.
      await fresh.runRollups();
      expect(await everything(fresh, demo.apiKey)).toEqual(before);
    } finally {
      await fresh.close();
    }

    const oneFile = path.join(dir, 'one.zbk');
    const counts = await backup(source.database.pool, oneFile, { orgId: demo.orgId });
    expect(counts.responses).toBeGreaterThan(0);
    await target.newOrg('Already here');
    await restore(target.database.pool, oneFile);
    expect(await rowCounts(target, ['orgs', ...tables], demo.orgId)).toEqual(counts);
    // The restored organisation's derived cells are rebuilt from its rows.
    expect(
      (
        await target.database.pool.query('select org_id::text, reason from analytics_rebuilds where org_id = $1', [
          demo.orgId,
        ])
      ).rows,
    ).toEqual([{ org_id: demo.orgId, reason: 'restore' }]);
    await target.runRollups();
    expect(await everything(target, demo.apiKey)).toEqual(before);
    expect((await target.as(other.apiKey).get('/api/v1/org')).statusCode).toBe(401);
    await expect(restore(target.database.pool, oneFile)).rejects.toThrow(/already exists/);
  }, 120_000);

  it('refuses a file that is not a backup and changes nothing', async () => {
    const file = path.join(dir, 'junk.zbk');
    fs.writeFileSync(file, await import('node:zlib').then((z) => z.gzipSync('hello\n')));
    await expect(restore(target.database.pool, file)).rejects.toThrow(/Not a Zabota backup/);
  });
});

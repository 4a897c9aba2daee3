import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { backup, restore } from './backup.ts';

let source: TestApp;
let target: TestApp;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zabota-backup-'));

beforeAll(async () => {
  [source, target] = await Promise.all([createTestApp(), createTestApp()]);
});
afterAll(async () => {
  await Promise.all([source.close(), target.close()]);
  fs.rmSync(dir, { recursive: true, force: true });
});

const everything = async (as: ReturnType<TestApp['as']>) =>
  Promise.all(
    ['org', 'locations', 'staff', 'touchpoints', 'customers', 'interactions'].map(async (p) =>
      (await as.get(`/api/v1/${p}?limit=500`)).json(),
    ),
  );

describe('backup and restore', () => {
  it('restores one organisation exactly, with tricky values, and refuses to restore it twice', async () => {
    const a = await source.newOrg('Зъболекарска клиника "Усмивка"');
    const other = await source.newOrg('Other clinic');
    await other.as.post('/api/v1/locations', { name: 'Not in the backup' });
    const loc = (
      await a.as.post('/api/v1/locations', { name: 'Център\tтаб', address: 'ул. "Витоша" 1\nвтори ред \\ backslash' })
    ).json();
    await a.as.post('/api/v1/staff', {
      name: 'Мария',
      email: 'maria@a.example',
      role: 'manager',
      locationIds: [loc.id],
      sendInvite: false,
    });
    const c = (await a.as.post('/api/v1/customers', { name: 'Олга', externalId: 'c1', consentEmail: true })).json();
    await a.as.post('/api/v1/customers', { name: 'Referred', referrerId: c.id });
    await a.as.post('/api/v1/interactions', {
      occurredAt: '2026-02-03T04:05:06.789Z',
      customerId: c.id,
      locationId: loc.id,
      revenue: 1234.56,
      currency: 'BGN',
    });

    const file = path.join(dir, 'a.zbk');
    const counts = await backup(source.database.pool, file, { orgId: a.orgId });
    expect(counts).toMatchObject({ orgs: 1, locations: 1, staff: 2, customers: 2, interactions: 1 });

    await restore(target.database.pool, file);
    // Derived cells are not in a backup: the restored organisation's are rebuilt from its rows.
    expect((await target.database.pool.query('select org_id::text, reason from analytics_rebuilds')).rows).toEqual([
      { org_id: a.orgId, reason: 'restore' },
    ]);
    expect(await everything(target.as(a.apiKey))).toEqual(await everything(a.as));
    expect((await target.as(other.apiKey).get('/api/v1/org')).statusCode).toBe(401);
    await expect(restore(target.database.pool, file)).rejects.toThrow(/already exists/);
  });

  it('refuses a file that is not a backup and changes nothing', async () => {
    const file = path.join(dir, 'junk.zbk');
    fs.writeFileSync(file, await import('node:zlib').then((z) => z.gzipSync('hello\n')));
    await expect(restore(target.database.pool, file)).rejects.toThrow(/Not a Zabota backup/);
  });
});

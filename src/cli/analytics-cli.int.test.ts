import { execFile, spawn } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomOrg } from '../../test/support/analytics-data.ts';
import { rng } from '../../test/support/rng.ts';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';
import { DERIVED_LOCK } from '../platform/jobs/marks.ts';

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '../../bin/zabota.mjs');

let t: TestApp;
let orgId: string;
beforeAll(async () => {
  t = await createTestApp();
  orgId = (await randomOrg(t, rng(14), { responses: 40, customers: 6 })).org.orgId;
  await t.runRollups();
});
afterAll(async () => {
  await t.close();
});

const env = () => ({ ...process.env, DATABASE_URL: t.database.url, ZABOTA_LOG_LEVEL: 'silent' });
async function zabota(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { env: env() });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

// Each command is a child process starting the CLI through tsx: seconds apiece on a busy machine.
describe('zabota analytics verify / rebuild (child process)', { timeout: 180_000 }, () => {
  it('verify passes on cells kept by the sweepers, names each differing row and exits 1, and rebuild repairs them', async () => {
    const ok = await zabota('analytics', 'verify', '--org', orgId);
    expect(ok.stdout).toContain(`${orgId} `);
    expect(ok.stdout).toContain(': ok');
    expect(ok.code).toBe(0);

    const pool = t.database.pool;
    await pool.query(
      `update metric_daily set responses = responses + 1 where (org_id, dim, key, day) in (select org_id, dim, key, day from metric_daily where org_id = $1 and dim = 'all' limit 1)`,
      [orgId],
    );
    await pool.query(`delete from case_cells where org_id = $1`, [orgId]);
    await pool.query(`update retention_cells set n = n + 2 where org_id = $1`, [orgId]);
    const bad = await zabota('analytics', 'verify');
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/metric_daily stored .*"dim":"all"/);
    expect(bad.stdout).toMatch(/metric_daily counted .*"dim":"all"/);
    expect(bad.stdout).toContain('retention_cells stored');

    const rebuilt = await zabota('analytics', 'rebuild', '--org', orgId);
    expect(rebuilt.code).toBe(0);
    expect(rebuilt.stdout).toContain('Rebuilt 1 organisation(s).');
    expect(rebuilt.stderr + rebuilt.stdout).toMatch(/\d+\/\d+ steps/);
    expect((await zabota('analytics', 'verify', '--sample', '5')).code).toBe(0);
  });

  it('says a pending rebuild is pending, and refuses a bad --sample', async () => {
    await t.database.pool.query(`update orgs set time_zone = 'Asia/Tokyo' where id = $1`, [orgId]);
    const pending = await zabota('analytics', 'verify', '--org', orgId);
    expect(pending.stdout).toContain('rebuild pending (time_zone)');
    expect(pending.code).toBe(0);
    expect((await zabota('analytics', 'rebuild')).code).toBe(0);
    expect((await t.database.pool.query('select 1 from analytics_rebuilds')).rowCount).toBe(0);
    expect((await zabota('analytics', 'verify', '--org', orgId)).stdout).toContain(': ok');
    expect((await zabota('analytics', 'verify', '--sample', '0')).stderr).toContain('--sample must be');
  });

  it('a rebuild killed with SIGKILL mid-way leaves the cells as they were and the lock free', async () => {
    const pool = t.database.pool;
    const before = (await pool.query('select * from metric_daily where org_id = $1 order by dim, key, day', [orgId]))
      .rows;
    // Hold one of the org's case cells, so the rebuild stops inside its transaction, then kill it there.
    const holder = await pool.connect();
    await holder.query('begin');
    await holder.query('select * from metric_cube where org_id = $1 for update', [orgId]);
    const child = spawn(process.execPath, [BIN, 'analytics', 'rebuild', '--org', orgId], { env: env() });
    const exited = new Promise((r) => child.on('exit', r));
    for (let i = 0; ; i++) {
      const { rowCount } = await pool.query(
        `select 1 from pg_stat_activity where wait_event_type = 'Lock' and query like 'delete from metric_cube%'`,
      );
      if (rowCount) break;
      if (i > 300) throw new Error('the rebuild never reached the held rows');
      await new Promise((r) => setTimeout(r, 100));
    }
    child.kill('SIGKILL');
    await exited;
    await holder.query('rollback');
    holder.release();
    for (let i = 0; ; i++) {
      const { rowCount } = await pool.query(
        `select 1 from pg_locks where locktype = 'advisory' and objid = $1::bigint % 4294967296`,
        [DERIVED_LOCK],
      );
      if (!rowCount) break;
      if (i > 100) throw new Error('the derived lock outlived the killed rebuild');
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(
      (await pool.query('select * from metric_daily where org_id = $1 order by dim, key, day', [orgId])).rows,
    ).toEqual(before);
    expect((await zabota('analytics', 'verify', '--org', orgId)).code).toBe(0);
  });
});

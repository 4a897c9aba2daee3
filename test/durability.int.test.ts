import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exited, runCli, startZabota, type Running } from './support/spawn-zabota.ts';

/**
 * The embedded database as a user runs it: `zabota start` on a data directory, killed with
 * SIGKILL mid-work, started again. Nothing acknowledged may be lost, the leftover PostgreSQL is
 * dealt with, and a second Zabota on the same directory is refused with a clear message.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zabota-durability-'));
const env = { ZABOTA_DATA_DIR: dataDir, DATABASE_URL: '' };
let server: Running | undefined;

afterAll(async () => {
  if (server && server.child.exitCode === null) {
    server.child.kill('SIGTERM');
    await exited(server.child);
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('embedded data directory', () => {
  it('survives kill -9 without losing acknowledged writes, and allows one owner only', async () => {
    server = await startZabota(env);
    const created = await runCli(
      [
        'org',
        'create',
        '--name',
        'Durable',
        '--owner-email',
        'o@durable.example',
        '--owner-password',
        'password123',
        '--json',
      ],
      env,
    );
    expect(created.code, created.stderr).toBe(0);
    const { apiKey, orgId } = JSON.parse(created.stdout) as { apiKey: string; orgId: string };
    expect(orgId).toMatch(/^[0-9a-f-]{36}$/);

    const second = await runCli(['start'], { ...env, PORT: '0', ZABOTA_BUILD_DASHBOARD: 'never' });
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/Another Zabota process \(pid \d+\) is using the data directory/);

    const headers = { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' };
    const acknowledged: string[] = [];
    const writes = Array.from({ length: 40 }, async (_, i) => {
      const res = await fetch(`${server!.url}/api/v1/customers`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ externalId: `k-${i}`, name: `Customer ${i}` }),
      });
      if (res.status === 201) acknowledged.push(((await res.json()) as { id: string }).id);
    });
    await Promise.all(writes);
    server.child.kill('SIGKILL');
    await exited(server.child);
    expect(acknowledged).toHaveLength(40);

    server = await startZabota(env);
    const res = await fetch(`${server.url}/api/v1/customers?limit=100`, { headers });
    const ids = ((await res.json()) as { items: { id: string }[] }).items.map((c) => c.id);
    expect(ids.sort()).toEqual([...acknowledged].sort());

    server.child.kill('SIGTERM');
    expect(await exited(server.child)).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'zabota.lock'))).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);
  }, 180_000);
});

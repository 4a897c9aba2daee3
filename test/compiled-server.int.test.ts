import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exited, startZabota, type Running } from './support/spawn-zabota.ts';
import { createTestDatabase } from './support/test-db.ts';

/**
 * The production build (what the Dockerfile runs): `npm run build:server` emits plain JavaScript,
 * and `node src/cli/main.js start` serves the API and health check from it with no tsx loaded,
 * as a web process beside a worker process on the same database.
 */
const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'dist', `app-test-${process.pid}`);
const running: Running[] = [];
let database: Awaited<ReturnType<typeof createTestDatabase>> | undefined;

afterAll(async () => {
  for (const p of running) {
    p.child.kill('SIGTERM');
    await exited(p.child);
  }
  await database?.drop();
  fs.rmSync(out, { recursive: true, force: true });
});

describe('compiled server', () => {
  it('builds to JavaScript and starts as web and worker processes without tsx', async () => {
    const build = spawnSync(process.execPath, ['scripts/build-server.mjs', '--out', out, '--without-web'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(build.status, build.stderr + build.stdout).toBe(0);
    const entry = path.join(out, 'src/cli/main.js');
    expect(fs.existsSync(path.join(out, 'migrations/meta/_journal.json'))).toBe(true);
    expect(fs.readdirSync(out, { recursive: true }).some((f) => String(f).endsWith('.ts'))).toBe(false);

    database = await createTestDatabase();
    const env = { DATABASE_URL: database.url, NODE_OPTIONS: '' };
    const [web, worker] = await Promise.all([
      startZabota({ ...env, ZABOTA_ROLE: 'web' }, 60_000, entry),
      startZabota({ ...env, ZABOTA_ROLE: 'worker' }, 60_000, entry),
    ]);
    running.push(web, worker);
    expect(worker.url).toBe('');
    expect(web.output()).toContain('web only');
    const health = await fetch(`${web.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true });
    expect((await fetch(`${web.url}/api/v1/openapi.json`)).status).toBe(200);
  }, 120_000);
});

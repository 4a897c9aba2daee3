import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { ROOT_CLUSTERS_DIR, startEmbeddedPostgres } from './embedded.ts';

const isRoot = process.getuid?.() === 0;

async function query(url: string, text: string): Promise<unknown[]> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

// Only root runs PostgreSQL as another user; anyone else owns their data directory outright.
describe.runIf(isRoot)('the embedded PostgreSQL, started by root', () => {
  it('works for a data directory inside a 0700 folder the postgres user cannot enter, and finds it again', async () => {
    const locked = fs.mkdtempSync(path.join(os.tmpdir(), 'zabota-0700-'));
    expect(fs.statSync(locked).mode & 0o777).toBe(0o700);
    const dataDir = path.join(locked, 'data');
    const said: string[] = [];
    let clusterDir: string | undefined;
    try {
      const first = await startEmbeddedPostgres(dataDir, { log: (m) => said.push(m) });
      clusterDir = first.clusterDir;
      try {
        expect(clusterDir.startsWith(`${ROOT_CLUSTERS_DIR}/`)).toBe(true);
        expect(said.join('\n')).toContain(`cluster lives in ${path.dirname(clusterDir)}`);
        await query(first.url, 'create table kept (n int); insert into kept values (7)');
      } finally {
        await first.stop();
      }
      const again = await startEmbeddedPostgres(dataDir);
      try {
        expect(again.clusterDir).toBe(clusterDir);
        expect(await query(again.url, 'select n from kept')).toEqual([{ n: 7 }]);
      } finally {
        await again.stop();
      }
    } finally {
      fs.rmSync(locked, { recursive: true, force: true });
      if (clusterDir) fs.rmSync(path.dirname(clusterDir), { recursive: true, force: true });
    }
  }, 90_000);
});

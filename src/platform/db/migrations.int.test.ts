import fs from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createTestDatabase } from '../../../test/support/test-db.ts';
import { connect, migrateDatabase, pendingMigrations } from './database.ts';

const journal = JSON.parse(
  fs.readFileSync(new URL('../../../migrations/meta/_journal.json', import.meta.url), 'utf8'),
) as { entries: { tag: string }[] };
let t: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

describe('migrations on start', () => {
  it('names the migrations an upgrade will apply, and none for a database that has them all', async () => {
    expect(await pendingMigrations(t.db)).toEqual([]);
    // As if the last two had not been applied yet (nothing is applied here: only what is pending is read).
    await t.pool.query(
      `delete from drizzle.__drizzle_migrations where id in (select id from drizzle.__drizzle_migrations order by created_at desc limit 2)`,
    );
    expect(await pendingMigrations(t.db)).toEqual(journal.entries.slice(-2).map((e) => e.tag));
  });

  it('says nothing for a new database, and applies every migration to it', async () => {
    const admin = new pg.Client(inject('pgServerUrl'));
    await admin.connect();
    const name = `zabota_test_fresh_${process.pid}`;
    await admin.query(`create database ${name}`);
    try {
      const u = new URL(inject('pgServerUrl'));
      u.pathname = `/${name}`;
      const fresh = connect(u.toString(), 1);
      const said: string[] = [];
      try {
        expect(await pendingMigrations(fresh.db)).toEqual([]);
        await migrateDatabase(fresh.db, (m) => said.push(m));
        const { rows } = await fresh.pool.query<{ n: number }>(
          `select count(*)::int as n from drizzle.__drizzle_migrations`,
        );
        expect([said, rows[0]!.n]).toEqual([[], journal.entries.length]);
      } finally {
        await fresh.close();
      }
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });
});

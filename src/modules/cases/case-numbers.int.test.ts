import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connect } from '../../platform/db/database.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const MIGRATIONS = new URL('../../../migrations/', import.meta.url).pathname;

/** A copy of the migrations folder that stops before `tag`: a database as it was before that release. */
function migrationsBefore(tag: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zabota-migrations-'));
  fs.cpSync(MIGRATIONS, dir, { recursive: true });
  const file = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(file, 'utf8')) as { entries: { tag: string }[] };
  journal.entries = journal.entries.slice(
    0,
    journal.entries.findIndex((e) => e.tag === tag),
  );
  fs.writeFileSync(file, JSON.stringify(journal));
  return dir;
}

describe('case numbers', () => {
  it('count per organisation: a new organisation starts at #1 whatever others have', async () => {
    const a = await t.newOrg();
    const b = await t.newOrg();
    const open = (org: typeof a, title: string) =>
      org.as.post('/api/v1/cases', { title, source: 'phone' }).then((r) => r.json().number as number);
    expect([await open(a, 'one'), await open(a, 'two'), await open(a, 'three')]).toEqual([1, 2, 3]);
    expect(await open(b, 'first of b')).toBe(1);
    expect(await open(a, 'four')).toBe(4);
  });

  it('renumbers existing cases per organisation on upgrade, in the order they were opened', async () => {
    const admin = new pg.Client(inject('pgServerUrl'));
    await admin.connect();
    const name = `zabota_test_casenum_${process.pid}`;
    await admin.query(`create database ${name}`);
    const u = new URL(inject('pgServerUrl'));
    u.pathname = `/${name}`;
    const old = connect(u.toString(), 1);
    const dir = migrationsBefore('0031_case_numbers_per_org');
    try {
      await migrate(old.db, { migrationsFolder: dir });
      const org = async (n: string) =>
        (
          await old.pool.query<{ id: string }>(
            `insert into orgs (id, name) values (gen_random_uuid(), $1) returning id`,
            [n],
          )
        ).rows[0]!.id;
      const [x, y] = [await org('X'), await org('Y')];
      // The shared sequence interleaved them: X #1, Y #2, X #3, Y #4, X #5.
      for (const o of [x, y, x, y, x])
        await old.pool.query(
          `insert into cases (id, org_id, title, source, due_at) values (gen_random_uuid(), $1, 't', 'phone', now())`,
          [o],
        );
      await migrate(old.db, { migrationsFolder: MIGRATIONS });
      const { rows } = await old.pool.query<{ org_id: string; number: number }>(
        `select org_id, number::int from cases order by opened_at, number`,
      );
      expect(rows.filter((r) => r.org_id === x).map((r) => r.number)).toEqual([1, 2, 3]);
      expect(rows.filter((r) => r.org_id === y).map((r) => r.number)).toEqual([1, 2]);
      const next = await old.pool.query<{ number: number }>(
        `insert into cases (id, org_id, title, source, due_at) values (gen_random_uuid(), $1, 'new', 'phone', now()) returning number::int`,
        [y],
      );
      expect(next.rows[0]!.number).toBe(3);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      await old.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });
});

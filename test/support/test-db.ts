import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { connect, type Database } from '../../src/platform/db/database.ts';

const TEMPLATE_DB = 'zabota_test_template';

/** A fresh, migrated database for one test file, cloned from the template; dropped by `drop`. */
export async function createTestDatabase(): Promise<Database & { drop: () => Promise<void> }> {
  const serverUrl = inject('pgServerUrl');
  const name = `zabota_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client(serverUrl);
  await admin.connect();
  await admin.query(`create database ${name} template ${TEMPLATE_DB}`);
  await admin.end();
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  const database = connect(u.toString(), 5);
  return {
    ...database,
    drop: async () => {
      await database.close();
      const a = new pg.Client(serverUrl);
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

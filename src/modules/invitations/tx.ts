import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import type { Db } from '../../server/platform/db/database.ts';
import type { SqlExecutor } from '../../server/platform/jobs/jobs.ts';

/**
 * One transaction on one connection, with both a Drizzle handle and the executor pg-boss needs:
 * an invitation and the job that sends it are committed together, or neither is.
 */
export async function inTransaction<T>(pool: pg.Pool, fn: (db: Db, enqueueOn: SqlExecutor) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const result = await fn(drizzle(client) as unknown as Db, { executeSql: (text, values) => client.query(text, values) });
    await client.query('commit');
    return result;
  } catch (e) {
    await client.query('rollback').catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}

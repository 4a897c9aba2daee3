import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import type { SqlExecutor } from '../jobs/jobs.ts';
import type { Db } from './database.ts';

export type Tx = { db: Db; client: pg.PoolClient; enqueueOn: SqlExecutor };

/**
 * One transaction on one connection, with a Drizzle handle, the raw client, and the executor
 * pg-boss needs: rows and the jobs they imply are committed together, or neither is.
 */
export async function inTransaction<T>(pool: pg.Pool, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const result = await fn({
      db: drizzle(client) as unknown as Db,
      client,
      enqueueOn: { executeSql: (text, values) => client.query(text, values) },
    });
    await client.query('commit');
    return result;
  } catch (e) {
    await client.query('rollback').catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}

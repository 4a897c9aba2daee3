import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import type { Config } from '../config.ts';
import { acquireDataDirLock, runningEmbeddedUrl, startEmbeddedPostgres } from './embedded.ts';

export type Db = NodePgDatabase<Record<string, never>>;

export type Database = {
  db: Db;
  pool: pg.Pool;
  url: string;
  close: () => Promise<void>;
};

const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../migrations');

// numeric comes back as a string by default; revenue is money with two decimals, safe as a JS number.
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export function connect(url: string, poolSize = 10): Database {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  pool.on('error', () => {}); // an idle client's lost connection is not fatal; the next query reconnects
  const db = drizzle(pool);
  return { db, pool, url, close: () => pool.end() };
}

/**
 * Runs `fn` while holding a PostgreSQL advisory lock named `name`, on a connection of its own: app
 * processes starting at once on one database take turns to migrate and create the job queues
 * instead of deadlocking on each other's DDL.
 */
export async function whileLocked<T>(url: string, name: string, fn: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock(hashtext($1))', [name]);
    return await fn();
  } finally {
    // Ending the session releases the lock.
    await client.end().catch(() => {});
  }
}

/**
 * Applies the pending migrations. On an upgrade (a database that has some already) it says which
 * and how long they took: a migration that backfills rollups reads every response, which takes
 * minutes on a large database, and the server must not look hung meanwhile.
 */
export async function migrateDatabase(db: Db, log: (m: string) => void = () => {}): Promise<void> {
  const pending = await pendingMigrations(db);
  if (pending.length)
    log(
      `Applying ${pending.length} database migration(s) (${pending.join(', ')}); on a large database this can take minutes…`,
    );
  const t0 = performance.now();
  await migrate(db, { migrationsFolder: MIGRATIONS_DIR });
  if (pending.length) log(`Migrations applied in ${((performance.now() - t0) / 1000).toFixed(1)} s.`);
}

/** The migrations not yet applied to a database that has some (none for a new one: nothing to wait for there). */
export async function pendingMigrations(db: Db): Promise<string[]> {
  const table = await db.execute<{ found: boolean }>(
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as found`,
  );
  if (!table.rows[0]?.found) return [];
  // Drizzle keeps each applied migration's journal time (`when`) as created_at and applies those after the latest.
  const { rows } = await db.execute<{ last: string | null }>(
    sql`select max(created_at)::text as last from drizzle.__drizzle_migrations`,
  );
  const last = rows[0]?.last;
  if (last === null || last === undefined) return [];
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string; when: number }[];
  };
  return journal.entries.filter((e) => e.when > Number(last)).map((e) => e.tag);
}

async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client(serverUrl);
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * Opens Zabota's database: the server at DATABASE_URL, or the embedded one in the data directory
 * (started here and stopped by `close`). Migrations are applied before anything else runs.
 * `share` (CLI commands) connects to the embedded server of a running Zabota instead of failing
 * on its lock; `own` (the server) insists on being the only owner.
 */
export async function openDatabase(
  config: Config,
  opts: { mode?: 'own' | 'share'; log?: (m: string) => void } = {},
): Promise<Database> {
  const log = opts.log ?? (() => {});
  if (config.databaseUrl) {
    const database = connect(config.databaseUrl, config.poolSize);
    await whileLocked(config.databaseUrl, 'zabota.migrate', () => migrateDatabase(database.db, log));
    return database;
  }
  if (opts.mode === 'share') {
    const running = runningEmbeddedUrl(config.dataDir);
    if (running) {
      const database = connect(await ensureDatabase(running, 'zabota'), config.poolSize);
      await migrateDatabase(database.db, log);
      return database;
    }
  }
  const release = acquireDataDirLock(config.dataDir);
  try {
    const server = await startEmbeddedPostgres(config.dataDir, { log });
    const url = await ensureDatabase(server.url, 'zabota');
    const database = connect(url, config.poolSize);
    await migrateDatabase(database.db, log);
    return {
      ...database,
      close: async () => {
        await database.close();
        await server.stop();
        release();
      },
    };
  } catch (e) {
    release();
    throw e;
  }
}

import path from 'node:path';
import { fileURLToPath } from 'node:url';
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

const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../migrations');

// numeric comes back as a string by default; revenue is money with two decimals, safe as a JS number.
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export function connect(url: string, poolSize = 10): Database {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  pool.on('error', () => {}); // an idle client's lost connection is not fatal; the next query reconnects
  const db = drizzle(pool);
  return { db, pool, url, close: () => pool.end() };
}

export async function migrateDatabase(db: Db): Promise<void> {
  await migrate(db, { migrationsFolder: MIGRATIONS_DIR });
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
export async function openDatabase(config: Config, opts: { mode?: 'own' | 'share'; log?: (m: string) => void } = {}): Promise<Database> {
  const log = opts.log ?? (() => {});
  if (config.databaseUrl) {
    const database = connect(config.databaseUrl, config.poolSize);
    await migrateDatabase(database.db);
    return database;
  }
  if (opts.mode === 'share') {
    const running = runningEmbeddedUrl(config.dataDir);
    if (running) {
      const database = connect(await ensureDatabase(running, 'zabota'), config.poolSize);
      await migrateDatabase(database.db);
      return database;
    }
  }
  const release = acquireDataDirLock(config.dataDir);
  try {
    const server = await startEmbeddedPostgres(config.dataDir, { log });
    const url = await ensureDatabase(server.url, 'zabota');
    const database = connect(url, config.poolSize);
    await migrateDatabase(database.db);
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

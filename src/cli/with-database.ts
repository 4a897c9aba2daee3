import { loadConfig } from '../platform/config.ts';
import { openDatabase, type Database } from '../platform/db/database.ts';

/**
 * Runs a CLI command against the same database `start` uses: DATABASE_URL, the embedded server of
 * a running Zabota, or the embedded server started just for this command.
 */
export async function withDatabase<T>(fn: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase(loadConfig(), { mode: 'share', log: (m) => process.stderr.write(`${m}\n`) });
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

/** Prints a clear message and exits non-zero: the CLI's one way of failing. */
export function fail(message: string): never {
  process.stderr.write(`zabota: ${message}\n`);
  process.exit(1);
}

import type pg from 'pg';
import { buildApp } from '../src/server/app.ts';
import type { Db } from '../src/platform/db/database.ts';
import type { Jobs } from '../src/platform/jobs/jobs.ts';

/**
 * The API's OpenAPI document, from the app itself: built with its routes but no database, queue or
 * listening socket (registering routes touches none of them), so the document is exactly what a
 * running server would publish at /api/v1/openapi.json.
 */
export async function openApiSpec(): Promise<Record<string, unknown>> {
  const unused = new Proxy({}, { get: () => () => Promise.reject(new Error('no database when dumping the spec')) });
  const jobs: Jobs = { send: async () => null, stop: async () => {} };
  const app = await buildApp({
    db: unused as Db,
    pool: unused as pg.Pool,
    jobs,
    config: { publicUrl: 'http://localhost:3000', logLevel: 'silent' },
  });
  try {
    await app.ready();
    return app.swagger() as unknown as Record<string, unknown>;
  } finally {
    await app.close();
  }
}

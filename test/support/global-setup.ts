import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { connect, migrateDatabase } from '../../src/platform/db/database.ts';
import { installJobsSchema } from '../../src/platform/jobs/jobs.ts';
import { startEmbeddedPostgres, type EmbeddedServer } from '../../src/platform/db/embedded.ts';

export const TEMPLATE_DB = 'zabota_test_template';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Server URL (database `postgres`) of the PostgreSQL the tests use. */
    pgServerUrl: string;
  }
}

let server: EmbeddedServer | undefined;
let tmp: string | undefined;

/**
 * One PostgreSQL for the whole run: a throwaway embedded server, or TEST_DATABASE_URL (CI points
 * this at Debian's PostgreSQL 15). The migrations are applied once to a template database that
 * every test file clones, so each file gets a fresh, fully migrated database in milliseconds.
 */
export async function setup(project: TestProject): Promise<void> {
  let url = process.env.TEST_DATABASE_URL;
  if (!url) {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zabota-test-pg-'));
    server = await startEmbeddedPostgres(tmp);
    url = server.url;
  }
  const admin = new pg.Client(url);
  await admin.connect();
  await admin.query(`drop database if exists ${TEMPLATE_DB} with (force)`);
  await admin.query(`create database ${TEMPLATE_DB}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${TEMPLATE_DB}`;
  const template = connect(u.toString(), 1);
  await migrateDatabase(template.db);
  await template.close();
  await installJobsSchema(u.toString());
  project.provide('pgServerUrl', url);
}

export async function teardown(): Promise<void> {
  await server?.stop();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
}

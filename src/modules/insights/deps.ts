import type pg from 'pg';
import type { Db } from '../../platform/db/database.ts';
import type { Jobs } from '../../platform/jobs/jobs.ts';

/** What the staff board and the customer board services stand on (its own file, so neither imports the other for it). */
export type InsightDeps = { db: Db; pool: pg.Pool; jobs: Jobs };

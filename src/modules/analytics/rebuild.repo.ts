import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';

export type RebuildStatus = { reason: string; done: number; steps: number };

/** The organisation's pending rebuild of its derived cells (rebuild.ts), if any: its figures then come from the rows. */
export async function rebuildStatus(db: Db, orgId: string): Promise<RebuildStatus | null> {
  const { rows } = await db.execute<RebuildStatus>(
    sql`select reason, done, steps from analytics_rebuilds where org_id = ${orgId}`,
  );
  return rows[0] ?? null;
}

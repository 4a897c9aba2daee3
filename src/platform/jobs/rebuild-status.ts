import { sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';

export type RebuildStatus = { reason: string; done: number; steps: number };

/**
 * The organisation's pending rebuild of its derived cells (analytics/rebuild.ts), if any: every
 * reader of those cells (metrics, case figures, drivers, retention) then reads the rows instead.
 * Here, not in the analytics module, because retention's readers need it and the rebuild uses them.
 */
export async function rebuildStatus(db: Db, orgId: string): Promise<RebuildStatus | null> {
  const { rows } = await db.execute<RebuildStatus>(
    sql`select reason, done, steps from analytics_rebuilds where org_id = ${orgId}`,
  );
  return rows[0] ?? null;
}

import { and, asc, count, desc, eq, getTableColumns, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { idCursorCondition } from '../../platform/db/keyset.ts';
import type { RunSkip } from './connectors.contract.ts';
import { connectorRecords, connectorRuns, connectors } from './connectors.schema.ts';
import { idPrefixFor } from './id-prefix.ts';

export type ConnectorRow = typeof connectors.$inferSelect;
export type RunRow = typeof connectorRuns.$inferSelect;

export async function list(db: Db, orgId: string, q: { cursor?: string; limit: number }) {
  return db
    .select()
    .from(connectors)
    .where(and(eq(connectors.orgId, orgId), idCursorCondition(connectors.id, q.cursor)))
    .orderBy(desc(connectors.id))
    .limit(q.limit + 1);
}

export async function get(db: Db, orgId: string, id: string): Promise<ConnectorRow | undefined> {
  const [row] = await db
    .select()
    .from(connectors)
    .where(and(eq(connectors.orgId, orgId), eq(connectors.id, id)));
  return row;
}

/** The connector a source's webhook names by its token (the token is the only credential the source has). */
export async function byHookToken(db: Db, token: string): Promise<ConnectorRow | undefined> {
  const [row] = await db.select().from(connectors).where(eq(connectors.hookToken, token));
  return row;
}

export async function countFor(db: Db, orgId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(connectors).where(eq(connectors.orgId, orgId));
  return row?.n ?? 0;
}

/**
 * A new connector, with the id prefix its records will carry (`idPrefixFor`), chosen while the
 * organisation's connector creates wait for each other: two at once cannot both take `yclients-2`.
 * The unique (org_id, id_prefix) index is the last guard; the error handler answers a breach as 409.
 */
export async function insert(db: Db, values: Omit<typeof connectors.$inferInsert, 'idPrefix'>): Promise<ConnectorRow> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`connectors:${values.orgId}`}, 0))`);
    const existing = await tx
      .select({ kind: connectors.kind, idPrefix: connectors.idPrefix })
      .from(connectors)
      .where(eq(connectors.orgId, values.orgId));
    const [row] = await tx
      .insert(connectors)
      .values({ ...values, idPrefix: idPrefixFor(values.kind, existing) })
      .returning();
    return row!;
  });
}

export async function update(
  db: Db,
  orgId: string,
  id: string,
  values: Partial<typeof connectors.$inferInsert>,
): Promise<ConnectorRow | undefined> {
  const [row] = await db
    .update(connectors)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(connectors.orgId, orgId), eq(connectors.id, id)))
    .returning();
  return row;
}

export async function remove(db: Db, orgId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(connectors)
    .where(and(eq(connectors.orgId, orgId), eq(connectors.id, id)))
    .returning({ id: connectors.id });
  return rows.length > 0;
}

/**
 * Connectors whose next sync is due, claimed by moving their next time on (so another process's
 * sweep does not pick the same ones); the sync sets the real next time when it ends.
 */
export async function claimDue(db: Db, now: Date, holdMs: number, limit = 20): Promise<ConnectorRow[]> {
  return db
    .update(connectors)
    .set({ nextSyncAt: new Date(now.getTime() + holdMs) })
    .where(
      inArray(
        connectors.id,
        db
          .select({ id: connectors.id })
          .from(connectors)
          .where(and(eq(connectors.active, true), lte(connectors.nextSyncAt, now)))
          .orderBy(asc(connectors.nextSyncAt))
          .limit(limit)
          .for('update', { skipLocked: true }),
      ),
    )
    .returning();
}

export async function startRun(db: Db, c: ConnectorRow, trigger: RunRow['trigger']): Promise<RunRow> {
  const [row] = await db.insert(connectorRuns).values({ orgId: c.orgId, connectorId: c.id, trigger }).returning();
  return row!;
}

/** A run still going (started within `withinMs`): a second "sync now" waits for it. */
export async function running(db: Db, orgId: string, connectorId: string, withinMs: number): Promise<boolean> {
  const [row] = await db
    .select({ id: connectorRuns.id })
    .from(connectorRuns)
    .where(
      and(
        eq(connectorRuns.orgId, orgId),
        eq(connectorRuns.connectorId, connectorId),
        eq(connectorRuns.status, 'running'),
        sql`${connectorRuns.startedAt} > now() - make_interval(secs => ${withinMs / 1000})`,
      ),
    )
    .limit(1);
  return !!row;
}

export async function finishRun(
  db: Db,
  orgId: string,
  id: string,
  values: {
    status: 'ok' | 'failed';
    fetched: number;
    created: number;
    updated: number;
    removed: number;
    skipped: number;
    skips: RunSkip[];
    error: string | null;
  },
): Promise<RunRow> {
  const [row] = await db
    .update(connectorRuns)
    .set({ ...values, finishedAt: new Date() })
    .where(and(eq(connectorRuns.orgId, orgId), eq(connectorRuns.id, id)))
    .returning();
  return row!;
}

/** How many runs are kept per connector: enough to see a pattern, bounded in size. */
export const RUNS_KEPT = 100;

export async function pruneRuns(db: Db, orgId: string, connectorId: string): Promise<void> {
  await db.execute(sql`
    delete from connector_runs where org_id = ${orgId} and connector_id = ${connectorId} and id not in (
      select id from connector_runs where org_id = ${orgId} and connector_id = ${connectorId}
      order by id desc limit ${RUNS_KEPT})`);
}

export async function runs(db: Db, orgId: string, connectorId: string, q: { cursor?: string; limit: number }) {
  const { orgId: _o, connectorId: _c, ...columns } = getTableColumns(connectorRuns);
  return db
    .select(columns)
    .from(connectorRuns)
    .where(
      and(
        eq(connectorRuns.orgId, orgId),
        eq(connectorRuns.connectorId, connectorId),
        idCursorCondition(connectorRuns.id, q.cursor),
      ),
    )
    .orderBy(desc(connectorRuns.id))
    .limit(q.limit + 1);
}

export type RecordRow = typeof connectorRecords.$inferSelect;

export async function records(db: Db, orgId: string, connectorId: string, sourceIds: string[]) {
  if (!sourceIds.length) return new Map<string, RecordRow>();
  const rows = await db
    .select()
    .from(connectorRecords)
    .where(
      and(
        eq(connectorRecords.orgId, orgId),
        eq(connectorRecords.connectorId, connectorId),
        inArray(connectorRecords.sourceId, sourceIds),
      ),
    );
  return new Map(rows.map((r) => [r.sourceId, r]));
}

export async function saveRecord(
  db: Db,
  r: { orgId: string; connectorId: string; sourceId: string; interactionId: string | null; hash: string },
) {
  await db
    .insert(connectorRecords)
    .values(r)
    .onConflictDoUpdate({
      target: [connectorRecords.connectorId, connectorRecords.sourceId],
      set: { interactionId: r.interactionId, hash: r.hash, updatedAt: new Date() },
    });
}

export async function forgetRecord(db: Db, orgId: string, connectorId: string, sourceId: string) {
  await db
    .delete(connectorRecords)
    .where(
      and(
        eq(connectorRecords.orgId, orgId),
        eq(connectorRecords.connectorId, connectorId),
        eq(connectorRecords.sourceId, sourceId),
      ),
    );
}

/** The source ids that made interactions, most recently changed first. */
export async function recentSourceIds(db: Db, orgId: string, connectorId: string, limit: number): Promise<string[]> {
  const rows = await db
    .select({ sourceId: connectorRecords.sourceId })
    .from(connectorRecords)
    .where(
      and(
        eq(connectorRecords.orgId, orgId),
        eq(connectorRecords.connectorId, connectorId),
        isNotNull(connectorRecords.interactionId),
      ),
    )
    .orderBy(desc(connectorRecords.updatedAt))
    .limit(limit);
  return rows.map((r) => r.sourceId);
}

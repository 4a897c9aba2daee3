import type pg from 'pg';
import { newId } from '../../platform/db/ids.ts';

type Q = Pick<pg.PoolClient, 'query'>;
export type TierRow = {
  id: string;
  name: string;
  rank: number;
  match: 'any' | 'all';
  criteria: Record<string, number | null>;
  manualOnly: boolean;
  graceDays: number;
  perks: string | null;
  customers: number;
  createdAt: Date;
  updatedAt: Date;
};
const COLUMNS = `t.id, t.name, t.rank, t.match, t.criteria, t.manual_only as "manualOnly", t.grace_days as "graceDays",
  t.perks, t.created_at as "createdAt", t.updated_at as "updatedAt",
  (select count(*)::int from customer_tiers m where m.org_id = t.org_id and m.tier_id = t.id) as customers`;

export async function list(db: Q, orgId: string): Promise<TierRow[]> {
  const { rows } = await db.query<TierRow>(`select ${COLUMNS} from tiers t where t.org_id = $1 order by t.rank`, [
    orgId,
  ]);
  return rows;
}
export async function get(db: Q, orgId: string, id: string): Promise<TierRow | undefined> {
  const { rows } = await db.query<TierRow>(`select ${COLUMNS} from tiers t where t.org_id = $1 and t.id = $2`, [
    orgId,
    id,
  ]);
  return rows[0];
}
export type TierValues = {
  name: string;
  rank: number;
  match: 'any' | 'all';
  criteria: object;
  manualOnly: boolean;
  graceDays: number;
  perks: string | null;
};
export async function insert(db: Q, orgId: string, id: string, v: TierValues) {
  await db.query(
    `insert into tiers (id, org_id, name, rank, match, criteria, manual_only, grace_days, perks)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [id, orgId, v.name, v.rank, v.match, JSON.stringify(v.criteria), v.manualOnly, v.graceDays, v.perks],
  );
}
export async function update(db: Q, orgId: string, id: string, v: TierValues) {
  const { rowCount } = await db.query(
    `update tiers set name = $3, rank = $4, match = $5, criteria = $6, manual_only = $7, grace_days = $8, perks = $9,
       updated_at = now() where org_id = $1 and id = $2`,
    [orgId, id, v.name, v.rank, v.match, JSON.stringify(v.criteria), v.manualOnly, v.graceDays, v.perks],
  );
  return rowCount === 1;
}
export async function rankTaken(db: Q, orgId: string, rank: number, exceptId: string | null) {
  const { rowCount } = await db.query(
    'select 1 from tiers where org_id = $1 and rank = $2 and id is distinct from $3',
    [orgId, rank, exceptId],
  );
  return !!rowCount;
}
export async function usedByGestures(db: Q, orgId: string, id: string) {
  const { rowCount } = await db.query(
    'select 1 from gestures where org_id = $1 and (trigger_tier_id = $2 or $2 = any(tier_ids)) limit 1',
    [orgId, id],
  );
  return !!rowCount;
}
/** Members leave a deleted tier on the record, so the migration figures see them go. */
export async function remove(db: Q, orgId: string, id: string, now: Date) {
  const { rows } = await db.query<{ customer_id: string }>(
    'select customer_id from customer_tiers where org_id = $1 and tier_id = $2',
    [orgId, id],
  );
  await db.query(
    `insert into tier_changes (id, org_id, customer_id, from_tier_id, to_tier_id, at)
     select i, $1, c, $2, null, $3 from unnest($4::uuid[], $5::uuid[]) as u(i, c)`,
    [orgId, id, now, rows.map(() => newId()), rows.map((r) => r.customer_id)],
  );
  const { rowCount } = await db.query('delete from tiers where org_id = $1 and id = $2', [orgId, id]);
  return rowCount === 1;
}
/** The recalculation sweep picks the organisation up in the background. */
export async function requestRecalc(db: Q, orgId: string) {
  await db.query(
    `insert into tier_recalcs (org_id, requested_at) values ($1, now())
     on conflict (org_id) do update set requested_at = now()`,
    [orgId],
  );
}
export async function pendingRecalc(db: Q, orgId: string) {
  const { rows } = await db.query<{ requested_at: Date | null }>(
    'select requested_at from tier_recalcs where org_id = $1',
    [orgId],
  );
  return rows[0]?.requested_at ?? null;
}

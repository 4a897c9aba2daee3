import type pg from 'pg';
import { drainPurchases, drainRfm, drainSegments } from '../retention/index.ts';
import { drainDrivers } from './drivers-rollup.ts';
import { DERIVED_TABLES, underExclusiveLock, writeCells } from './rebuild.ts';
import { retract, rollUp } from './rollup.ts';
import { drainSegmentCounts } from './segment-rollup.ts';

/** A row only the stored cells have (`stored`) or only a direct count gives (`direct`). */
export type Difference = { table: string; side: 'stored' | 'direct'; row: Record<string, unknown> };

/**
 * Lets every sweeper finish what is waiting (new, edited and deleted responses, marked customers,
 * due segments) so the stored cells are as current as the rows: what a verifier compares.
 */
export async function settle(pool: pg.Pool): Promise<void> {
  while ((await retract(pool)) + (await rollUp(pool)) > 0);
  await drainDrivers(pool);
  await drainPurchases(pool);
  await drainSegments(pool);
  await drainSegmentCounts(pool);
  await drainRfm(pool);
}

/**
 * Compares an organisation's stored cells with a direct count: keeps a copy of them, writes them
 * afresh from the rows (rebuild.ts writeCells) in the same transaction, lists every row that differs
 * (all-zero cells aside), and rolls back. Holds the derived lock meanwhile, so sweepers wait.
 */
export const verifyOrg = (pool: pg.Pool, orgId: string): Promise<Difference[]> =>
  underExclusiveLock(
    pool,
    async (client) => {
      for (const [i, { table }] of DERIVED_TABLES.entries())
        await client.query(`create temp table stored_${i} on commit drop as select * from ${table} where org_id = $1`, [
          orgId,
        ]);
      await writeCells(client, orgId);
      const differences: Difference[] = [];
      for (const [i, { table, zero }] of DERIVED_TABLES.entries()) {
        const kept = zero ? `where not (${zero})` : '';
        const { rows } = await client.query<{ side: 'stored' | 'direct'; row: Record<string, unknown> }>(
          `select 'stored' as side, to_jsonb(d) as row from (select * from stored_${i} except all select * from ${table} where org_id = $1) d ${kept}
           union all
           select 'direct', to_jsonb(d) from (select * from ${table} where org_id = $1 except all select * from stored_${i}) d ${kept}`,
          [orgId],
        );
        differences.push(...rows.map((r) => ({ table, ...r })));
      }
      return differences;
    },
    'rollback',
  );

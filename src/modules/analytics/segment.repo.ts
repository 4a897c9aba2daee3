import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../server/platform/db/database.ts';
import * as repo from './analytics.repo.ts';
import { SEGMENT_PAIR } from './segment-rollup.ts';

// The same encodings as analytics.repo.ts, for the segment dims of metric_daily.
const keysArray = (keys: string[]) => sql`${`{${keys.map((k) => `"${k.replace(/["\\]/g, '')}"`).join(',')}}`}::text[]`;
const periodOf = (day: SQL, interval: 'day' | 'week' | 'month') => sql`to_char(date_trunc(${interval}, ${day})::date, 'YYYY-MM-DD')`;

/**
 * How a query involving the customer segment reads the segment rollups (segment-rollup.ts): the
 * segment alone, or with the location (a manager's dashboard is always limited to their
 * locations). Null for anything else, which analytics.repo.ts computes from the raw responses.
 */
export function segmentPlan(constraints: repo.Constraint[], grouping: repo.Grouping): { dim: string; where: SQL[]; group: SQL } | null {
  const dims = new Set(constraints.map((c) => c.dim));
  if (grouping.kind === 'dim') dims.add(grouping.dim);
  if (!dims.has('segment') || dims.size > 2 || (dims.size === 2 && !dims.has('location'))) return null;
  const paired = dims.size === 2;
  const part = (d: repo.Dim) => (!paired ? sql`key` : d === 'location' ? sql`split_part(key, ':', 1)` : sql`split_part(key, ':', 2)`);
  return {
    dim: paired ? SEGMENT_PAIR : 'segment',
    where: constraints.map((c) => sql`and ${part(c.dim)} = any(${keysArray(c.keys)})`),
    group: grouping.kind === 'dim' ? part(grouping.dim) : grouping.kind === 'period' ? periodOf(sql`day`, grouping.interval) : sql`null::text`,
  };
}

/** analytics.repo.ts counts(), reading the segment rollups where they answer. */
export async function counts(db: Db, orgId: string, constraints: repo.Constraint[], range: repo.Range, grouping: repo.Grouping): Promise<{ rows: repo.Counts[]; source: 'rollup' | 'raw' }> {
  const plan = segmentPlan(constraints, grouping);
  if (!plan) return repo.counts(db, orgId, constraints, range, grouping);
  const { rows } = await db.execute<repo.Counts>(sql`
    select ${plan.group} as "group", sum(responses)::int as responses, sum(nps_n)::int as n, sum(nps_promoters)::int as promoters, sum(nps_detractors)::int as detractors,
           sum(csat_n)::int as "csatN", sum(csat_sum)::int as "csatSum", sum(csat_top)::int as "csatTop", sum(ces_n)::int as "cesN", sum(ces_sum)::int as "cesSum", sum(ces_top)::int as "cesTop"
      from metric_daily
     where org_id = ${orgId} and dim = ${plan.dim} ${sql.join(plan.where, sql` `)}
       and (${range.from}::date is null or day >= ${range.from}::date) and (${range.to}::date is null or day < ${range.to}::date)
     group by 1 having sum(responses) > 0 order by 1`);
  return { rows, source: 'rollup' };
}

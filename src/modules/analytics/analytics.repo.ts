import { bandSql } from '../../shared/metrics.ts';
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { pairDim, pairOf, type RollupDim } from './rollup.ts';
import { CUSTOMER_SEGMENTS } from '../retention/index.ts';
import { segmentPairDim, WITH_SEGMENT } from './segment-rollup.ts';
import { cubePlan, segmentCubePlan, type CubeConstraint, type CubeGrouping } from './cube.ts';
import { keysArray } from './sql-keys.ts';
import { rebuildStatus } from '../../platform/jobs/rebuild-status.ts';
import { countsForLoyalty } from '../surveys/index.ts';

/**
 * What responses are filtered and grouped by: the rollup dimensions, and the customer's current
 * RFM segment (customer_segments), rolled up alone and in pairs by segment-rollup.ts.
 */
export type Dim = RollupDim | 'segment';
/** Responses limited to these keys of one dimension (a filter, or the caller's row limits). */
export type Constraint = { dim: Dim; keys: string[] };
export type Range = { from: string | null; to: string | null };
export type Grouping =
  { kind: 'none' } | { kind: 'period'; interval: 'day' | 'week' | 'month' } | { kind: 'dim'; dim: Dim };

export type Counts = {
  group: string | null;
  responses: number;
  n: number;
  promoters: number;
  detractors: number;
  csatN: number;
  csatSum: number;
  csatTop: number;
  cesN: number;
  cesSum: number;
  cesTop: number;
};

/** How a dimension's key reads on a raw response row (r: responses, t: its touchpoint, cs: its customer's segment). */
const RAW_KEY: Record<Dim, SQL> = {
  location: sql`r.location_id::text`,
  touchpoint: sql`r.touchpoint_id::text`,
  staff: sql`r.staff_id::text`,
  survey: sql`r.survey_id::text`,
  channel: sql`r.channel::text`,
  language: sql`r.language`,
  kind: sql`t.kind::text`,
  segment: sql`case when r.customer_id is not null then coalesce(cs.segment, 'no_purchases') end`,
};

const periodOf = (day: SQL, interval: 'day' | 'week' | 'month') =>
  sql`to_char(date_trunc(${interval}, ${day})::date, 'YYYY-MM-DD')`;

/** How a query reads the rollups: which dimensions' rows, which keys, and what to group by. */
type RollupPlan = { dims: string[]; where: SQL[]; group: SQL };

/**
 * The segment with a location, touchpoint or staff member: one dim per segment (segment-rollup.ts),
 * keyed by the other id, so a segment filter reads only that segment's rows.
 */
function segmentPairPlan(
  constraints: Constraint[],
  grouping: Grouping,
  other: (typeof WITH_SEGMENT)[number],
  period: SQL,
): RollupPlan {
  const segments = constraints.find((c) => c.dim === 'segment')?.keys ?? CUSTOMER_SEGMENTS;
  return {
    dims: segments.map((s) => segmentPairDim(other, s)),
    where: constraints.filter((c) => c.dim !== 'segment').map((c) => sql`and key = any(${keysArray(c.keys)})`),
    group: grouping.kind !== 'dim' ? period : grouping.dim === 'segment' ? sql`split_part(dim, ':', 2)` : sql`key`,
  };
}

/**
 * metric_daily answers when the constraints and the grouping touch one dimension, or two dimensions
 * kept as a pair (PAIRS in rollup.ts; WITH_SEGMENT in segment-rollup.ts). Anything else reads the
 * cube (cubePlan), or with the segment the segment cube (segmentCubePlan). The raw responses remain
 * for a grouping or filter no grain holds (none today).
 */
export function rollupPlan(constraints: Constraint[], grouping: Grouping): RollupPlan | null {
  const dims = new Set(constraints.map((c) => c.dim));
  if (grouping.kind === 'dim') dims.add(grouping.dim);
  const period = (day: SQL) => (grouping.kind === 'period' ? periodOf(day, grouping.interval) : sql`null::text`);
  if (dims.size <= 1) {
    const dim = grouping.kind === 'dim' ? grouping.dim : (constraints[0]?.dim ?? 'all');
    return {
      dims: [dim],
      where: constraints.map((c) => sql`and key = any(${keysArray(c.keys)})`),
      group: grouping.kind === 'dim' ? sql`key` : period(sql`day`),
    };
  }
  if (dims.size !== 2) return null;
  if (dims.has('segment')) {
    const other = WITH_SEGMENT.find((d) => dims.has(d));
    return other ? segmentPairPlan(constraints, grouping, other, period(sql`day`)) : null;
  }
  const [x, y] = [...dims];
  const pair = pairOf(x!, y!);
  if (!pair) return null;
  const part = (d: Dim) => (d === pair[0] ? sql`split_part(key, ':', 1)` : sql`split_part(key, ':', 2)`);
  return {
    dims: [pairDim(pair)],
    where: constraints.map((c) => sql`and ${part(c.dim)} = any(${keysArray(c.keys)})`),
    group: grouping.kind === 'dim' ? part(grouping.dim) : period(sql`day`),
  };
}

const SUMS = sql`sum(responses)::int as responses, sum(nps_n)::int as n, sum(nps_promoters)::int as promoters, sum(nps_detractors)::int as detractors,
  sum(csat_n)::int as "csatN", sum(csat_sum)::int as "csatSum", sum(csat_top)::int as "csatTop", sum(ces_n)::int as "cesN", sum(ces_sum)::int as "cesSum", sum(ces_top)::int as "cesTop"`;
const dayRange = (range: Range) =>
  sql`and (${range.from}::date is null or day >= ${range.from}::date) and (${range.to}::date is null or day < ${range.to}::date)`;

/** Which table answers: metric_daily (one dimension or a kept pair), the cube or the segment cube (any other dimensions), or the raw responses. */
export function source(constraints: Constraint[], grouping: Grouping): 'daily' | 'cube' | 'segment_cube' | 'raw' {
  if (rollupPlan(constraints, grouping)) return 'daily';
  const cube = cubeQuery(constraints, grouping);
  return cube ? cube.table : 'raw';
}

function cubeQuery(constraints: Constraint[], grouping: Grouping) {
  const period = (day: SQL) => (grouping.kind === 'period' ? periodOf(day, grouping.interval) : sql`null::text`);
  if (constraints.some((c) => c.dim === 'segment') || (grouping.kind === 'dim' && grouping.dim === 'segment')) {
    const plan = segmentCubePlan(constraints, grouping, period);
    return plan && { ...plan, table: 'segment_cube' as const };
  }
  const plan = cubePlan(constraints as CubeConstraint[], grouping as CubeGrouping, period);
  return plan && { ...plan, table: 'cube' as const };
}

export async function counts(
  db: Db,
  orgId: string,
  constraints: Constraint[],
  range: Range,
  grouping: Grouping,
): Promise<{ rows: Counts[]; source: 'rollup' | 'raw' }> {
  // While a rebuild is pending the stored cells may place responses by an old time zone or kind.
  if (await rebuildStatus(db, orgId))
    return { rows: await rawCounts(db, orgId, constraints, range, grouping), source: 'raw' };
  const plan = rollupPlan(constraints, grouping);
  if (plan) {
    // Moving a customer between segments can leave a day's row at zero: it is no group.
    const { rows } = await db.execute<Counts>(sql`
      select ${plan.group} as "group", ${SUMS}
        from metric_daily
       where org_id = ${orgId} and dim = any(${keysArray(plan.dims)}) ${sql.join(plan.where, sql` `)} ${dayRange(range)}
       group by 1 having sum(responses) > 0 order by 1`);
    return { rows, source: 'rollup' };
  }
  const cube = cubeQuery(constraints, grouping);
  if (cube) {
    // Segment cube cells can be zero after customers moved: no group.
    const { rows } = await db.execute<Counts>(sql`
      select ${cube.group} as "group", ${SUMS}
        from ${sql.identifier(cube.table === 'cube' ? 'metric_cube' : 'segment_cube')}
       where org_id = ${orgId} and grain = ${cube.grain} ${sql.join(cube.where, sql` `)} ${dayRange(range)}
       group by 1 having sum(responses) > 0 order by 1`);
    return { rows, source: 'rollup' };
  }
  return { rows: await rawCounts(db, orgId, constraints, range, grouping), source: 'raw' };
}

/** The same counts straight from the responses: the fallback for a combination no rollup holds, and the tests' check of the rollups. */
export async function rawCounts(
  db: Db,
  orgId: string,
  constraints: Constraint[],
  range: Range,
  grouping: Grouping,
): Promise<Counts[]> {
  const day = sql`(r.submitted_at at time zone o.time_zone)::date`;
  // The local dates as instants in the organisation's zone (scalar subqueries: plain values to the planner), so the range reads the (org_id, submitted_at) index.
  const instant = (date: string) =>
    sql`(select (${date}::date)::timestamp at time zone time_zone from orgs where id = ${orgId})`;
  const group =
    grouping.kind === 'dim'
      ? RAW_KEY[grouping.dim]
      : grouping.kind === 'period'
        ? periodOf(day, grouping.interval)
        : sql`null::text`;
  const keyFilters = constraints.map((c) => sql`and ${RAW_KEY[c.dim]} = any(${keysArray(c.keys)})`);
  const bySegment =
    (grouping.kind === 'dim' && grouping.dim === 'segment') || constraints.some((c) => c.dim === 'segment');
  const segmentJoin = bySegment
    ? sql`left join customer_segments cs on cs.org_id = r.org_id and cs.customer_id = r.customer_id`
    : sql``;
  const { rows } = await db.execute<Counts>(sql`
    select ${group} as "group", count(*)::int as responses, count(r.nps)::int as n, (count(*) filter (where ${sql.raw(bandSql.promoter('r.nps'))}))::int as promoters, (count(*) filter (where ${sql.raw(bandSql.detractor('r.nps'))}))::int as detractors,
           count(r.csat)::int as "csatN", coalesce(sum(r.csat), 0)::int as "csatSum", (count(*) filter (where ${sql.raw(bandSql.csatTop('r.csat'))}))::int as "csatTop",
           count(r.ces)::int as "cesN", coalesce(sum(r.ces), 0)::int as "cesSum", (count(*) filter (where ${sql.raw(bandSql.cesTop('r.ces'))}))::int as "cesTop"
      from responses r join orgs o on o.id = r.org_id left join touchpoints t on t.org_id = r.org_id and t.id = r.touchpoint_id ${segmentJoin}
     where r.org_id = ${orgId} and (r.status = 'complete' or r.updated_at < now() - interval '30 minutes') ${sql.join(keyFilters, sql` `)}
       ${range.from ? sql`and r.submitted_at >= ${instant(range.from)}` : sql``} ${range.to ? sql`and r.submitted_at < ${instant(range.to)}` : sql``}
     group by 1 order by 1`);
  return rows;
}

/** Names for breakdown keys that are ids. */
export async function labels(db: Db, orgId: string, dim: Dim, keys: string[]): Promise<Map<string, string>> {
  const table = { location: 'locations', touchpoint: 'touchpoints', staff: 'staff', survey: 'surveys' }[dim as string];
  if (!table || keys.length === 0) return new Map();
  const { rows } = await db.execute<{ id: string; name: string }>(
    sql`select id::text, name from ${sql.identifier(table)} where org_id = ${orgId} and id::text = any(${keysArray(keys)})`,
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Invitations sent in the period and how many were answered. */
export async function responseRate(db: Db, orgId: string, range: Range, surveyId: string | undefined) {
  const { rows } = await db.execute<{ invited: number; answered: number }>(sql`
    select (count(*) filter (where i.status in ('sent', 'opened', 'answered')))::int as invited, (count(*) filter (where i.status = 'answered'))::int as answered
      from invitations i join orgs o on o.id = i.org_id
     where i.org_id = ${orgId}
       and (${surveyId ?? null}::uuid is null and ${sql.raw(countsForLoyalty('i.survey_id'))} or i.survey_id = ${surveyId ?? null}::uuid)
       and (${range.from}::date is null or (i.created_at at time zone o.time_zone)::date >= ${range.from}::date)
       and (${range.to}::date is null or (i.created_at at time zone o.time_zone)::date < ${range.to}::date)`);
  return rows[0] ?? { invited: 0, answered: 0 };
}

export async function touchpointInfo(
  db: Db,
  orgId: string,
  ids: string[],
): Promise<Map<string, { name: string; kind: string }>> {
  if (ids.length === 0) return new Map();
  const { rows } = await db.execute<{ id: string; name: string; kind: string }>(
    sql`select id::text, name, kind::text from touchpoints where org_id = ${orgId} and id::text = any(${keysArray(ids)})`,
  );
  return new Map(rows.map((r) => [r.id, { name: r.name, kind: r.kind }]));
}

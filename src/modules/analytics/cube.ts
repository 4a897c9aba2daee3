import { sql, type SQL } from 'drizzle-orm';
import { addCounts, COUNTS, countAggregates, type RollupDim } from './rollup-columns.ts';
import { keysArray } from './sql-keys.ts';

/**
 * The cube's grains (cube.schema.ts): which dimensions each keeps. A query reads the smallest grain
 * holding all its dimensions. The ids grain leaves out channel and language, the attributes grain
 * the touchpoint and the staff member (the dimensions with most keys): each is far smaller than
 * the full grain, whose rows multiply all of them and, on varied data, come close to one per
 * response and day. The full grain answers only what mixes the two (e.g. staff + channel), where
 * a touchpoint or staff filter usually narrows the read.
 */
export const CUBE_GRAINS = [
  { grain: 1, dims: ['location', 'touchpoint', 'staff', 'survey', 'kind'] },
  { grain: 2, dims: ['location', 'survey', 'kind', 'channel', 'language'] },
  { grain: 3, dims: ['location', 'touchpoint', 'staff', 'survey', 'kind', 'channel', 'language'] },
] as const satisfies readonly { grain: number; dims: readonly RollupDim[] }[];

/** The cube's column for each dimension, and how it reads on the rollup sweeper's `facts` (rollup.ts). */
const COLUMNS: Record<RollupDim, { column: string; fact: string; type: 'uuid' | 'text' }> = {
  location: { column: 'location', fact: 'location_id', type: 'uuid' },
  touchpoint: { column: 'touchpoint', fact: 'touchpoint_id', type: 'uuid' },
  staff: { column: 'staff', fact: 'staff_id', type: 'uuid' },
  survey: { column: 'survey', fact: 'survey_id', type: 'uuid' },
  channel: { column: 'channel', fact: 'channel::text', type: 'text' },
  language: { column: 'language', fact: 'language', type: 'text' },
  kind: { column: 'kind', fact: 'kind', type: 'text' },
};
const DIMS = Object.keys(COLUMNS) as RollupDim[];

/** The smallest grain holding every one of `dims`. */
export const grainFor = (dims: Iterable<string>): number | null => {
  const wanted = [...dims];
  return CUBE_GRAINS.find((g) => wanted.every((d) => (g.dims as readonly string[]).includes(d)))?.grain ?? null;
};

const KEY = ['org_id', 'grain', 'day', ...DIMS.map((d) => COLUMNS[d].column)];

/**
 * The rollup sweeper's upsert into the cube, a CTE over its `facts` (one row per response, with
 * `day` and `kind`): each response adds to one row of each grain (sign -1: subtracts, for
 * retractions). In key order, like metric_daily's, so concurrent sweepers cannot deadlock;
 * additive, so the sweeper's exactly-once marking holds.
 */
export const cubeUpsert = (sign: 1 | -1) => `insert into metric_cube (${KEY.join(', ')}, ${COUNTS.join(', ')})
    select ${KEY.join(', ')}, ${countAggregates(sign)}
      from (${CUBE_GRAINS.map(
        (g) =>
          `select org_id, ${g.grain}::smallint as grain, day, ${DIMS.map((d) => `${(g.dims as readonly string[]).includes(d) ? COLUMNS[d].fact : `null::${COLUMNS[d].type}`} as ${COLUMNS[d].column}`).join(', ')}, nps, csat, ces from facts`,
      ).join('\n            union all ')}) cells
     group by ${KEY.join(', ')} order by ${KEY.join(', ')}
    on conflict on constraint metric_cube_key do update set ${addCounts('metric_cube')}
    returning 1`;

export type CubeConstraint = { dim: RollupDim; keys: string[] };
export type CubeGrouping =
  { kind: 'none' } | { kind: 'period'; interval: 'day' | 'week' | 'month' } | { kind: 'dim'; dim: RollupDim };

/** How a query reads the cube: its grain, the key filters and what to group by (`day` for periods). */
export function cubePlan(
  constraints: CubeConstraint[],
  grouping: CubeGrouping,
  period: (day: SQL) => SQL,
): { grain: number; where: SQL[]; group: SQL } | null {
  const dims = new Set<string>(constraints.map((c) => c.dim));
  if (grouping.kind === 'dim') dims.add(grouping.dim);
  const grain = grainFor(dims);
  if (grain === null) return null;
  return {
    grain,
    where: constraints.map(
      (c) => sql`and ${sql.identifier(COLUMNS[c.dim].column)} = any(${keysArray(c.keys, COLUMNS[c.dim].type)})`,
    ),
    group: grouping.kind === 'dim' ? sql`${sql.identifier(COLUMNS[grouping.dim].column)}::text` : period(sql`day`),
  };
}

export type SegmentCubeConstraint = { dim: RollupDim | 'segment'; keys: string[] };

/**
 * How a query involving the segment reads the segment cube: the grain holding its other dimensions.
 * Its keys are text with '' for none (no group), and a cell can be zero after customers move.
 */
export function segmentCubePlan(
  constraints: SegmentCubeConstraint[],
  grouping:
    | { kind: 'none' }
    | { kind: 'period'; interval: 'day' | 'week' | 'month' }
    | { kind: 'dim'; dim: RollupDim | 'segment' },
  period: (day: SQL) => SQL,
): { grain: number; where: SQL[]; group: SQL } | null {
  const dims = new Set<string>(constraints.map((c) => c.dim));
  if (grouping.kind === 'dim') dims.add(grouping.dim);
  dims.delete('segment');
  const grain = grainFor(dims);
  if (grain === null) return null;
  const column = (d: RollupDim | 'segment') => sql.identifier(d === 'segment' ? 'segment' : COLUMNS[d].column);
  return {
    grain,
    where: constraints.map((c) => sql`and ${column(c.dim)} = any(${keysArray(c.keys)})`),
    group: grouping.kind === 'dim' ? sql`nullif(${column(grouping.dim)}, '')` : period(sql`day`),
  };
}

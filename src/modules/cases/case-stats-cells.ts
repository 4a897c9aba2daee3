import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import {
  casesWhere,
  rootCausesOf,
  type FigureCounts,
  type Group,
  type RootCauseRow,
  type StatsQuery,
} from './case-stats-raw.ts';
import type { CaseScope } from './cases.repo.ts';

/**
 * How many cases' times the medians are taken over: every case's up to `exact` times in the period,
 * a fixed one-in-sixteen sample's up to `sixteenth`, else one in sixty-four (each sample has its own
 * index, migration 0027), so a median sorts at most about 5,000 times.
 */
export const MEDIAN_SAMPLES = { exact: 5_000, sixteenth: 80_000 };
const sampleOf = (times: number, limits: typeof MEDIAN_SAMPLES) =>
  times <= limits.exact
    ? null
    : times <= limits.sixteenth
      ? sql`and (hashtext(cases.id::text) & 15) = 0`
      : sql`and (hashtext(cases.id::text) & 63) = 0`;

/** The period as local days of the organisation when both ends are its midnights (the dashboard's periods), else null. */
export async function localDays(
  db: Db,
  orgId: string,
  q: StatsQuery,
): Promise<{ from: string | null; to: string | null } | null> {
  const end = (v: string | undefined) => sql`(${v ?? null}::timestamptz at time zone time_zone)`;
  const { rows } = await db.execute<{ from: string | null; to: string | null; whole: boolean }>(sql`
    select ${end(q.from)}::date::text as from, ${end(q.to)}::date::text as to,
           coalesce(${end(q.from)}::time = '00:00', true) and coalesce(${end(q.to)}::time = '00:00', true) as whole
      from orgs where id = ${orgId}`);
  const r = rows[0];
  return r?.whole ? { from: r.from, to: r.to } : null;
}

type CellRow = Omit<FigureCounts, 'overdue' | 'medianHoursToFirstAction' | 'medianHoursToResolution'> & {
  location: string;
  owner: string;
  acted: number;
  resolvedTimes: number;
};

/**
 * The case figures of whole local days for an organisation-wide or a manager's scope: counts from
 * case_cells, what is overdue now from case_due_cells and the cases due today, medians from the
 * cases' times indexes (MEDIAN_SAMPLES), root causes from case_cause_cells plus, for a manager, the
 * cases they own at other locations.
 */
export async function cellCaseCounts(
  db: Db,
  orgId: string,
  scope: Exclude<CaseScope, { selfId: string }>,
  q: StatsQuery,
  days: { from: string | null; to: string | null },
  limits = MEDIAN_SAMPLES,
) {
  const totalOnly = q.parts === 'total';
  const locs = 'locationIds' in scope ? `{${scope.locationIds.join(',')}}` : null;
  const self = 'locationIds' in scope ? scope.selfId : null;
  const cellWhere = (t: string, withOwner: boolean) => sql`${sql.raw(t)}.org_id = ${orgId}
      and (${days.from}::date is null or ${sql.raw(t)}.day >= ${days.from}::date) and (${days.to}::date is null or ${sql.raw(t)}.day < ${days.to}::date)
      and (${q.locationId ?? null}::text is null or ${sql.raw(t)}.location = ${q.locationId ?? null}::text)
      and (${locs}::text[] is null or ${sql.raw(t)}.location = any(${locs}::text[]) ${withOwner ? sql`or ${sql.raw(t)}.owner = ${self}::text` : sql``})`;
  const cells = (
    await db.execute<CellRow>(sql`
      select location, owner, sum(opened)::int as opened, sum(open)::int as open, sum(closed)::int as closed, sum(closed_in_time)::int as "closedInTime",
             sum(acted)::int as acted, sum(resolved_times)::int as "resolvedTimes", sum(with_follow_up)::int as "withFollowUp", sum(recovered)::int as recovered
        from case_cells cc where ${cellWhere('cc', true)} group by 1, 2 having sum(opened) > 0`)
  ).rows;
  const where = casesWhere(orgId, scope, q);
  // Overdue now: open cases due before today (their cells), and those due today whose time has passed.
  const today = sql`(select (now() at time zone time_zone)::date from orgs where id = ${orgId})`;
  const overdue = (
    await db.execute<{ location: string; owner: string; n: number }>(sql`
      select location, owner, sum(n)::int as n from (
        select dc.location, dc.owner, dc.open as n from case_due_cells dc where ${cellWhere('dc', true)} and dc.due_day < ${today}
        union all
        select coalesce(cases.location_id::text, ''), coalesce(cases.owner_id::text, ''), 1 from cases
         where ${where} and cases.status in ('new', 'in_progress', 'waiting') and cases.due_at >= (${today})::timestamp at time zone (select time_zone from orgs where id = ${orgId}) and cases.due_at <= now()
      ) x group by 1, 2`)
  ).rows;
  const sample = sampleOf(Math.max(sum(cells, 'acted'), sum(cells, 'resolvedTimes')), limits);
  const sampled = sample !== null;
  const medians = (
    await db.execute<{ location: string; owner: string; g: number; fa: number | null; res: number | null }>(sql`
      select ${totalOnly ? sql`'' as location, '' as owner, 3 as g` : sql`coalesce(cases.location_id::text, '') as location, coalesce(cases.owner_id::text, '') as owner, grouping(cases.location_id, cases.owner_id)::int as g`},
             (percentile_cont(0.5) within group (order by date_part('epoch', cases.first_action_at - cases.opened_at)) / 3600)::float as fa,
             (percentile_cont(0.5) within group (order by date_part('epoch', cases.resolved_at - cases.opened_at)) / 3600)::float as res
        from cases where ${where} ${sample ?? sql``}
       ${totalOnly ? sql`` : sql`group by grouping sets ((), (cases.location_id), (cases.owner_id))`}`)
  ).rows;
  if (totalOnly)
    return {
      total: figures(cells, sum(overdue, 'n'), medians[0]),
      byLocation: [],
      byOwner: [],
      rootCauses: [],
      mediansSampled: sampled,
    };
  const labels = new Map(
    (
      await db.execute<{ id: string; name: string }>(sql`
        select id::text, name from locations where org_id = ${orgId} union all select id::text, name from staff where org_id = ${orgId}`)
    ).rows.map((r) => [r.id, r.name]),
  );
  const rootCauses = await causes(
    db,
    cellWhere('cc', false),
    self && locs
      ? sql`${where} and cases.owner_id = ${self} and (cases.location_id is null or not cases.location_id = any(${locs}::uuid[]))`
      : null,
  );

  const groups = (dim: 'location' | 'owner', g: number): Group[] =>
    [...new Set(cells.map((c) => c[dim]))]
      .map((key) => ({
        key: key || null,
        label: labels.get(key) ?? null,
        ...figures(
          cells.filter((c) => c[dim] === key),
          sum(
            overdue.filter((o) => o[dim] === key),
            'n',
          ),
          medians.find((m) => m.g === g && m[dim] === key),
        ),
      }))
      .sort((a, b) => b.opened - a.opened);
  return {
    total: figures(
      cells,
      sum(overdue, 'n'),
      medians.find((m) => m.g === 3),
    ),
    byLocation: groups('location', 1),
    byOwner: groups('owner', 2),
    rootCauses,
    mediansSampled: sampled,
  };
}

const sum = <K extends string>(rows: Record<K, number>[], k: K) => rows.reduce((n, r) => n + r[k], 0);

/** The figures of some cells, with the overdue count and the medians of the same cases. */
const figures = (
  rows: CellRow[],
  overdue: number,
  m: { fa: number | null; res: number | null } | undefined,
): FigureCounts => ({
  opened: sum(rows, 'opened'),
  open: sum(rows, 'open'),
  overdue,
  closed: sum(rows, 'closed'),
  closedInTime: sum(rows, 'closedInTime'),
  withFollowUp: sum(rows, 'withFollowUp'),
  recovered: sum(rows, 'recovered'),
  medianHoursToFirstAction: m?.fa ?? null,
  medianHoursToResolution: m?.res ?? null,
});

/** Root causes by cause and location from their cells, plus (a manager) the raw rows of the cases `extra` selects. */
async function causes(db: Db, cellWhere: SQL, extra: SQL | null): Promise<RootCauseRow[]> {
  const { rows } = await db.execute<RootCauseRow>(sql`
    select key, name, kind, "locationId", sum(n)::int as n from (
      select rc.id as key, rc.name as name, rc.kind as kind, nullif(cc.location, '')::uuid as "locationId", cc.n
        from case_cause_cells cc join root_causes rc on rc.id = cc.root_cause
       where ${cellWhere}
      ${extra ? sql`union all select * from (${rootCausesOf(extra)}) own` : sql``}
    ) x group by 1, 2, 3, 4 having sum(n) > 0 order by n desc`);
  return rows;
}

import { bandSql } from '../../shared/metrics.ts';
import { markSweep } from '../../platform/jobs/marks.ts';
import { COUNTS } from './rollup-columns.ts';
import { CUBE_GRAINS } from './cube.ts';
import { countsForLoyalty } from '../surveys/index.ts';

/**
 * Dimensions kept paired with the segment, like the pairs in rollup.ts: all of them (a manager's
 * locations, the touchpoint map and staff rankings under a segment filter, the segment by channel or
 * language). One dim per segment (`<d>+segment:<segment>`, key the other key), so a segment filter
 * reads only its own segment's rows. Anything more reads the segment cube.
 */
export const WITH_SEGMENT = ['location', 'touchpoint', 'staff', 'survey', 'kind', 'channel', 'language'] as const;
export const segmentPairDim = (d: (typeof WITH_SEGMENT)[number], segment: string) => `${d}+segment:${segment}`;

const list = (prefix = '') => COUNTS.map((c) => `${prefix}${c}`).join(', ');
const signedSums = COUNTS.map((c) => `sum(sign * ${c})::int as ${c}`).join(', ');
/** Each customer row's dimensions (customer_segment_counts), also the segment cube's columns. */
const CELL = ['location', 'touchpoint', 'staff', 'survey', 'channel', 'language', 'kind'] as const;
const CUBE_KEY = ['org_id', 'grain', 'segment', 'day', ...CELL].join(', ');
/** The signed rows at each cube grain: the dimensions a grain leaves out are ''. */
const cubeCells = CUBE_GRAINS.map(
  (g) =>
    `select org_id, ${g.grain}::smallint as grain, segment, day, ${CELL.map((d) => ((g.dims as readonly string[]).includes(d) ? d : `'' as ${d}`)).join(', ')}, sign, ${list()} from signed`,
).join('\n    union all\n    ');

/**
 * Segment rollups (metric_daily dims `segment` and its pairs) for a batch of marked customers
 * (taken as in marks.ts, $1 / $2 their organisations and ids), in one statement: it recomputes each
 * customer's rows (segment-rollup.schema.ts) from their counted responses (rolled_up_at set: the
 * same responses as the other rollups) under their current segment, and adds (fresh − stored) to
 * metric_daily and to the segment cube (segment_cube, at cube.ts's grains). Recomputing is idempotent (a customer whose rows did not change adds zero), so
 * nothing is counted twice. metric_daily rows of these dims are written only here, so no other
 * rollup competes for them. The same marks keep each customer's latest counted NPS answer
 * (customer_latest_nps, read by the RFM table), rewritten from their responses like the rest.
 */
export const ROLL_UP = `
  with gone as (
    select * from unnest($1::uuid[], $2::uuid[]) as g(org_id, customer_id)
  ), fresh as (
    select g.org_id, g.customer_id, (r.submitted_at at time zone o.time_zone)::date as day, coalesce(r.location_id::text, '') as location,
           coalesce(r.touchpoint_id::text, '') as touchpoint, coalesce(r.staff_id::text, '') as staff, r.survey_id::text as survey, r.channel::text as channel,
           r.language, coalesce(t.kind::text, '') as kind, coalesce(cs.segment, 'no_purchases') as segment,
           count(*)::int as responses, count(r.nps)::int as nps_n, (count(*) filter (where ${bandSql.promoter('r.nps')}))::int as nps_promoters, (count(*) filter (where ${bandSql.detractor('r.nps')}))::int as nps_detractors,
           count(r.csat)::int as csat_n, coalesce(sum(r.csat), 0)::int as csat_sum, (count(*) filter (where ${bandSql.csatTop('r.csat')}))::int as csat_top,
           count(r.ces)::int as ces_n, coalesce(sum(r.ces), 0)::int as ces_sum, (count(*) filter (where ${bandSql.cesTop('r.ces')}))::int as ces_top
      from gone g join orgs o on o.id = g.org_id
      -- lateral, kept apart by offset 0: one index lookup per customer (a join may hash the whole table)
      cross join lateral (select * from responses r where r.org_id = g.org_id and r.customer_id = g.customer_id and r.rolled_up_at is not null and ${countsForLoyalty('r.survey_id')} offset 0) r
      left join touchpoints t on t.id = r.touchpoint_id
      left join customer_segments cs on cs.org_id = g.org_id and cs.customer_id = g.customer_id
     group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11
  ), stale as (
    select c.org_id, c.customer_id, c.day, ${CELL.map((d) => `c.${d}`).join(', ')}, c.segment, ${list('c.')}
      from customer_segment_counts c join gone g on c.org_id = g.org_id and c.customer_id = g.customer_id
  ), signed as (
    select fresh.*, 1 as sign from fresh union all select stale.*, -1 from stale
  ), dims as (
    select org_id, 'segment' as dim, segment as key, day, sign, ${list()} from signed
    union all
    ${WITH_SEGMENT.map((d) => `select org_id, '${segmentPairDim(d, '')}' || segment, ${d}, day, sign, ${list()} from signed where ${d} <> ''`).join('\n    union all\n    ')}
  ), delta as (
    select org_id, dim, key, day, ${signedSums} from dims group by 1, 2, 3, 4
  ), added as (
    insert into metric_daily (org_id, dim, key, day, ${list()})
    select org_id, dim, key, day, ${list()} from delta where ${COUNTS.map((c) => `${c} <> 0`).join(' or ')} order by 1, 2, 3, 4
    on conflict (org_id, dim, key, day) do update set ${COUNTS.map((c) => `${c} = metric_daily.${c} + excluded.${c}`).join(', ')}
    returning 1
  ), cube_cells as (
    ${cubeCells}
  ), cube_delta as (
    select ${CUBE_KEY}, ${signedSums} from cube_cells group by ${CUBE_KEY}
  ), cube_added as (
    insert into segment_cube (${CUBE_KEY}, ${list()})
    select ${CUBE_KEY}, ${list()} from cube_delta where ${COUNTS.map((c) => `${c} <> 0`).join(' or ')} order by ${CUBE_KEY}
    on conflict (${CUBE_KEY}) do update set ${COUNTS.map((c) => `${c} = segment_cube.${c} + excluded.${c}`).join(', ')}
    returning 1
  ), saved as (
    insert into customer_segment_counts (org_id, customer_id, day, ${CELL.join(', ')}, segment, ${list()})
    select org_id, customer_id, day, ${CELL.join(', ')}, segment, ${list()} from fresh order by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
    on conflict (org_id, customer_id, day, ${CELL.join(', ')}) do update set segment = excluded.segment, ${COUNTS.map((c) => `${c} = excluded.${c}`).join(', ')}
    returning 1
  ), dropped as (
    delete from customer_segment_counts c using stale s
     where c.org_id = s.org_id and c.customer_id = s.customer_id and c.day = s.day and ${CELL.map((d) => `c.${d} = s.${d}`).join(' and ')}
       and not exists (select 1 from fresh f where f.org_id = s.org_id and f.customer_id = s.customer_id and f.day = s.day and ${CELL.map((d) => `f.${d} = s.${d}`).join(' and ')})
    returning 1
  ), latest as (
    select g.org_id, g.customer_id, l.nps, l.submitted_at
      from gone g cross join lateral (
        select r.nps, r.submitted_at from responses r
         where r.org_id = g.org_id and r.customer_id = g.customer_id and r.rolled_up_at is not null and r.nps is not null
         order by r.submitted_at desc, r.id desc limit 1) l
  ), latest_kept as (
    insert into customer_latest_nps (org_id, customer_id, nps, submitted_at)
    select org_id, customer_id, nps, submitted_at from latest order by 1, 2
    on conflict (org_id, customer_id) do update set nps = excluded.nps, submitted_at = excluded.submitted_at
     where (customer_latest_nps.nps, customer_latest_nps.submitted_at) is distinct from (excluded.nps, excluded.submitted_at)
    returning 1
  ), latest_dropped as (
    delete from customer_latest_nps c using gone g
     where c.org_id = g.org_id and c.customer_id = g.customer_id and not exists (select 1 from latest l where l.org_id = g.org_id and l.customer_id = g.customer_id)
    returning 1
  )
  select (select count(*) from gone)::int as customers`;

const sweep = markSweep('segment_counts_dirty', ROLL_UP, { intervalMs: 500 });

/** Drains every mark (tests, benches). */
export const drainSegmentCounts = sweep.drain;

/**
 * Every `intervalMs` (0.5 s by default): it follows the metric rollup (every second), so a new
 * answer shows under its segment within about 1.5 s; an idle pass is one empty index lookup.
 */
export const startSegmentRollups = sweep.start;

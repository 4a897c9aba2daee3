/**
 * Dashboard API latency at scale: seeds (bench/seed.ts) 1,000,000 responses and 3,000,000
 * interactions for one organisation on a throwaway embedded PostgreSQL (or reuses --dir), starts the
 * real app with the rollup sweeper on a real HTTP port, and measures p50/p95 of every dashboard call
 * over --calls sequential requests each. Then posts a response and polls the summary until it is
 * counted: the "visible within 2 s" check.
 *
 *   npm run bench:analytics [-- --calls 50 --dir /tmp/zabota-bench --10m --direct]
 *
 * --direct asks for a rebuild of the organisation's cells that nothing runs, so every figure is
 * computed from the rows, as during a rebuild: the cost of reading without the derived tables.
 */
import { parseArgs } from 'node:util';
import { drainDrivers } from '../src/modules/analytics/drivers-rollup.ts';
import { startRollups } from '../src/modules/analytics/rollup.ts';
import { drainSegmentCounts } from '../src/modules/analytics/segment-rollup.ts';
import { drainPurchases, startPurchaseRollups } from '../src/modules/retention/purchases-rollup.ts';
import { drainSegments } from '../src/modules/retention/segments.ts';
import { drainRfm } from '../src/modules/retention/rfm-rollup.ts';
import { buildApp } from '../src/server/app.ts';
import { findBenchOrg, log, NO_JOBS, openBenchDatabase, seed } from './seed.ts';

const { values: args } = parseArgs({
  options: {
    calls: { type: 'string', default: '50' },
    dir: { type: 'string' },
    'database-url': { type: 'string' },
    responses: { type: 'string', default: '1000000' },
    interactions: { type: 'string', default: '3000000' },
    '10m': { type: 'boolean', default: false },
    only: { type: 'string' },
    direct: { type: 'boolean', default: false },
  },
});
const CALLS = Number(args.calls);

const { database, cleanup } = await openBenchDatabase({ dir: args.dir, databaseUrl: args['database-url'] });
try {
  const org =
    (await findBenchOrg(database.pool)) ??
    (await seed(database, {
      responses: args['10m'] ? 10_000_000 : Number(args.responses),
      interactions: Number(args.interactions),
    }));
  const counts = await database.pool.query<{ r: number; i: number }>(
    `select (select count(*) from responses where org_id = $1)::int as r, (select count(*) from interactions where org_id = $1)::int as i`,
    [org.orgId],
  );
  log(
    `${counts.rows[0]!.r.toLocaleString('en-US')} responses, ${counts.rows[0]!.i.toLocaleString('en-US')} interactions`,
  );
  // A database seeded before the purchase rollup existed: the migration marked every buyer; drain that backlog first.
  const backlog = (await database.pool.query<{ n: number }>('select count(*)::int as n from customer_purchases_dirty'))
    .rows[0]!.n;
  if (backlog) {
    const d0 = performance.now();
    await drainPurchases(database.pool);
    await database.pool.query('vacuum analyze customer_purchases');
    log(
      `purchase rollup backlog of ${backlog.toLocaleString('en-US')} customers drained in ${((performance.now() - d0) / 1000).toFixed(1)} s`,
    );
  }
  // A database seeded before the driver rollup existed: migration 0009 marked every customer with answers; drain that backlog (as the rollup sweeper would) first.
  const driverBacklog = (await database.pool.query<{ n: number }>('select count(*)::int as n from driver_dirty'))
    .rows[0]!.n;
  if (driverBacklog) {
    const d0 = performance.now();
    await drainDrivers(database.pool);
    await database.pool.query('vacuum analyze driver_pairs, driver_case_vars');
    log(
      `driver rollup backlog of ${driverBacklog.toLocaleString('en-US')} customers drained in ${((performance.now() - d0) / 1000).toFixed(1)} s`,
    );
  }
  // Organisations whose segments are due (a database seeded before the segments existed, or a purchase since): the RFM table reads them.
  const segmentsDue = (await database.pool.query<{ n: number }>('select count(*)::int as n from customer_segments_due'))
    .rows[0]!.n;
  if (segmentsDue) {
    const d0 = performance.now();
    await drainSegments(database.pool);
    await database.pool.query('vacuum analyze customer_segments');
    log(`segments of ${segmentsDue} organisation(s) recomputed in ${((performance.now() - d0) / 1000).toFixed(1)} s`);
  }
  // Segment counts and the segment cube (customers marked by a migration, by responses counted, or by segments that changed above), as the segment rollup sweeper would.
  const segmentCountsBacklog = (
    await database.pool.query<{ n: number }>('select count(*)::int as n from segment_counts_dirty')
  ).rows[0]!.n;
  if (segmentCountsBacklog) {
    const d0 = performance.now();
    await drainSegmentCounts(database.pool);
    await database.pool.query('vacuum analyze customer_segment_counts, segment_cube, metric_daily');
    log(
      `segment counts of ${segmentCountsBacklog.toLocaleString('en-US')} marked customers swept in ${((performance.now() - d0) / 1000).toFixed(1)} s`,
    );
  }
  await database.pool.query('vacuum analyze metric_cube, case_cells, case_cause_cells');
  const cube = await database.pool.query<{ grain: number | null; n: number }>(
    `select grain, count(*)::int as n from metric_cube where org_id = $1 group by rollup (grain) order by grain nulls last`,
    [org.orgId],
  );
  log(
    `metric_cube rows by grain: ${cube.rows.map((r) => `${r.grain ?? 'all'} ${r.n.toLocaleString('en-US')}`).join(', ')}; segment_cube: ${(await database.pool.query<{ n: number }>('select count(*)::int as n from segment_cube where org_id = $1', [org.orgId])).rows[0]!.n.toLocaleString('en-US')}`,
  );
  // The RFM cells' marks (segments changed above, or purchases and answers swept since the last run), as the RFM sweeper would.
  const rfmBacklog = (await database.pool.query<{ n: number }>('select count(*)::int as n from rfm_dirty')).rows[0]!.n;
  if (rfmBacklog) {
    const d0 = performance.now();
    await drainRfm(database.pool);
    log(
      `RFM cells of ${rfmBacklog.toLocaleString('en-US')} marked customers swept in ${((performance.now() - d0) / 1000).toFixed(1)} s`,
    );
  }
  if (args.direct)
    await database.pool.query(
      `insert into analytics_rebuilds (org_id, reason) values ($1, 'bench --direct') on conflict (org_id) do nothing`,
      [org.orgId],
    );
  const app = await buildApp({
    db: database.db,
    pool: database.pool,
    config: { publicUrl: undefined, logLevel: 'silent' },
    jobs: NO_JOBS,
  });
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  const rollups = startRollups(database.pool); // as in the server: every second
  const purchaseRollups = startPurchaseRollups(database.pool);
  const headers = { authorization: `Bearer ${org.apiKey}`, 'content-type': 'application/json' };
  const get = async (url: string) => {
    const res = await fetch(`${base}${url}`, { headers });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`${url}: ${res.status} ${body.slice(0, 300)}`);
    return JSON.parse(body) as Record<string, unknown>;
  };
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const q90 = `from=${day(-90)}&to=${day(1)}`;
  // The case figures take instants: the dashboard sends the organisation's local midnights.
  const midnight = async (days: number) =>
    (
      await database.pool.query<{ at: Date }>(
        `select ((now() at time zone time_zone)::date + $2::int)::timestamp at time zone time_zone as at from orgs where id = $1`,
        [org.orgId, days],
      )
    ).rows[0]!.at.toISOString();
  const cases90 = new URLSearchParams({ from: await midnight(-89), to: await midnight(1) }).toString();
  const [loc, tp, st] = [org.locations[0], org.touchpoints[0], org.staff[0]];
  const calls: [string, string][] = [
    ['summary (all time)', '/api/v1/metrics/summary'],
    ['summary (90 days, with previous)', `/api/v1/metrics/summary?${q90}`],
    ['summary (90 days, location)', `/api/v1/metrics/summary?${q90}&locationId=${loc}`],
    ['summary (90 days, touchpoint)', `/api/v1/metrics/summary?${q90}&touchpointId=${tp}`],
    ['summary (90 days, staff)', `/api/v1/metrics/summary?${q90}&staffId=${st}`],
    [
      'summary (location + touchpoint: paired rollup)',
      `/api/v1/metrics/summary?${q90}&locationId=${loc}&touchpointId=${tp}`,
    ],
    ['summary (touchpoint + staff: paired rollup)', `/api/v1/metrics/summary?${q90}&touchpointId=${tp}&staffId=${st}`],
    [
      'summary (staff + survey: paired rollup)',
      `/api/v1/metrics/summary?${q90}&staffId=${st}&surveyId=${org.surveyId}`,
    ],
    [
      'breakdown by staff, one touchpoint (paired)',
      `/api/v1/metrics/breakdown?metric=nps&by=staff&${q90}&touchpointId=${tp}`,
    ],
    [
      'summary (location + touchpoint + staff: cube)',
      `/api/v1/metrics/summary?${q90}&locationId=${loc}&touchpointId=${tp}&staffId=${st}`,
    ],
    [
      'timeseries by week (location + touchpoint + staff: cube)',
      `/api/v1/metrics/timeseries?metric=nps&interval=week&${q90}&locationId=${loc}&touchpointId=${tp}&staffId=${st}`,
    ],
    [
      'summary (kind + channel + language: cube)',
      `/api/v1/metrics/summary?${q90}&kind=service&channel=api&language=en`,
    ],
    [
      'breakdown by staff, location + survey (cube)',
      `/api/v1/metrics/breakdown?metric=nps&by=staff&${q90}&locationId=${loc}&surveyId=${org.surveyId}`,
    ],
    [
      'breakdown by staff, channel + language (cube, full grain)',
      `/api/v1/metrics/breakdown?metric=csat&by=staff&${q90}&channel=api&language=en`,
    ],
    [
      'breakdown by channel, touchpoint + language (cube, full)',
      `/api/v1/metrics/breakdown?metric=nps&by=channel&${q90}&touchpointId=${tp}&language=en`,
    ],
    ['summary (channel + location: paired rollup)', `/api/v1/metrics/summary?${q90}&channel=api&locationId=${loc}`],
    ['breakdown by staff, channel (paired)', `/api/v1/metrics/breakdown?metric=csat&by=staff&${q90}&channel=api`],
    [
      'breakdown by channel, segment (segment pair)',
      `/api/v1/metrics/breakdown?metric=nps&by=channel&${q90}&segment=champions`,
    ],
    [
      'breakdown by segment, location + channel (segment cube)',
      `/api/v1/metrics/breakdown?metric=nps&by=segment&${q90}&locationId=${loc}&channel=api`,
    ],
    [
      'breakdown by staff, segment + location (segment cube)',
      `/api/v1/metrics/breakdown?metric=nps&by=staff&${q90}&segment=champions&locationId=${loc}`,
    ],
    [
      'breakdown by channel, segment + language (segment cube)',
      `/api/v1/metrics/breakdown?metric=nps&by=channel&${q90}&segment=champions&language=en`,
    ],
    ['timeseries nps by day (90 days)', `/api/v1/metrics/timeseries?metric=nps&interval=day&${q90}`],
    ['timeseries nps by week (all)', '/api/v1/metrics/timeseries?metric=nps&interval=week'],
    ['timeseries csat by month (all)', '/api/v1/metrics/timeseries?metric=csat&interval=month'],
    ['timeseries nps by week, location', `/api/v1/metrics/timeseries?metric=nps&interval=week&locationId=${loc}`],
    ['breakdown by touchpoint', `/api/v1/metrics/breakdown?metric=nps&by=touchpoint&${q90}`],
    ['breakdown by location', `/api/v1/metrics/breakdown?metric=nps&by=location&${q90}`],
    ['breakdown by staff', `/api/v1/metrics/breakdown?metric=csat&by=staff&${q90}`],
    ['breakdown by kind', `/api/v1/metrics/breakdown?metric=nps&by=kind&${q90}`],
    ['staff view', `/api/v1/metrics/staff/${st}?${q90}`],
    ['drivers (90 days)', `/api/v1/metrics/drivers?${q90}`],
    ['drivers (all time)', '/api/v1/metrics/drivers'],
    ['retention summary (90 days)', `/api/v1/retention/summary?${q90}`],
    ['retention cohorts (12 months, by channel)', '/api/v1/retention/cohorts?groupBy=channel&months=12'],
    ['retention rfm', '/api/v1/retention/rfm'],
    ['retention experience (90 days after)', '/api/v1/retention/experience?days=90'],
    ['retention experience (dashboard: 90-day period)', `/api/v1/retention/experience?days=90&${q90}`],
    ['case tiles (90 days: analytics dashboard)', `/api/v1/case-stats?${cases90}&parts=total`],
    ['case tiles (90 days, location)', `/api/v1/case-stats?${cases90}&parts=total&locationId=${loc}`],
    ['case figures page (90 days: by location, owner, root cause)', `/api/v1/case-stats?${cases90}`],
  ];
  const results: { name: string; cold: number; p50: number; p95: number; max: number; calls: number }[] = [];
  const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;
  for (const [name, url] of calls) {
    if (args.only && !name.includes(args.only)) continue;
    const c0 = performance.now();
    await get(url); // the first call: cold caches (retention computes here, then serves from cache.ts for 5 minutes)
    const cold = performance.now() - c0;
    const n = CALLS;
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      await get(url);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    results.push({ name, cold, p50: pct(times, 50), p95: pct(times, 95), max: times.at(-1)!, calls: n });
    log(`  ${name}: first ${cold.toFixed(0)} ms, p95 ${pct(times, 95).toFixed(1)} ms`);
  }

  // Freshness: a new response through the API, then the summary polled until it counts it.
  const before = (await get('/api/v1/metrics/summary')).responses as number;
  const t0 = performance.now();
  const posted = await fetch(`${base}/api/v1/responses`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ surveyId: org.surveyId, answers: { nps: 10 }, locationId: loc }),
  });
  if (posted.status >= 300) throw new Error(`POST /responses: ${posted.status} ${await posted.text()}`);
  /** Polls the summary until `seen` holds of it: ms since `from`, or NaN after 10 s. */
  const until = async (from: number, seen: (summary: Record<string, unknown>) => boolean) => {
    for (;;) {
      if (seen(await get('/api/v1/metrics/summary'))) return performance.now() - from;
      if (performance.now() - from > 10_000) return NaN;
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const visibleMs = await until(t0, (s) => (s.responses as number) > before);
  // An edit of the counted response (its promoter answer becomes a detractor's, as a respondent's correction
  // would): triggers retract what it added, the same sweeper counts it anew.
  const { id: postedId } = (await posted.json()) as { id: string };
  const promoters = ((await get('/api/v1/metrics/summary')).nps as { promoters: number }).promoters;
  const t1 = performance.now();
  await database.pool.query(`update responses set nps = 0, answers = answers || '{"nps": 0}' where id = $1`, [
    postedId,
  ]);
  const editedMs = await until(t1, (s) => (s.nps as { promoters: number }).promoters < promoters);
  await rollups.stop();
  await purchaseRollups.stop();
  await app.close();
  if (args.direct) await database.pool.query('delete from analytics_rebuilds where org_id = $1', [org.orgId]);

  const table = [
    ['call', 'first ms', 'calls', 'p50 ms', 'p95 ms', 'max ms', 'p95 < 50 ms'],
    ...results.map((r) => [
      r.name,
      r.cold.toFixed(0),
      String(r.calls),
      r.p50.toFixed(1),
      r.p95.toFixed(1),
      r.max.toFixed(1),
      r.p95 < 50 ? 'yes' : 'NO',
    ]),
  ];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  for (const [i, r] of table.entries()) {
    console.log(r.map((c, k) => (k === 0 ? c.padEnd(widths[k]!) : c.padStart(widths[k]!))).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  const ms = (v: number) => (Number.isNaN(v) ? '> 10 s' : `${v.toFixed(0)} ms`);
  console.log(
    `\nA new response is counted by GET /metrics/summary after ${ms(visibleMs)}, an edit of it after ${ms(editedMs)} (rollup sweeper every second, as in the server; target < 2 s)`,
  );
} finally {
  await cleanup();
}

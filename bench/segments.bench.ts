/**
 * Customer-segment metrics at scale, on a cluster seeded by bench/seed.ts (--dir): drains the
 * backlogs the segment migrations leave (every organisation's segments, every customer's segment
 * counts), measures p50/p95 of the segment calls of the dashboard API (rollups) against the same
 * figures from the raw responses, checks that both agree, and times what one new purchase costs
 * (the organisation-wide segment recompute, then the moved customers' counts), and how soon a new
 * answer shows under its customer's segment with the sweepers running as in the server.
 *
 *   npm run bench:segments -- --dir /tmp/zabota-bench [--calls 30]
 */
import { parseArgs } from 'node:util';
import * as repo from '../src/modules/analytics/analytics.repo.ts';
import { startRollups } from '../src/modules/analytics/rollup.ts';
import { drainSegmentCounts, startSegmentRollups } from '../src/modules/analytics/segment-rollup.ts';
import { RESPONSE_CHANNELS as CHANNELS } from '../src/shared/domain.ts';
import { drainPurchases } from '../src/modules/retention/purchases-rollup.ts';
import { CUSTOMER_SEGMENTS } from '../src/modules/retention/retention.math.ts';
import { drainSegments } from '../src/modules/retention/segments.ts';
import { buildApp } from '../src/server/app.ts';
import { findBenchOrg, log, NO_JOBS, openBenchDatabase } from './seed.ts';

const { values: args } = parseArgs({
  options: { dir: { type: 'string' }, 'database-url': { type: 'string' }, calls: { type: 'string', default: '30' } },
});
const CALLS = Number(args.calls);
const { database, cleanup } = await openBenchDatabase({ dir: args.dir, databaseUrl: args['database-url'] });
const pool = database.pool;
const seconds = (t0: number) => ((performance.now() - t0) / 1000).toFixed(1);
try {
  const org = await findBenchOrg(pool);
  if (!org) throw new Error('No bench organisation: seed one first (npm run bench:seed -- --dir …)');
  await drainPurchases(pool);
  let t0 = performance.now();
  await drainSegments(pool);
  log(`segments of every customer with purchases: ${seconds(t0)} s`);
  const backlog = (await pool.query<{ n: number }>('select count(*)::int as n from segment_counts_dirty')).rows[0]!.n;
  t0 = performance.now();
  await drainSegmentCounts(pool);
  await pool.query('vacuum analyze customer_segment_counts, customer_segments, metric_daily');
  log(`segment counts of ${backlog.toLocaleString('en-US')} marked customers: ${seconds(t0)} s`);

  const app = await buildApp({
    db: database.db,
    pool,
    config: { publicUrl: undefined, logLevel: 'silent' },
    jobs: NO_JOBS,
  });
  const headers = { authorization: `Bearer ${org.apiKey}` };
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const q90 = `from=${day(-90)}&to=${day(1)}`;
  const loc = org.locations[0]!;
  const calls: [string, string][] = [
    ['summary, segment=champions (90 days, with previous)', `/api/v1/metrics/summary?${q90}&segment=champions`],
    ['summary, segment=at_risk (all time)', '/api/v1/metrics/summary?segment=at_risk'],
    ['summary, segment + location (90 days)', `/api/v1/metrics/summary?${q90}&segment=loyal&locationId=${loc}`],
    [
      'timeseries nps by week, segment (all time)',
      '/api/v1/metrics/timeseries?metric=nps&interval=week&segment=champions',
    ],
    ['breakdown by segment (90 days)', `/api/v1/metrics/breakdown?metric=nps&by=segment&${q90}`],
    ['breakdown by segment (all time)', '/api/v1/metrics/breakdown?metric=nps&by=segment'],
    [
      'breakdown by segment, location (90 days)',
      `/api/v1/metrics/breakdown?metric=nps&by=segment&${q90}&locationId=${loc}`,
    ],
    [
      'breakdown by touchpoint, segment (90 days)',
      `/api/v1/metrics/breakdown?metric=nps&by=touchpoint&${q90}&segment=champions`,
    ],
    ['breakdown by staff, segment (90 days)', `/api/v1/metrics/breakdown?metric=nps&by=staff&${q90}&segment=champions`],
    [
      'breakdown by segment + channel (segment pair)',
      `/api/v1/metrics/breakdown?metric=nps&by=segment&${q90}&channel=api`,
    ],
    [
      'breakdown by segment, channel + language (segment cube)',
      `/api/v1/metrics/breakdown?metric=nps&by=segment&${q90}&channel=api&language=en`,
    ],
    ['dashboard PDF (90 days)', `/api/v1/reports/dashboard.pdf?${q90}&lang=ru`],
  ];
  console.log(
    `\n${'call'.padEnd(52)} ${'source'.padEnd(7)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'CPU ms'.padStart(8)}`,
  );
  for (const [name, url] of calls) {
    const times: number[] = [];
    let source = '';
    const cpu0 = process.cpuUsage();
    for (let i = 0; i < CALLS; i++) {
      const s = performance.now();
      const res = await app.inject({ method: 'GET', url, headers });
      times.push(performance.now() - s);
      if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
      if (!url.includes('.pdf')) source = (res.json() as { source: string }).source;
    }
    const cpu = process.cpuUsage(cpu0);
    times.sort((a, b) => a - b);
    const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(1);
    console.log(
      `${name.padEnd(52)} ${(source || 'pdf').padEnd(7)} ${pct(0.5).padStart(8)} ${pct(0.95).padStart(8)} ${((cpu.user + cpu.system) / 1000 / CALLS).toFixed(1).padStart(8)}`,
    );
  }

  // The rollups against the raw responses (the fallback no API call reaches any more).
  const range = { from: day(-90), to: day(1) };
  t0 = performance.now();
  const raw = {
    rows: await repo.rawCounts(
      database.db,
      org.orgId,
      [
        { dim: 'segment', keys: [...CUSTOMER_SEGMENTS] },
        { dim: 'channel', keys: [...CHANNELS] },
      ],
      range,
      { kind: 'dim', dim: 'segment' },
    ),
    source: 'raw',
  };
  const rawMs = performance.now() - t0;
  const api = (
    await app.inject({ method: 'GET', url: `/api/v1/metrics/breakdown?metric=nps&by=segment&${q90}`, headers })
  ).json() as { items: { key: string; n: number }[] };
  const same =
    raw.rows.every((r) => api.items.find((i) => i.key === r.group)?.n === r.n) && raw.rows.length === api.items.length;
  log(
    `by segment from raw responses: ${rawMs.toFixed(0)} ms, ${raw.source}; rollup and raw agree: ${same ? 'yes' : 'NO'}`,
  );

  // Freshness: an answer of a customer with a known segment, then by=segment polled until it counts it.
  const rollups = startRollups(pool);
  const segmentRollups = startSegmentRollups(pool);
  const known = (
    await pool.query<{ id: string; segment: string }>(
      `select customer_id as id, segment from customer_segments where org_id = $1 limit 1`,
      [org.orgId],
    )
  ).rows[0]!;
  const nOf = async () =>
    (
      (await app.inject({ method: 'GET', url: '/api/v1/metrics/breakdown?metric=nps&by=segment', headers })).json() as {
        items: { key: string; n: number }[];
      }
    ).items.find((i) => i.key === known.segment)?.n ?? 0;
  const before = await nOf();
  const posted = performance.now();
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/responses',
    headers: { ...headers, 'content-type': 'application/json' },
    payload: { surveyId: org.surveyId, customerId: known.id, answers: { nps: 10 } },
  });
  if (res.statusCode >= 300) throw new Error(`POST /responses: ${res.statusCode} ${res.body.slice(0, 200)}`);
  let visible = NaN;
  while (performance.now() - posted < 10_000) {
    if ((await nOf()) > before) {
      visible = performance.now() - posted;
      break;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  await rollups.stop();
  await segmentRollups.stop();
  log(
    `a new answer shows under its customer's segment after ${Number.isNaN(visible) ? '> 10 s' : `${visible.toFixed(0)} ms`} (metric rollup every second, segment rollup every 0.5 s, as in the server)`,
  );

  // One purchase: the organisation's segments are recomputed, customers whose segment moved are re-counted.
  const customer = (
    await pool.query<{ id: string }>(
      'select customer_id as id from customer_purchases where org_id = $1 order by last_at limit 1',
      [org.orgId],
    )
  ).rows[0]!.id;
  await pool.query(
    `insert into interactions (id, org_id, customer_id, occurred_at, revenue, currency) values (gen_random_uuid(), $1, $2, now(), 99, 'EUR')`,
    [org.orgId, customer],
  );
  await drainPurchases(pool);
  t0 = performance.now();
  await drainSegments(pool);
  const moved = (await pool.query<{ n: number }>('select count(*)::int as n from segment_counts_dirty')).rows[0]!.n;
  log(`after one purchase: segment recompute ${seconds(t0)} s, ${moved} customers changed segment`);
  t0 = performance.now();
  await drainSegmentCounts(pool);
  log(`their segment counts: ${seconds(t0)} s`);
  await app.close();
} finally {
  await cleanup();
}

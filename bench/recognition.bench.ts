/**
 * Tier recalculation at scale: seeds one organisation with N customers (default 100,000) and
 * 1–12 visits each over 18 months, three tiers and a tier-entry gesture, then times the
 * background recalculation of every customer (first pass: everyone enters a tier and is owed a
 * gesture; second pass: steady state), the editor's preview, and the trigger sweep over the
 * customers the visits marked. The bar: 100,000 customers within 60 s.
 *
 *   npx tsx bench/recognition.bench.ts [--customers 100000] [--dir /tmp/zb-recognition]
 */
import { parseArgs } from 'node:util';
import { sweepMarked, sweepTierRecalcs } from '../src/modules/recognition/recognition-engine.ts';
import { loadCustomers, loadTierRules, plan } from '../src/modules/recognition/tier-recalc.ts';
import { createOrg } from '../src/modules/access/index.ts';
import { log, openBenchDatabase } from './seed.ts';

const { values: args } = parseArgs({
  options: { customers: { type: 'string', default: '100000' }, dir: { type: 'string' } },
});
const N = Number(args.customers);
const { database, cleanup } = await openBenchDatabase({ dir: args.dir });
const pool = database.pool;
const seconds = (t0: number) => ((performance.now() - t0) / 1000).toFixed(1);
try {
  const org = await createOrg(database.db, {
    name: `Recognition bench ${Date.now()}`,
    ownerEmail: `owner-${Date.now()}@bench.example`,
    ownerPassword: 'password123',
    ownerName: 'Owner',
  });
  const orgId = org.orgId;
  let t0 = performance.now();
  await pool.query(
    `insert into customers (id, org_id, name, created_at) select gen_random_uuid(), $1, 'C' || g, now() - interval '600 days'
     from generate_series(1, $2) g`,
    [orgId, N],
  );
  await pool.query(
    `insert into interactions (id, org_id, customer_id, occurred_at, revenue)
     select gen_random_uuid(), $1, c.id, now() - (abs(hashtext(c.id::text || v)) % 540) * interval '1 day',
            (abs(hashtext(c.id::text || v)) % 9000) / 100.0
     from customers c cross join lateral generate_series(1, 1 + abs(hashtext(c.id::text)) % 12) v
     where c.org_id = $1`,
    [orgId],
  );
  const visits = (
    await pool.query<{ n: number }>('select count(*)::int as n from interactions where org_id = $1', [orgId])
  ).rows[0]!.n;
  await pool.query('vacuum analyze customers, interactions');
  log(`seeded ${N.toLocaleString('en-US')} customers, ${visits.toLocaleString('en-US')} visits: ${seconds(t0)} s`);

  const tiers = [
    ['Friend', 1, { minVisits: 3 }],
    ['Regular', 2, { minVisits: 6, minSpend: 200 }],
    ['Family', 3, { minVisits: 9, minTenureDays: 365 }],
  ] as const;
  for (const [name, rank, criteria] of tiers)
    await pool.query(
      `insert into tiers (id, org_id, name, rank, match, criteria) values (gen_random_uuid(), $1, $2, $3, 'all', $4)`,
      [orgId, name, rank, JSON.stringify(criteria)],
    );
  await pool.query(
    `insert into gestures (id, org_id, name, kind, trigger, trigger_tier_id)
     select gen_random_uuid(), $1, 'Welcome', 'recognition', 'tier_entry', id from tiers where org_id = $1 and rank = 2`,
    [orgId],
  );

  t0 = performance.now();
  const rules = await loadTierRules(pool, orgId);
  const moves = plan(rules, await loadCustomers(pool, orgId, new Date(), null), new Date());
  log(
    `preview of ${N.toLocaleString('en-US')} customers (${moves.length.toLocaleString('en-US')} would move): ${seconds(t0)} s`,
  );

  for (const pass of ['first (everyone enters a tier)', 'second (steady state)']) {
    await pool.query(
      `insert into tier_recalcs (org_id, requested_at) values ($1, now()) on conflict (org_id) do update set requested_at = now()`,
      [orgId],
    );
    t0 = performance.now();
    const changed = (await sweepTierRecalcs(pool)) - 1;
    log(`recalculation, ${pass}: ${changed.toLocaleString('en-US')} standings changed in ${seconds(t0)} s`);
  }
  const counts = await pool.query<{ tiers: number; tasks: number }>(
    `select (select count(*)::int from customer_tiers where org_id = $1) as tiers,
            (select count(*)::int from gesture_tasks where org_id = $1) as tasks`,
    [orgId],
  );
  log(
    `customers in a tier: ${counts.rows[0]!.tiers.toLocaleString('en-US')}, welcome gestures owed: ${counts.rows[0]!.tasks.toLocaleString('en-US')}`,
  );

  t0 = performance.now();
  let swept = 0;
  for (let n; (n = await sweepMarked(pool)) > 0;) swept += n;
  log(`trigger sweep over ${swept.toLocaleString('en-US')} marked customers: ${seconds(t0)} s`);
} finally {
  await cleanup();
}

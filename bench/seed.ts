/**
 * Seeds one large organisation for the analytics benchmark, straight in SQL (INSERT … SELECT
 * generate_series, not the API): 5 locations, 15 touchpoints, 40 staff, 100,000 customers,
 * 3,000,000 interactions (70% with revenue) over two years and 1,000,000 responses over 18 months
 * (a quarter relationship NPS answers without a touchpoint, the rest touchpoint CSAT + NPS, driven
 * by a hidden per-customer satisfaction so driver analysis has something to find) and service-recovery
 * cases for 20% of them (seed-cases.ts), then drains the rollup backlog with the real sweeper.
 *
 *   npm run bench:seed [-- --responses 1000000 --interactions 3000000 --dir /tmp/zabota-bench --varied]
 *   npm run bench:seed -- --dir D --cases      (adds the cases to a bench database seeded without them)
 *
 * With --dir the embedded PostgreSQL cluster is kept there (bench:analytics -- --dir … reuses it);
 * without, a throwaway one is used and removed. --database-url seeds an existing PostgreSQL instead.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { drainDrivers } from '../src/modules/analytics/drivers-rollup.ts';
import { drainSegmentCounts } from '../src/modules/analytics/segment-rollup.ts';
import { rollUp } from '../src/modules/analytics/rollup.ts';
import { drainPurchases } from '../src/modules/retention/purchases-rollup.ts';
import { createOrg } from '../src/modules/access/onboarding.ts';
import { seedCases } from './seed-cases.ts';
import { buildApp } from '../src/server/app.ts';
import { connect, migrateDatabase, type Database } from '../src/platform/db/database.ts';
import { startEmbeddedPostgres, type EmbeddedServer } from '../src/platform/db/embedded.ts';

export const log = (m: string) => process.stderr.write(`${m}\n`);
export const NO_JOBS = { send: async () => null, stop: async () => {} };

/** Responses per metric rollup statement while seeding (the server's sweeper takes 5,000 a pass). */
const SEED_BATCH = 50_000;

export type BenchOrg = {
  orgId: string;
  apiKey: string;
  surveyId: string;
  locations: string[];
  touchpoints: string[];
  staff: string[];
};

/** Starts (or reuses, with `dir`) an embedded PostgreSQL and opens the `bench` database, migrated. */
export async function openBenchDatabase(opts: {
  dir?: string;
  databaseUrl?: string;
}): Promise<{ database: Database; server: EmbeddedServer | null; cleanup: () => Promise<void> }> {
  let server: EmbeddedServer | null = null;
  let url = opts.databaseUrl;
  const dir = opts.dir ?? (url ? undefined : fs.mkdtempSync(path.join(os.tmpdir(), 'zabota-abench-')));
  if (!url) {
    server = await startEmbeddedPostgres(dir!, { log });
    const admin = new pg.Client(server.url);
    await admin.connect();
    const exists = await admin.query(`select 1 from pg_database where datname = 'bench'`);
    if (!exists.rowCount) await admin.query('create database bench');
    await admin.end();
    url = server.url.replace(/\/postgres$/, '/bench');
  }
  const database = connect(url, 12);
  await migrateDatabase(database.db);
  return {
    database,
    server,
    cleanup: async () => {
      await database.close();
      await server?.stop();
      if (!opts.dir && dir) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function findBenchOrg(pool: pg.Pool): Promise<BenchOrg | null> {
  const { rows } = await pool.query(`select id from orgs where name = 'Analytics bench' limit 1`);
  if (!rows[0]) return null;
  const saved = await pool
    .query(`select value from bench_meta where key = 'org'`)
    .catch(() => ({ rows: [] as { value: BenchOrg }[] }));
  return (saved.rows[0]?.value as BenchOrg | undefined) ?? null;
}

async function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const out = await fn();
  log(`  ${label}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return out;
}

/**
 * How each response draws its location, touchpoint, staff member, channel and language. By default
 * all follow the row number (g mod n: location, touchpoint and staff are correlated, a few dozen
 * combinations a day, channel 'api', language 'en'), which flatters the metric cube; `varied` draws
 * them at random (the staff member among the eight at the response's location; seven channels,
 * three languages), so the cube's cells come close to one per response and day.
 */
const draws = (varied: boolean) =>
  varied
    ? {
        tpi: 'floor(random() * 15)::int',
        li: 'floor(random() * 5)::int',
        si: (li: string) => `(${li} + 5 * floor(random() * 8)::int)`,
        channel: `(array['link', 'public', 'qr', 'email', 'widget', 'api', 'import'])[1 + floor(random() * 7)::int]::response_channel`,
        language: `(array['en', 'ru', 'bg'])[1 + floor(random() * 3)::int]`,
      }
    : { tpi: 'g % 15', li: 'g % 5', si: () => 'g % 40', channel: `'api'::response_channel`, language: `'en'` };

export async function seed(
  database: Database,
  opts: { responses: number; interactions: number; customers?: number; varied?: boolean },
): Promise<BenchOrg> {
  const d = draws(opts.varied ?? false);
  const pool = database.pool;
  const customers = opts.customers ?? 100_000;
  const t0 = performance.now();
  log(
    `Seeding ${opts.responses.toLocaleString('en-US')} responses, ${opts.interactions.toLocaleString('en-US')} interactions, ${customers.toLocaleString('en-US')} customers…`,
  );
  const org = await createOrg(database.db, {
    name: 'Analytics bench',
    ownerEmail: 'owner@abench.example',
    ownerPassword: 'password123',
    timeZone: 'Europe/Sofia',
  });
  const app = await buildApp({
    db: database.db,
    pool,
    config: { publicUrl: undefined, logLevel: 'silent' },
    jobs: NO_JOBS,
  });
  const call = async (url: string, body: unknown) => {
    const res = await app.inject({
      method: 'POST',
      url,
      payload: body as object,
      headers: { authorization: `Bearer ${org.apiKey}` },
    });
    if (res.statusCode >= 300) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    return res.json() as { id: string };
  };
  const locations: string[] = [];
  for (const name of ['Sofia', 'Plovdiv', 'Varna', 'Burgas', 'Ruse'])
    locations.push((await call('/api/v1/locations', { name })).id);
  const touchpoints: string[] = [];
  const kinds = ['service', 'product', 'brand'] as const;
  for (let i = 0; i < 15; i++)
    touchpoints.push(
      (await call('/api/v1/touchpoints', { name: `Touchpoint ${i + 1}`, kind: kinds[i % 3], stage: 'service' })).id,
    );
  const staff: string[] = [];
  for (let i = 0; i < 40; i++)
    staff.push(
      (
        await call('/api/v1/staff', {
          name: `Staff ${i + 1}`,
          email: `staff${i + 1}@abench.example`,
          role: 'staff',
          locationIds: [locations[i % 5]],
          sendInvite: false,
        })
      ).id,
    );
  const surveyId = (
    await call('/api/v1/surveys', {
      name: 'Bench survey',
      languages: ['en'],
      questions: [
        { id: 'nps', type: 'nps', text: { en: 'Recommend?' } },
        { id: 'csat', type: 'csat', text: { en: 'Satisfied?' } },
      ],
    })
  ).id;
  await app.close();

  const client = await pool.connect();
  try {
    await client.query(`set session_replication_role = replica`); // bulk load: skip FK triggers (the ids are generated consistent)
    await client.query(`select setseed(0.42)`);
    const arr = (xs: string[]) => `'{${xs.join(',')}}'::uuid[]`;
    // Time-ordered ids (PostgreSQL 18's uuidv7(), like the app's own) keep the primary-key indexes append-only; random v4 ids make the load several times slower.
    const uuid = (await client.query(`select exists (select 1 from pg_proc where proname = 'uuidv7') as v7`)).rows[0].v7
      ? 'uuidv7()'
      : 'gen_random_uuid()';
    await timed(`${customers.toLocaleString('en-US')} customers`, () =>
      client.query(
        `
        insert into customers (id, org_id, external_id, name, email, language, acquisition_channel, acquisition_campaign, created_at, updated_at)
        select ${uuid}, $1, 'C' || g, 'Customer ' || g, 'c' || g || '@abench.example', 'en',
               (array['ads', 'referral', 'walk_in', 'web', 'partner'])[1 + g % 5], (array['spring', 'summer', 'autumn', 'winter', null])[1 + (g / 5) % 5], now(), now()
          from generate_series(0, $2 - 1) g`,
        [org.orgId, customers],
      ),
    );
    // Customer index → id, and a hidden satisfaction q in [0, 1] that drives their scores.
    await client.query(
      `create temp table bench_cust as select id, (row_number() over (order by external_id) - 1)::int as n, random() as q from customers where org_id = $1`,
      [org.orgId],
    );
    await client.query(`create unique index on bench_cust (n)`);
    await client.query(`analyze bench_cust`);
    await timed(`${opts.interactions.toLocaleString('en-US')} interactions`, () =>
      client.query(
        `insert into interactions (id, org_id, external_id, customer_id, touchpoint_id, location_id, staff_id, occurred_at, revenue, currency, created_at, updated_at)
         select ${uuid}, $1, 'I' || x.g, c.id, (${arr(touchpoints)})[1 + x.g % 15], (${arr(locations)})[1 + x.g % 5], (${arr(staff)})[1 + x.g % 40],
                now() - interval '730 days' * (1 - (x.g + random()) / $2), case when random() < 0.7 then round((20 + random() * 280)::numeric, 2) end, 'EUR', now(), now()
           from (select g, floor(power(random(), 1.6) * $3)::int as cn from generate_series(0, $2 - 1) g offset 0) x join bench_cust c on c.n = x.cn`,
        [org.orgId, opts.interactions, customers],
      ),
    );
    // Touchpoint t weighs the customer's satisfaction by a_t = (t + 1) / 16: later touchpoints drive NPS more.
    await timed(`${opts.responses.toLocaleString('en-US')} responses`, () =>
      client.query(
        `insert into responses (id, org_id, survey_id, customer_id, touchpoint_id, location_id, staff_id, channel, language, status, answers, nps, csat, comment, submitted_at, created_at, updated_at)
         select ${uuid}, $1, $2, s.customer_id, s.touchpoint_id, s.location_id, s.staff_id, s.channel, s.language, 'complete',
                jsonb_strip_nulls(jsonb_build_object('nps', s.nps, 'csat', s.csat)), s.nps, s.csat,
                case when s.g % 20 = 0 then 'Comment ' || s.g end, s.at, s.at, s.at
           from (
             select g, c.id as customer_id,
                    case when g % 4 = 0 then null else (${arr(touchpoints)})[1 + tpi] end as touchpoint_id,
                    (${arr(locations)})[1 + li] as location_id, (${arr(staff)})[1 + ${d.si('li')}] as staff_id, ${d.channel} as channel, ${d.language} as language,
                    case when g % 4 = 0 then least(10, greatest(0, round(10 * c.q + (random() - 0.5) * 3)))::smallint
                         else least(10, greatest(0, round(10 * c.q + (random() - 0.5) * 6)))::smallint end as nps,
                    case when g % 4 = 0 then null
                         else (1 + round(4 * least(1, greatest(0, (tpi + 1) / 16.0 * c.q + (1 - (tpi + 1) / 16.0) * random()))))::smallint end as csat,
                    now() - interval '548 days' * (1 - (g + random()) / $3) as at
               from (select g, floor(random() * $4)::int as cn, ${d.tpi} as tpi, ${d.li} as li from generate_series(0, $3 - 1) g offset 0) x join bench_cust c on c.n = x.cn
           ) s`,
        [org.orgId, surveyId, opts.responses, customers],
      ),
    );
    await client.query(`set session_replication_role = origin`);
    // With triggers on: they keep the case figures' cells.
    await timed('service-recovery cases (the default rule on 20% of responses)', () => seedCases(client, org.orgId));
    // The bulk load skipped the statement triggers too: mark the buyers for the purchase rollup as the interactions trigger would have.
    await client.query(
      `insert into customer_purchases_dirty (org_id, customer_id) select distinct org_id, customer_id from interactions where org_id = $1 and customer_id is not null and revenue > 0 on conflict do nothing`,
      [org.orgId],
    );
    await timed('vacuum analyze', () =>
      client.query(
        `vacuum analyze customers, interactions, responses, cases, case_cells, case_cause_cells, case_due_cells`,
      ),
    );
  } finally {
    client.release();
  }
  // The real incremental paths, with larger batches and two workers (FOR UPDATE SKIP LOCKED keeps them apart): the metric rollups
  // first, then each customer's driver cases once (the server interleaves them; on a backlog that recomputes customers many times).
  const workers = (fn: () => Promise<void>) => Promise.all([fn(), fn()]);
  await timed(`metric rollups (${SEED_BATCH.toLocaleString('en-US')} responses per batch, 2 workers)`, () =>
    workers(async () => {
      while ((await rollUp(pool, SEED_BATCH)) === SEED_BATCH);
    }),
  );
  await timed('driver cases (customers marked by the responses trigger, 2,000 per batch, 2 workers)', () =>
    workers(() => drainDrivers(pool)),
  );
  await timed('purchase rollup and retention cells (customers marked, 2,000 per batch, 2 workers)', () =>
    workers(() => drainPurchases(pool)),
  );
  // After the purchases: a customer's segment (RFM) comes from them.
  await timed('segment counts (customers marked, 2,000 per batch, 2 workers)', () =>
    workers(() => drainSegmentCounts(pool)),
  );
  await timed('vacuum analyze', () =>
    pool.query(
      `vacuum analyze metric_daily, metric_cube, responses, customer_purchases, driver_pairs, driver_case_vars, retention_cells, customer_segment_counts, segment_cube, customer_latest_nps`,
    ),
  );
  const benchOrg: BenchOrg = { orgId: org.orgId, apiKey: org.apiKey, surveyId, locations, touchpoints, staff };
  await pool.query(`create table if not exists bench_meta (key text primary key, value jsonb not null)`);
  await pool.query(`insert into bench_meta values ('org', $1) on conflict (key) do update set value = excluded.value`, [
    JSON.stringify(benchOrg),
  ]);
  log(`Seeded in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  return benchOrg;
}

/** Adds the cases to a database seeded before the seed made them. */
async function addCases(database: Database, orgId: string) {
  const client = await database.pool.connect();
  try {
    if ((await client.query('select 1 from cases where org_id = $1 limit 1', [orgId])).rowCount)
      return log('The bench organisation already has cases.');
    const n = await timed('service-recovery cases (the default rule on 20% of responses)', () =>
      seedCases(client, orgId),
    );
    await client.query('vacuum analyze cases, case_cells, case_cause_cells, case_due_cells');
    log(`${n.toLocaleString('en-US')} cases`);
  } finally {
    client.release();
  }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const { values: args } = parseArgs({
    options: {
      responses: { type: 'string', default: '1000000' },
      interactions: { type: 'string', default: '3000000' },
      dir: { type: 'string' },
      'database-url': { type: 'string' },
      '10m': { type: 'boolean', default: false },
      varied: { type: 'boolean', default: false },
      cases: { type: 'boolean', default: false },
    },
  });
  const responses = args['10m'] ? 10_000_000 : Number(args.responses);
  const { database, cleanup } = await openBenchDatabase({ dir: args.dir, databaseUrl: args['database-url'] });
  try {
    const existing = await findBenchOrg(database.pool);
    if (existing && args.cases) await addCases(database, existing.orgId);
    else if (existing)
      log(
        'This database already holds the bench organisation; nothing to do (--cases adds cases to one seeded without).',
      );
    else await seed(database, { responses, interactions: Number(args.interactions), varied: args.varied });
  } finally {
    await cleanup();
  }
}

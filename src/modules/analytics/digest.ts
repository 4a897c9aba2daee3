import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import type { Db } from '../../platform/db/database.ts';
import type { Jobs } from '../../platform/jobs/jobs.ts';
import { startSweeper, type Sweeper } from '../../platform/jobs/sweeper.ts';
import { shippedIdeas } from '../insights/index.ts';
import { fromLocal, toLocal } from '../../shared/business-hours.ts';
import * as repo from './analytics.repo.ts';
import { figuresOf } from './analytics.service.ts';
import { digestLang, renderDigest, type DigestFigures } from './digest-texts.ts';

/**
 * The weekly email digest to owners and managers. A sweeper (every 10 minutes, any number of app
 * processes) looks for organisations whose local time has passed Monday SEND_HOUR:00 and whose
 * previous ISO week has no row in `digests_sent`; it inserts that row and enqueues one 'mail.send'
 * job per recipient in ONE transaction, so a week's digest goes out exactly once (a crash before the
 * commit leaves nothing behind and the next pass retries; a second process loses on the primary key).
 * Owners get the organisation's figures; a manager covering some locations gets theirs.
 */
export const SEND_HOUR = 7;
const MIN_LOCATION_N = 5;

const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** Monday (YYYY-MM-DD) of the ISO week a local date falls in. */
export const mondayOf = (date: string) => addDays(date, -((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7));

/** ISO 8601 week label, e.g. 2026-W23, of a local date. */
export function isoWeek(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const thursday = new Date(d);
  thursday.setUTCDate(d.getUTCDate() + 3 - ((d.getUTCDay() + 6) % 7));
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The last full ISO week (Monday to Monday, local), whose digest is due at `now`; null on Monday before SEND_HOUR:00 local. */
export function dueWeek(now: Date, timeZone: string): { week: string; from: string; to: string } | null {
  const local = toLocal(now, timeZone);
  const monday = mondayOf(local.date);
  if (local.date === monday && local.minutes < SEND_HOUR * 60) return null;
  const from = addDays(monday, -7);
  return { week: isoWeek(from), from, to: monday };
}

type Recipient = { email: string; language: string | null; role: 'owner' | 'manager'; locationIds: string[] };

async function figuresFor(
  db: Db,
  orgId: string,
  orgName: string,
  week: { week: string; from: string; to: string },
  locations: string[] | null,
  url: string,
): Promise<DigestFigures> {
  const cons: repo.Constraint[] = locations
    ? [{ dim: 'location', keys: locations.length ? locations : ['00000000-0000-0000-0000-000000000000'] }]
    : [];
  const current = figuresOf(
    (await repo.counts(db, orgId, cons, { from: week.from, to: week.to }, { kind: 'none' })).rows[0],
    2,
  );
  const previous = figuresOf(
    (await repo.counts(db, orgId, cons, { from: addDays(week.from, -7), to: week.from }, { kind: 'none' })).rows[0],
    2,
  );
  const byLocation = (
    await repo.counts(db, orgId, cons, { from: week.from, to: week.to }, { kind: 'dim', dim: 'location' })
  ).rows
    .map((r) => ({ key: r.group!, f: figuresOf(r, 2).nps }))
    .filter((r) => r.key && r.f.value !== null && r.f.n >= MIN_LOCATION_N)
    .sort((a, b) => b.f.value! - a.f.value!);
  const names = await repo.labels(
    db,
    orgId,
    'location',
    byLocation.map((r) => r.key),
  );
  const pick = (r: (typeof byLocation)[number] | undefined) =>
    r ? { name: names.get(r.key) ?? r.key, value: r.f.value!, n: r.f.n } : null;
  const { rows: caseRows } = await db.execute<{ exists: boolean }>(
    sql`select to_regclass('public.cases') is not null as exists`,
  );
  let cases: DigestFigures['cases'] = null;
  if (caseRows[0]?.exists) {
    const locFilter = locations
      ? sql`and location_id = any(${`{${(locations.length ? locations : ['00000000-0000-0000-0000-000000000000']).join(',')}}`}::uuid[])`
      : sql``;
    const { rows } = await db.execute<{ open: number; overdue: number }>(sql`
      select count(*)::int as open, (count(*) filter (where due_at < now()))::int as overdue
        from cases where org_id = ${orgId} and status in ('new', 'in_progress', 'waiting') ${locFilter}`);
    cases = rows[0] ?? { open: 0, overdue: 0 };
  }
  return {
    orgName,
    ...week,
    to: addDays(week.to, -1),
    nps: { value: current.nps.value, n: current.nps.n, tooFew: current.nps.tooFew },
    previous: { value: previous.nps.value, n: previous.nps.n },
    best: pick(byLocation[0]),
    worst: byLocation.length > 1 ? pick(byLocation.at(-1)) : null,
    cases,
    url,
  };
}

/** One pass: sends every due digest not sent yet. Returns how many organisations got theirs. */
export async function runDigests(
  deps: { pool: pg.Pool; jobs: Jobs; baseUrl: string },
  now = new Date(),
): Promise<number> {
  const db = drizzle(deps.pool) as unknown as Db;
  const { rows: orgs } = await deps.pool.query<{
    id: string;
    name: string;
    time_zone: string;
    default_language: string;
    public_url: string | null;
  }>(`select id, name, time_zone, default_language, public_url from orgs`);
  let sent = 0;
  for (const org of orgs) {
    const week = dueWeek(now, org.time_zone);
    if (!week) continue;
    const done = await deps.pool.query(`select 1 from digests_sent where org_id = $1 and week = $2`, [
      org.id,
      week.week,
    ]);
    if (done.rowCount) continue;
    const { rows: recipients } = await deps.pool.query<Recipient>(
      `select email, language, role::text as role, location_ids::text[] as "locationIds" from staff where org_id = $1 and active and role in ('owner', 'manager') and email <> ''`,
      [org.id],
    );
    const url = `${(org.public_url ?? deps.baseUrl).replace(/\/$/, '')}/`;
    const cache = new Map<string, DigestFigures>();
    // The customer ideas done in the organisation's own week, for everyone it goes to.
    const shipped = (
      await shippedIdeas(db, org.id, fromLocal(week.from, 0, org.time_zone), fromLocal(week.to, 0, org.time_zone))
    ).map((i) => i.title);
    const mails = [];
    for (const r of recipients) {
      const scope = r.role === 'manager' && r.locationIds.length ? [...r.locationIds].sort() : null;
      const key = scope ? scope.join(',') : '*';
      if (!cache.has(key)) cache.set(key, await figuresFor(db, org.id, org.name, week, scope, url));
      const figures = { ...cache.get(key)!, shippedIdeas: shipped };
      mails.push({
        to: r.email,
        orgId: org.id,
        ...renderDigest(digestLang(r.language ?? org.default_language), figures),
      });
    }
    const client = await deps.pool.connect();
    try {
      await client.query('begin');
      const claimed = await client.query(
        `insert into digests_sent (org_id, week, recipients) values ($1, $2, $3) on conflict do nothing returning 1`,
        [org.id, week.week, mails.length],
      );
      if (claimed.rowCount) {
        for (const mail of mails)
          await deps.jobs.send('mail.send', mail, { db: { executeSql: (text, values) => client.query(text, values) } });
        sent++;
      }
      await client.query('commit');
    } catch (e) {
      await client.query('rollback').catch(() => {});
      throw e;
    } finally {
      client.release();
    }
  }
  return sent;
}

export const startDigests = (
  deps: { pool: pg.Pool; jobs: Jobs; baseUrl: () => string },
  opts: { intervalMs?: number; onError?: (e: unknown) => void } = {},
): Sweeper =>
  startSweeper(
    async () => {
      await runDigests({ pool: deps.pool, jobs: deps.jobs, baseUrl: deps.baseUrl() });
    },
    { intervalMs: opts.intervalMs ?? 600_000, onError: opts.onError },
  );

import { sql, type SQL } from 'drizzle-orm';
import { locationScope, type Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import type { ReputationQuery } from './reviews.contract.ts';

const DAY = 24 * 3600_000;
const round2 = (x: number) => Math.round(x * 100) / 100;
/** Mean ± 1.96 standard errors, kept within the 1–5 scale; none below two ratings. */
export function meanInterval(mean: number | null, sd: number | null, n: number): [number, number] | null {
  if (mean === null || sd === null || n < 2) return null;
  const half = (1.96 * sd) / Math.sqrt(n);
  return [round2(Math.max(1, mean - half)), round2(Math.min(5, mean + half))];
}
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** The period (default: the last 90 days) and the locations the caller sees, as SQL on a location column. */
export function period(q: { from?: string; to?: string }) {
  const to = q.to ? new Date(q.to) : new Date();
  const from = q.from ? new Date(q.from) : new Date(to.getTime() - 90 * DAY);
  return { from, to };
}
export function locationFilter(actor: Actor, locationId: string | undefined, col: SQL): SQL {
  const scope = locationScope(actor);
  const parts: SQL[] = [];
  if (locationId) parts.push(sql`${col} = ${locationId}`);
  if (scope)
    parts.push(
      scope.length
        ? sql`${col} in (${sql.join(
            scope.map((id) => sql`${id}::uuid`),
            sql`, `,
          )})`
        : sql`false`,
    );
  return parts.length ? sql.join(parts, sql` and `) : sql`true`;
}

/** Reputation figures counted straight from the current rows of reviews, requests, cases and responses. */
export async function reputation(db: Db, actor: Actor, q: ReputationQuery) {
  const { from, to } = period(q);
  const org = actor.orgId;
  const loc = (c: string) => locationFilter(actor, q.locationId, sql.raw(c));
  const [r] = (
    await db.execute(sql`
      select count(*)::int as reviews,
             round(avg(r.rating)::numeric, 2) as avg_rating,
             count(*) filter (where r.replied_at is not null)::int as replied,
             percentile_cont(0.5) within group (order by extract(epoch from (r.replied_at - r.reviewed_at)) / 3600)
               filter (where r.replied_at is not null) as median_reply_hours,
             count(*) filter (where r.rating <= 3 or r.sentiment = 'negative')::int as negative,
             count(*) filter (where (r.rating <= 3 or r.sentiment = 'negative') and c.status = 'resolved')::int as recovered,
             count(*) filter (where exists (select 1 from review_requests q where q.org_id = r.org_id and q.customer_id = r.customer_id
                                            and q.clicked_at is not null and q.clicked_at <= r.reviewed_at))::int as from_requests
        from reviews r left join cases c on c.org_id = r.org_id and c.id = r.case_id
       where r.org_id = ${org} and r.reviewed_at >= ${from} and r.reviewed_at < ${to} and ${loc('r.location_id')}`)
  ).rows as Record<string, unknown>[];
  const [req] = (
    await db.execute(sql`
      select count(*) filter (where q.sent_at is not null)::int as sent,
             count(*) filter (where q.clicked_at is not null)::int as clicked
        from review_requests q
       where q.org_id = ${org} and q.sent_at >= ${from} and q.sent_at < ${to} and ${loc('q.location_id')}`)
  ).rows as Record<string, unknown>[];
  const [nps] = (
    await db.execute(sql`
      select round((100.0 * (count(*) filter (where p.nps >= 9) - count(*) filter (where p.nps <= 6)) / nullif(count(*), 0))::numeric, 1) as nps,
             count(*)::int as n
        from responses p
       where p.org_id = ${org} and p.nps is not null and p.submitted_at >= ${from} and p.submitted_at < ${to} and ${loc('p.location_id')}`)
  ).rows as Record<string, unknown>[];
  const bySource = (
    await db.execute(sql`
      select r.location_id, r.platform, r.source_id, count(*)::int as reviews, round(avg(r.rating)::numeric, 2) as avg_rating
        from reviews r
       where r.org_id = ${org} and r.reviewed_at >= ${from} and r.reviewed_at < ${to} and ${loc('r.location_id')}
       group by r.location_id, r.platform, r.source_id order by 1, 2, 3`)
  ).rows as Record<string, unknown>[];
  const byMonth = (
    await db.execute(sql`
      select to_char(date_trunc('month', r.reviewed_at at time zone 'UTC'), 'YYYY-MM') as month, count(*)::int as reviews,
             count(r.rating)::int as rated, avg(r.rating)::float8 as mean, stddev_samp(r.rating)::float8 as sd,
             count(*) filter (where r.replied_at is not null)::int as replied
        from reviews r
       where r.org_id = ${org} and r.reviewed_at >= ${from} and r.reviewed_at < ${to} and ${loc('r.location_id')}
       group by 1 order by 1`)
  ).rows as {
    month: string;
    reviews: number;
    rated: number;
    mean: number | null;
    sd: number | null;
    replied: number;
  }[];
  const reviews = Number(r!.reviews);
  const replied = Number(r!.replied);
  return {
    reviews,
    averageRating: num(r!.avg_rating),
    requestsSent: Number(req!.sent),
    requestsClicked: Number(req!.clicked),
    reviewsFromRequests: Number(r!.from_requests),
    replied,
    replyRate: reviews ? Math.round((1000 * replied) / reviews) / 10 : null,
    medianReplyHours: r!.median_reply_hours === null ? null : Math.round(Number(r!.median_reply_hours) * 10) / 10,
    negative: Number(r!.negative),
    negativeRecovered: Number(r!.recovered),
    nps: num(nps!.nps),
    npsResponses: Number(nps!.n),
    bySource: bySource.map((s) => ({
      locationId: s.location_id as string | null,
      platform: s.platform as 'google',
      sourceId: s.source_id as string | null,
      reviews: Number(s.reviews),
      averageRating: num(s.avg_rating),
    })),
    byMonth: byMonth.map((m) => ({
      month: m.month,
      reviews: m.reviews,
      averageRating: m.mean === null ? null : round2(m.mean),
      ratingCi95: meanInterval(m.mean, m.sd, m.rated),
      replied: m.replied,
    })),
  };
}

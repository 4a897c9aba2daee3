import { createHash } from 'node:crypto';
import type { Db } from '../../platform/db/database.ts';
import { customers } from '../customers/customers.schema.ts';
import { newReferralCode } from '../referrals/index.ts';
import { referralCodes, referralNameCredits, referralPrograms, referrals } from '../referrals/referrals.schema.ts';
import {
  reviewReplies,
  reviewRequests,
  reviews,
  reviewSources,
  type ReviewPlatform,
} from '../reviews/reviews.schema.ts';
import { ingest } from '../reviews/index.ts';
import { and, eq } from 'drizzle-orm';
import type pg from 'pg';
import { rng } from './demo-feedback.ts';

const DAY = 24 * 3600_000;

/** Public reviews a dental clinic gets, in Bulgarian and English; the rating goes with the words. */
const REVIEWS: { rating: number; text: string; reply?: string }[] = [
  {
    rating: 5,
    text: 'Много внимателен лекар, нищо не ме заболя. Препоръчвам!',
    reply: 'Благодарим ви! Радваме се, че сте доволни.',
  },
  {
    rating: 5,
    text: 'Friendly staff and a spotless clinic. My daughter was not afraid at all.',
    reply: 'Thank you, we are glad she felt at ease!',
  },
  {
    rating: 4,
    text: 'Добро обслужване, но чакахме 15 минути след часа.',
    reply: 'Благодарим! Работим по точността на графика.',
  },
  { rating: 5, text: 'Професионално почистване и ясни обяснения за лечението.' },
  { rating: 2, text: 'Чаках повече от час, никой не се извини. Много съм разочарован.' },
  { rating: 3, text: 'The treatment was fine but the bill was higher than the quote.' },
  { rating: 5, text: 'Best dentist in town, quick and painless.', reply: 'Thank you for your kind words!' },
  { rating: 1, text: 'Rude receptionist and my appointment was cancelled without notice.' },
];

/**
 * Review sources per location, reviews (with replies; bad ones open recovery cases through the
 * real recovery path), a referral program, codes and referrals in every status.
 */
export async function writeDemoAdvocacy(
  deps: { db: Db; pool: pg.Pool },
  orgId: string,
  input: {
    locationIds: string[];
    ownerId: string;
    firstVisits: { customerId: string; at: Date; interactionId: string }[];
    now?: Date;
    seed?: number;
  },
): Promise<{ reviews: number; referrals: number; requests: number }> {
  const { db } = deps;
  const now = input.now ?? new Date();
  const random = rng((input.seed ?? 1) + 17);
  const platforms: { platform: ReviewPlatform; url: (i: number) => string }[] = [
    { platform: 'google', url: (i) => `https://g.page/r/bright-smile-${i}/review` },
    { platform: 'facebook', url: (i) => `https://www.facebook.com/brightsmile${i}/reviews` },
    { platform: 'tripadvisor', url: (i) => `https://www.tripadvisor.com/UserReviewEdit-brightsmile-${i}` },
  ];
  let reviewCount = 0;
  const sourcesAt = new Map<string, string[]>();
  for (const [li, locationId] of input.locationIds.entries()) {
    const sources = await db
      .insert(reviewSources)
      .values(platforms.map((p) => ({ orgId, locationId, platform: p.platform, url: p.url(li + 1) })))
      .returning();
    sourcesAt.set(
      locationId,
      sources.map((x) => x.id),
    );
    const values = REVIEWS.map((r, i) => {
      const source = sources[i % sources.length]!;
      const reviewedAt = new Date(now.getTime() - Math.floor(random() * 120 + 1) * DAY);
      return {
        orgId,
        locationId,
        sourceId: source.id,
        platform: source.platform,
        externalId: `demo-${li}-${i}`,
        rating: r.rating,
        text: r.text,
        author: ['Мария П.', 'Georgi D.', 'Елена С.', 'Ivan K.', 'Петър Н.', 'Anna M.', 'Стефан Т.', 'Nadia V.'][i],
        reviewedAt,
        replyText: r.reply ?? null,
        repliedAt: r.reply ? new Date(reviewedAt.getTime() + Math.floor(random() * 48 + 2) * 3600_000) : null,
      };
    });
    const created = await ingest(deps, orgId, values);
    const replied = created.filter((r) => r.replyText);
    if (replied.length)
      await db.insert(reviewReplies).values(
        replied.map((r) => ({
          orgId,
          reviewId: r.id,
          text: r.replyText!,
          authorId: input.ownerId,
          kind: r.platform === 'google' ? ('posted' as const) : ('copied' as const),
          response: r.platform === 'google' ? `Google: reply saved at ${r.repliedAt!.toISOString()}` : null,
          createdAt: r.repliedAt!,
        })),
      );
    // The 2-star review's answer is being written: a draft waits in the inbox.
    const drafted = created.find((r) => r.rating === 2 && !r.replyText);
    if (drafted) {
      const draftAt = new Date(Math.min(now.getTime(), drafted.reviewedAt.getTime() + 3 * 3600_000));
      const text = 'Съжаляваме за чакането. Моля, обадете ни се, за да поправим нещата.';
      await db
        .update(reviews)
        .set({ draftText: text, draftBy: input.ownerId, draftAt })
        .where(and(eq(reviews.orgId, orgId), eq(reviews.id, drafted.id)));
      await db
        .insert(reviewReplies)
        .values({ orgId, reviewId: drafted.id, text, authorId: input.ownerId, kind: 'draft', createdAt: draftAt });
    }
    reviewCount += created.length;
  }

  const requests = await writeDemoRequests(deps, orgId, sourcesAt, now);

  const [program] = await db
    .insert(referralPrograms)
    .values({
      orgId,
      name: 'Доведи приятел',
      rewardKind: 'gesture',
      referrerReward: 'Безплатно почистване на зъбен камък',
      friendReward: 'Безплатен преглед при първото посещение',
      holdDays: 14,
    })
    .returning();
  // The newest customers were referred by customers who came before them.
  const visits = [...input.firstVisits].sort((a, b) => a.at.getTime() - b.at.getTime());
  const referred = visits.slice(-24);
  const earlier = visits.slice(0, Math.max(1, visits.length - 24));
  const referrers = Array.from({ length: 8 }, () => earlier[Math.floor(random() * earlier.length)]!);
  for (const r of new Set(referrers))
    await db
      .insert(referralCodes)
      .values({ orgId, customerId: r.customerId, code: newReferralCode() })
      .onConflictDoNothing();
  let made = 0;
  for (const [i, f] of referred.entries()) {
    const referrer = referrers[i % referrers.length]!;
    if (referrer.customerId === f.customerId) continue;
    const flagged = i % 12 === 5;
    const qualifiedAt = f.at;
    const status = flagged ? 'flagged' : now.getTime() - qualifiedAt.getTime() >= 14 * DAY ? 'rewarded' : 'qualified';
    await db.insert(referrals).values({
      orgId,
      programId: program!.id,
      referrerId: referrer.customerId,
      referredId: f.customerId,
      method: (['code', 'link', 'survey', 'staff'] as const)[i % 4]!,
      status,
      flags: flagged ? ['referrer_burst'] : [],
      qualifyingInteractionId: f.interactionId,
      qualifiedAt,
      rewardedAt: status === 'rewarded' ? new Date(qualifiedAt.getTime() + 14 * DAY) : null,
      createdAt: new Date(qualifiedAt.getTime() - 3 * DAY),
    });
    await db
      .update(customers)
      .set({ referrerId: referrer.customerId, acquisitionChannel: 'referral' })
      .where(and(eq(customers.orgId, orgId), eq(customers.id, f.customerId)));
    made += 1;
  }
  await writeDemoNameCredits(db, orgId, earlier, random, now);
  return { reviews: reviewCount, referrals: made, requests };
}

/**
 * Two newer customers answered "who recommended you?" with a first name only ("Мария от работата"):
 * their credits wait on the referrals page, with the customers of that name suggested.
 */
async function writeDemoNameCredits(
  db: Db,
  orgId: string,
  earlier: { customerId: string; at: Date }[],
  random: () => number,
  now: Date,
) {
  const people = await db
    .select({ id: customers.id, name: customers.name })
    .from(customers)
    .where(eq(customers.orgId, orgId));
  const named = new Map(people.map((p) => [p.id, p.name]));
  const answering = earlier.slice(-6, -4);
  for (const who of answering) {
    const other = earlier[Math.floor(random() * (earlier.length - 6))];
    const first = other && other.customerId !== who.customerId ? named.get(other.customerId)?.split(' ')[0] : null;
    if (!first) continue;
    await db
      .insert(referralNameCredits)
      .values({
        orgId,
        referredId: who.customerId,
        name: `${first} от работата`,
        answeredAt: new Date(Math.min(now.getTime(), who.at.getTime() + DAY)),
      })
      .onConflictDoNothing();
  }
}

/**
 * Review requests after the last 60 days' visits, one per customer (the 90-day rule), as the
 * request trigger leaves them: most sent, some followed, a few skipped for no consent, the newest
 * still scheduled. Each goes to one of its location's sites, in turn.
 */
async function writeDemoRequests(
  { db, pool }: { db: Db; pool: pg.Pool },
  orgId: string,
  sourcesAt: Map<string, string[]>,
  now: Date,
) {
  const { rows } = await pool.query<{ id: string; customer_id: string; location_id: string; occurred_at: Date }>(
    `select distinct on (i.customer_id) i.id, i.customer_id, i.location_id, i.occurred_at
       from interactions i
      where i.org_id = $1 and i.customer_id is not null and i.location_id is not null
        and i.occurred_at > $2 and i.occurred_at <= $3
      order by i.customer_id, i.occurred_at desc`,
    [orgId, new Date(now.getTime() - 60 * DAY), now],
  );
  const picked = rows.sort((a, b) => a.occurred_at.getTime() - b.occurred_at.getTime()).slice(-40);
  for (const [k, v] of picked.entries()) {
    const sources = sourcesAt.get(v.location_id) ?? [];
    const scheduledFor = new Date(v.occurred_at.getTime() + 2 * 3600_000);
    const skipped = k % 10 === 0;
    const status = skipped ? 'skipped' : scheduledFor > now ? 'scheduled' : k % 10 <= 3 ? 'clicked' : 'sent';
    const sent = status === 'sent' || status === 'clicked';
    await db
      .insert(reviewRequests)
      .values({
        orgId,
        customerId: v.customer_id,
        interactionId: v.id,
        locationId: v.location_id,
        sourceId: skipped ? null : (sources[k % Math.max(1, sources.length)] ?? null),
        status,
        reason: skipped ? 'no_consent' : null,
        language: 'bg',
        tokenHash: createHash('sha256').update(`demo-request:${orgId}:${v.id}`).digest('hex'),
        scheduledFor,
        sentAt: sent ? scheduledFor : null,
        clickedAt:
          status === 'clicked' ? new Date(Math.min(now.getTime(), scheduledFor.getTime() + 3 * 3600_000)) : null,
      })
      .onConflictDoNothing();
  }
  return picked.length;
}

import { createHash } from 'node:crypto';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type pg from 'pg';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import { idCursorCondition } from '../../platform/db/keyset.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { stableEventId, type Emit } from '../../platform/events.ts';
import { toDto } from '../../platform/http/dto.ts';
import { toPage } from '../../platform/http/pagination.ts';
import type { JobContext, Jobs } from '../../platform/jobs/jobs.ts';
import { qrSvg } from '../channels/index.ts';
import * as customersRepo from './referral-customers.repo.ts';
import { attribute, type AttributionClaim } from './attribution.ts';
import { CODE_ALPHABET, CODE_LENGTH, newReferralCode, normaliseCode } from './code.ts';
import { referralScope } from './scope.ts';
import { checkReferral, QUALIFY_WITHIN_DAYS, statusAfter, type FraudVerdict } from './fraud.ts';
import { collectNameCredits } from './name-credits.repo.ts';
import type {
  ReferralClaim,
  ReferralListQuery,
  ReferralProgramCreate,
  ReferralProgramUpdate,
} from './referrals.contract.ts';
import { referralClaims, referralCodes, referralPrograms, referrals, referralVisits } from './referrals.schema.ts';

declare module '../../platform/jobs/jobs.ts' {
  interface JobPayloads {
    /** Interactions were created: a referred customer's first completed visit may qualify their referral. */
    'referral.qualify': { orgId: string; interactionIds: string[] };
  }
}

const DAY = 24 * 3600_000;

export type ReferralDeps = { db: Db; pool: pg.Pool; emit?: Emit };
type Program = typeof referralPrograms.$inferSelect;
type Referral = typeof referrals.$inferSelect;

const programView = (p: Program) => {
  const { orgId: _o, ...rest } = p;
  return toDto(rest);
};
type Names = Map<string, string | null>;
const referralView = (r: Referral, names: Names) =>
  toDto({
    id: r.id,
    programId: r.programId,
    referrerId: r.referrerId,
    referrerName: names.get(r.referrerId) ?? null,
    referredId: r.referredId,
    referredName: names.get(r.referredId) ?? null,
    method: r.method,
    status: r.status,
    flags: r.flags,
    qualifyingInteractionId: r.qualifyingInteractionId,
    qualifiedAt: r.qualifiedAt,
    rewardedAt: r.rewardedAt,
    createdAt: r.createdAt,
  });
/** Both sides' names, so the dashboard shows people rather than ids. */
async function namesOf(db: Db, orgId: string, rows: Referral[]): Promise<Names> {
  const ids = [...new Set(rows.flatMap((r) => [r.referrerId, r.referredId]))];
  if (!ids.length) return new Map();
  const found = await customersRepo.namesByIds(db, orgId, ids);
  return new Map(found.map((c) => [c.id, c.name]));
}
const viewOne = async (db: Db, r: Referral) => referralView(r, await namesOf(db, r.orgId, [r]));

export const hashOf = (v: string | undefined | null) =>
  v ? createHash('sha256').update(`zabota-referral:${v}`).digest('hex').slice(0, 32) : null;

export async function listPrograms(db: Db, actor: Actor) {
  const rows = await db
    .select()
    .from(referralPrograms)
    .where(eq(referralPrograms.orgId, actor.orgId))
    .orderBy(desc(referralPrograms.id));
  return { items: rows.map(programView), nextCursor: null };
}
export async function createProgram(db: Db, actor: Actor, input: ReferralProgramCreate) {
  const [row] = await db
    .insert(referralPrograms)
    .values({ ...input, orgId: actor.orgId })
    .returning();
  return programView(row!);
}
export async function updateProgram(db: Db, actor: Actor, id: string, input: ReferralProgramUpdate) {
  const [row] = await db
    .update(referralPrograms)
    .set({ ...input, updatedAt: new Date() })
    .where(and(eq(referralPrograms.orgId, actor.orgId), eq(referralPrograms.id, id)))
    .returning();
  if (!row) throw notFound('Referral program');
  return programView(row);
}

async function activeProgram(db: Db, orgId: string): Promise<Program | undefined> {
  const [p] = await db
    .select()
    .from(referralPrograms)
    .where(and(eq(referralPrograms.orgId, orgId), eq(referralPrograms.active, true)))
    .orderBy(desc(referralPrograms.id))
    .limit(1);
  return p;
}

/** The customer's code, made on first ask; a collision (25⁶ codes) simply draws again. */
export async function codeFor(db: Db, actor: Actor, customerId: string, baseUrl: string) {
  if (!(await customersRepo.exists(db, actor.orgId, customerId))) throw notFound('Customer');
  for (let i = 0; i < 10; i++) {
    const [existing] = await db
      .select({ code: referralCodes.code })
      .from(referralCodes)
      .where(and(eq(referralCodes.orgId, actor.orgId), eq(referralCodes.customerId, customerId)));
    if (existing) {
      const url = `${baseUrl.replace(/\/$/, '')}/r/${existing.code}`;
      return { customerId, code: existing.code, url, qrSvg: await qrSvg(url) };
    }
    await db
      .insert(referralCodes)
      .values({ orgId: actor.orgId, customerId, code: newReferralCode() })
      .onConflictDoNothing();
  }
  throw new Error('Could not draw a free referral code');
}

async function referrerByCode(db: Db, code: string) {
  const c = normaliseCode(code);
  if (!c) return undefined;
  const [row] = await db.select().from(referralCodes).where(eq(referralCodes.code, c));
  return row;
}

/** `/r/{code}`: records the visit (IP and device hashed) and says where to send the visitor. */
export async function visit(db: Db, code: string, ip: string | undefined, userAgent: string | undefined) {
  const ref = await referrerByCode(db, code);
  if (!ref) return null;
  await db.insert(referralVisits).values({
    orgId: ref.orgId,
    referrerId: ref.customerId,
    ipHash: hashOf(ip),
    deviceHash: hashOf(userAgent),
  });
  const program = await activeProgram(db, ref.orgId);
  const referrerName = await customersRepo.name(db, ref.orgId, ref.customerId);
  return { orgId: ref.orgId, landingUrl: program?.landingUrl ?? null, referrerName };
}

/**
 * Decides (again) who referred `referredId` from every claim, runs the fraud rules and stores
 * the one referral row. A referral that qualified or was rewarded is settled: later claims do not
 * move it (one referrer for life).
 */
export async function settle(db: Db, client: pg.PoolClient, orgId: string, referredId: string, now: Date) {
  const [current] = await db
    .select()
    .from(referrals)
    .where(and(eq(referrals.orgId, orgId), eq(referrals.referredId, referredId)));
  if (current && (current.status === 'qualified' || current.status === 'rewarded')) return current;
  const claims = await db
    .select()
    .from(referralClaims)
    .where(and(eq(referralClaims.orgId, orgId), eq(referralClaims.referredId, referredId)));
  const earliest = claims.reduce((m, c) => (c.claimedAt < m ? c.claimedAt : m), now);
  const { rows: visits } = await client.query<{ first: Date | null; earlier: boolean }>(
    `select min(occurred_at) as first, bool_or(occurred_at < $3) as earlier from interactions where org_id = $1 and customer_id = $2`,
    [orgId, referredId, earliest],
  );
  const verdict = attribute({
    claims: claims.map((c): AttributionClaim => ({ method: c.method, referrerId: c.referrerId, at: c.claimedAt })),
    firstInteractionAt: visits[0]?.first ?? null,
    earlierInteraction: !!visits[0]?.earlier,
    alreadyReferred: false,
  });
  if (!verdict.referred) {
    if (verdict.reason === 'existing_customer')
      throw invalid('This customer came before the referral', {
        referredId: 'An existing customer cannot be referred',
      });
    return current;
  }
  const winning = claims.find((c) => c.method === verdict.method && c.referrerId === verdict.referrerId);
  const visitRow = winning?.visitId
    ? (await db.select().from(referralVisits).where(eq(referralVisits.id, winning.visitId)))[0]
    : undefined;
  const referrer = (await customersRepo.person(db, orgId, verdict.referrerId))!;
  const referred = (await customersRepo.person(db, orgId, referredId))!;
  const { rows: counts } = await client.query<{ today: number; ip: number; device: number; shared: boolean }>(
    `select (select count(*)::int from referrals where org_id = $1 and referrer_id = $2 and referred_id <> $3
              and created_at >= date_trunc('day', now())) + 1 as today,
            (select count(*)::int from referrals where org_id = $1 and ip_hash = $4 and referred_id <> $3) + 1 as ip,
            (select count(*)::int from referrals where org_id = $1 and device_hash = $5 and referred_id <> $3) + 1 as device,
            exists (select 1 from customers c where c.org_id = $1 and c.id not in ($2, $3) and $6::text is not null
                     and right(regexp_replace(c.phone, '\\D', '', 'g'), 9) = $6) as shared`,
    [
      orgId,
      referrer.id,
      referredId,
      visitRow?.ipHash ?? null,
      visitRow?.deviceHash ?? null,
      referred.phone ? referred.phone.replace(/\D/g, '').slice(-9) : null,
    ],
  );
  const n = counts[0]!;
  const fraud: FraudVerdict = checkReferral({
    referrer,
    referred,
    phoneSharedWithOthers: n.shared,
    referrerToday: n.today,
    sameIp: visitRow?.ipHash ? n.ip : 0,
    sameDevice: visitRow?.deviceHash ? n.device : 0,
    createdAt: current?.createdAt ?? now,
    qualifiedAt: null,
    now,
  });
  const program = await activeProgram(db, orgId);
  const values = {
    orgId,
    programId: program?.id ?? null,
    referrerId: verdict.referrerId,
    referredId,
    method: verdict.method,
    status: statusAfter(fraud, null, program?.holdDays ?? 14, now),
    flags: fraud.blocked ? [] : fraud.flags,
    ipHash: visitRow?.ipHash ?? null,
    deviceHash: visitRow?.deviceHash ?? null,
  };
  const [row] = await db
    .insert(referrals)
    .values(values)
    .onConflictDoUpdate({ target: [referrals.orgId, referrals.referredId], set: { ...values, updatedAt: now } })
    .returning();
  if (values.status !== 'blocked') await customersRepo.markReferred(db, orgId, referredId, verdict.referrerId);
  return row!;
}

/** A code given at the counter, a link visit, or a staff entry: recorded, then attribution decides. */
export async function claim(deps: ReferralDeps, actor: Actor, input: ReferralClaim, now = new Date()) {
  const referred = await customersRepo.person(deps.db, actor.orgId, input.referredId);
  if (!referred) throw invalid('Unknown customer', { referredId: 'No such customer' });
  let referrerId = input.referrerId;
  let visitId: string | null = null;
  let claimedAt = now;
  if (input.method !== 'staff') {
    const ref = await referrerByCode(deps.db, input.code!);
    if (!ref || ref.orgId !== actor.orgId) throw invalid('Unknown code', { code: 'No customer has this code' });
    referrerId = ref.customerId;
    if (input.method === 'link') {
      const [last] = await deps.db
        .select()
        .from(referralVisits)
        .where(and(eq(referralVisits.orgId, actor.orgId), eq(referralVisits.referrerId, ref.customerId)))
        .orderBy(desc(referralVisits.visitedAt))
        .limit(1);
      if (!last) throw invalid('Nobody followed this link yet', { code: 'No visit of this link' });
      visitId = last.id;
      claimedAt = last.visitedAt;
    }
  } else if (!(await customersRepo.person(deps.db, actor.orgId, referrerId!)))
    throw invalid('Unknown customer', { referrerId: 'No such customer' });
  return inTransaction(deps.pool, async ({ db, client }) => {
    await client.query(`select pg_advisory_xact_lock(hashtext('referral:' || $1))`, [input.referredId]);
    await db.insert(referralClaims).values({
      orgId: actor.orgId,
      referredId: input.referredId,
      referrerId: referrerId!,
      method: input.method,
      visitId,
      enteredBy: actor.staffId,
      claimedAt,
    });
    const row = await settle(db, client, actor.orgId, input.referredId, now);
    if (!row) throw invalid('No referral', { referredId: 'Nobody is credited' });
    return viewOne(db, row);
  });
}

/**
 * The survey's "who recommended you?" answer: a claim like the others, ranked below code and link. The
 * answer tells how the customer first came, so it counts from their first visit when that was at most
 * 60 days before the answer (later answers come from existing customers and are refused by settle).
 */
export async function claimFromSurvey(
  db: Db,
  client: pg.PoolClient,
  claim: { orgId: string; referredId: string; referrerId: string; answeredAt: Date; enteredBy?: string | null },
) {
  const { rows } = await client.query<{ id: string; occurred_at: Date }>(
    `select id, occurred_at from interactions where org_id = $1 and customer_id = $2 order by occurred_at, id limit 1`,
    [claim.orgId, claim.referredId],
  );
  const first = rows[0];
  const fresh = !!first && claim.answeredAt.getTime() - first.occurred_at.getTime() <= QUALIFY_WITHIN_DAYS * DAY;
  await db.insert(referralClaims).values({
    orgId: claim.orgId,
    referredId: claim.referredId,
    referrerId: claim.referrerId,
    method: 'survey',
    enteredBy: claim.enteredBy ?? null,
    claimedAt: fresh && first.occurred_at < claim.answeredAt ? first.occurred_at : claim.answeredAt,
  });
  const referral = await settle(db, client, claim.orgId, claim.referredId, new Date());
  return { referral, firstInteractionId: fresh ? first.id : null };
}

export async function list(db: Db, actor: Actor, q: ReferralListQuery) {
  const rows = await db
    .select()
    .from(referrals)
    .where(
      and(
        eq(referrals.orgId, actor.orgId),
        q.status ? eq(referrals.status, q.status) : undefined,
        q.referrerId ? eq(referrals.referrerId, q.referrerId) : undefined,
        referralScope(actor, sql`${referrals.referredId}`, sql`${referrals.orgId}`),
        idCursorCondition(referrals.id, q.cursor),
      ),
    )
    .orderBy(desc(referrals.id))
    .limit(q.limit + 1);
  const page = toPage(rows, q.limit, (r) => r.id);
  const names = await namesOf(db, actor.orgId, page.items);
  return { items: page.items.map((r) => referralView(r, names)), nextCursor: page.nextCursor };
}

/** A person clears a flagged referral (it then qualifies or waits like any other) or blocks it. */
export async function decide(db: Db, actor: Actor, id: string, decision: 'approve' | 'block') {
  const [row] = await db
    .select()
    .from(referrals)
    .where(and(eq(referrals.orgId, actor.orgId), eq(referrals.id, id)));
  if (!row) throw notFound('Referral');
  if (row.status !== 'flagged' && row.status !== 'pending')
    throw invalid('Only a pending or flagged referral can be decided', { decision: `It is ${row.status}` });
  const status = decision === 'block' ? 'blocked' : row.qualifiedAt ? 'qualified' : 'pending';
  const [updated] = await db
    .update(referrals)
    .set({ status, flags: decision === 'approve' ? [] : row.flags, updatedAt: new Date() })
    .where(and(eq(referrals.orgId, actor.orgId), eq(referrals.id, id)))
    .returning();
  return viewOne(db, updated!);
}

/** Called with every created batch of interactions: one job when any of their customers has an open referral. */
export async function afterInteractionsForReferrals(
  db: Db,
  jobs: Jobs,
  orgId: string,
  created: { id: string; customerId?: string | null }[],
) {
  const ids = [...new Set(created.map((r) => r.customerId).filter((c): c is string => !!c))];
  if (!ids.length) return;
  const [open] = await db
    .select({ id: referrals.id })
    .from(referrals)
    .where(and(eq(referrals.orgId, orgId), inArray(referrals.referredId, ids), sql`${referrals.qualifiedAt} is null`))
    .limit(1);
  if (open) await jobs.send('referral.qualify', { orgId, interactionIds: created.map((r) => r.id) });
}

/**
 * The referred customer's first completed interaction (reaching the program's minimum amount)
 * qualifies the referral; a flagged one stays flagged (never rewarded automatically).
 */
export async function qualify(
  ctx: Pick<JobContext, 'pool'> & { emit?: Emit },
  data: { orgId: string; interactionIds: string[] },
) {
  return inTransaction(ctx.pool, async ({ client, enqueueOn }) => {
    const { rows } = await client.query<{ id: string; status: string; interaction_id: string; occurred_at: Date }>(
      `select r.id, r.status, i.id as interaction_id, i.occurred_at
         from referrals r
         join interactions i on i.org_id = r.org_id and i.customer_id = r.referred_id and i.id = any($2::uuid[])
         left join referral_programs p on p.org_id = r.org_id and p.id = r.program_id
        where r.org_id = $1 and r.qualified_at is null and r.status in ('pending', 'flagged')
          and (p.min_amount is null or coalesce(i.revenue, 0) >= p.min_amount)
        order by i.occurred_at for update of r`,
      [data.orgId, data.interactionIds],
    );
    const done = new Set<string>();
    for (const r of rows) {
      if (done.has(r.id)) continue;
      done.add(r.id);
      const { rows: updated } = await client.query(
        `update referrals set qualified_at = $3, qualifying_interaction_id = $4, updated_at = now(),
                status = case when status = 'flagged' then 'flagged'
                              when $3 > created_at + interval '60 days' then 'flagged' else 'qualified' end,
                flags = case when $3 > created_at + interval '60 days' and not ('not_qualified_in_time' = any(flags))
                             then flags || '{not_qualified_in_time}'::text[] else flags end
          where org_id = $1 and id = $2 returning *`,
        [data.orgId, r.id, r.occurred_at, r.interaction_id],
      );
      const row = updated[0] as { status: string };
      if (row.status === 'qualified')
        await ctx.emit?.(
          {
            orgId: data.orgId,
            type: 'referral.qualified',
            id: stableEventId('referral.qualified', r.id),
            payload: row,
          },
          { db: enqueueOn },
        );
    }
    return done.size;
  });
}

/**
 * "How did you hear about us?" answers that name a referral code become survey claims (ranked below
 * code and link, above a staff entry). A name waits as a pending name credit for staff to resolve.
 * One claim per customer.
 */
export async function claimFromSurveyAnswers(pool: pg.Pool, emit?: Emit): Promise<number> {
  const { rows } = await pool.query<{ org_id: string; customer_id: string; code: string; at: Date }>(
    `select distinct on (p.org_id, p.customer_id) p.org_id, p.customer_id, p.submitted_at as at,
            upper(regexp_replace(substr(p.answers ->> (q ->> 'id'), 10), '[\s-]', '', 'g')) as code
       from responses p
       join surveys s on s.org_id = p.org_id and s.id = p.survey_id
       cross join lateral jsonb_array_elements(s.questions) q
      where q ->> 'type' = 'referral_source' and p.customer_id is not null and p.status = 'complete'
        and p.submitted_at > now() - interval '60 days'
        and upper(regexp_replace(substr(p.answers ->> (q ->> 'id'), 10), '[\s-]', '', 'g')) ~ $1
        and p.answers ->> (q ->> 'id') like 'referral:%'
        and not exists (select 1 from referral_claims c where c.org_id = p.org_id and c.referred_id = p.customer_id
                          and c.method = 'survey')
      order by p.org_id, p.customer_id, p.submitted_at desc
      limit 500`,
    [`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`],
  );
  let claimed = 0;
  for (const r of rows) {
    const first = await inTransaction(pool, async ({ db, client }) => {
      const ref = await referrerByCode(db, r.code);
      if (!ref || ref.orgId !== r.org_id) return null;
      await client.query(`select pg_advisory_xact_lock(hashtext('referral:' || $1))`, [r.customer_id]);
      claimed++;
      const referredId = r.customer_id;
      // A refused claim (an existing customer) stays stored, so the answer is not tried again.
      return claimFromSurvey(db, client, { orgId: r.org_id, referredId, referrerId: ref.customerId, answeredAt: r.at })
        .then((c) => c.firstInteractionId)
        .catch(() => null);
    });
    // The visit the answer followed may be the one that qualifies the referral.
    if (first) await qualify({ pool, emit }, { orgId: r.org_id, interactionIds: [first] });
  }
  return claimed;
}

/**
 * Credits survey answers, rewards qualified referrals whose hold has passed, and flags pending ones
 * with no qualifying visit in 60 days.
 */
export async function sweepReferrals(pool: pg.Pool, emit?: Emit): Promise<void> {
  await claimFromSurveyAnswers(pool, emit);
  await collectNameCredits(pool);
  await pool.query(
    `update referrals r set status = 'rewarded', rewarded_at = now(), updated_at = now()
       from referral_programs p
      where p.org_id = r.org_id and p.id = r.program_id and r.status = 'qualified'
        and r.qualified_at + make_interval(days => p.hold_days) <= now()`,
  );
  await pool.query(
    `update referrals set status = 'flagged', flags = flags || '{not_qualified_in_time}'::text[], updated_at = now()
      where status = 'pending' and qualified_at is null and created_at < now() - interval '60 days'`,
  );
}

import { and, desc, eq, sql } from 'drizzle-orm';
import type pg from 'pg';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import { idCursorCondition } from '../../platform/db/keyset.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import type { Emit } from '../../platform/events.ts';
import { toDto } from '../../platform/http/dto.ts';
import { toPage } from '../../platform/http/pagination.ts';
import { nameMatch, namePrefixes } from '../../shared/name-match.ts';
import * as customersRepo from './referral-customers.repo.ts';
import type { NameCreditDecision, NameCreditListQuery } from './referrals.contract.ts';
import { referralNameCredits, referrals } from './referrals.schema.ts';
import { claimFromSurvey, qualify } from './referrals.service.ts';
import { referralScope } from './scope.ts';

type Credit = typeof referralNameCredits.$inferSelect;
type Referral = typeof referrals.$inferSelect;
const SUGGESTIONS = 5;

/** Customers whose name is like the typed one, best first; never the referred customer themselves. */
async function suggestionsFor(db: Db, c: Credit) {
  const candidates = await customersRepo.namedLike(db, c.orgId, namePrefixes(c.name), c.referredId);
  return candidates
    .map((k) => ({ customerId: k.id, name: k.name, ...nameMatch(c.name, k.name ?? '') }))
    .filter((k) => k.score > 0)
    .sort((a, b) => b.score - a.score || (a.name ?? '').localeCompare(b.name ?? ''))
    .slice(0, SUGGESTIONS);
}

async function view(db: Db, c: Credit, referral: Referral | null) {
  const ids = [c.referredId, c.referrerId, referral?.referrerId].filter((x): x is string => !!x);
  const names = new Map((await customersRepo.namesByIds(db, c.orgId, ids)).map((n) => [n.id, n.name]));
  return toDto({
    id: c.id,
    referredId: c.referredId,
    referredName: names.get(c.referredId) ?? null,
    name: c.name,
    answeredAt: c.answeredAt,
    status: c.status,
    referrerId: c.referrerId,
    referrerName: c.referrerId ? (names.get(c.referrerId) ?? null) : null,
    resolvedAt: c.resolvedAt,
    suggestions: c.status === 'pending' ? await suggestionsFor(db, c) : [],
    referral: referral
      ? {
          referrerId: referral.referrerId,
          referrerName: names.get(referral.referrerId) ?? null,
          method: referral.method,
          status: referral.status,
        }
      : null,
  });
}

/** Each credit with the referred customer's referral, as attribution decided it. */
const withReferral = (db: Db) =>
  db
    .select({ credit: referralNameCredits, referral: referrals })
    .from(referralNameCredits)
    .leftJoin(
      referrals,
      and(eq(referrals.orgId, referralNameCredits.orgId), eq(referrals.referredId, referralNameCredits.referredId)),
    );

export async function listNameCredits(db: Db, actor: Actor, q: NameCreditListQuery) {
  const rows = await withReferral(db)
    .where(
      and(
        eq(referralNameCredits.orgId, actor.orgId),
        q.status ? eq(referralNameCredits.status, q.status) : undefined,
        referralScope(actor, sql`${referralNameCredits.referredId}`, sql`${referralNameCredits.orgId}`),
        idCursorCondition(referralNameCredits.id, q.cursor),
      ),
    )
    .orderBy(desc(referralNameCredits.id))
    .limit(q.limit + 1);
  const page = toPage(
    rows.map((r) => ({ ...r, id: r.credit.id })),
    q.limit,
    (r) => r.id,
  );
  return {
    items: await Promise.all(page.items.map((r) => view(db, r.credit, r.referral))),
    nextCursor: page.nextCursor,
  };
}

/**
 * A person says who the name is: it becomes a survey claim dated at the answer, and attribution and the
 * fraud rules decide as for any claim. Or they dismiss it. All or nothing.
 */
export async function decideNameCredit(
  deps: { db: Db; pool: pg.Pool; emit?: Emit },
  actor: Actor,
  id: string,
  input: NameCreditDecision,
) {
  const visible = await visibleCredit(deps.db, actor, id);
  if (!visible) throw notFound('Name credit');
  if (visible.status !== 'pending')
    throw invalid('This name was already dealt with', { decision: `It is ${visible.status}` });
  if (input.referrerId && !(await customersRepo.exists(deps.db, actor.orgId, input.referrerId)))
    throw invalid('Unknown customer', { referrerId: 'No such customer' });
  const { firstInteractionId } = await inTransaction(deps.pool, async ({ db, client }) => {
    await client.query(`select pg_advisory_xact_lock(hashtext('referral:' || $1))`, [visible.referredId]);
    const now = new Date();
    const credited =
      input.decision === 'credit'
        ? await claimFromSurvey(db, client, {
            orgId: actor.orgId,
            referredId: visible.referredId,
            referrerId: input.referrerId!,
            answeredAt: visible.answeredAt,
            enteredBy: actor.staffId,
          })
        : null;
    const [updated] = await db
      .update(referralNameCredits)
      .set({
        status: input.decision === 'credit' ? 'resolved' : 'dismissed',
        referrerId: input.referrerId ?? null,
        resolvedBy: actor.staffId,
        resolvedAt: now,
      })
      .where(
        and(
          eq(referralNameCredits.orgId, actor.orgId),
          eq(referralNameCredits.id, id),
          eq(referralNameCredits.status, 'pending'),
        ),
      )
      .returning();
    if (!updated) throw invalid('This name was already dealt with', { decision: 'Decided meanwhile' });
    return { firstInteractionId: credited?.firstInteractionId ?? null };
  });
  // The visit the answer followed may be the one that qualifies the referral.
  if (firstInteractionId) await qualify(deps, { orgId: actor.orgId, interactionIds: [firstInteractionId] });
  const [row] = await withReferral(deps.db).where(
    and(eq(referralNameCredits.orgId, actor.orgId), eq(referralNameCredits.id, id)),
  );
  return view(deps.db, row!.credit, row!.referral);
}

async function visibleCredit(db: Db, actor: Actor, id: string): Promise<Credit | undefined> {
  const [row] = await db
    .select()
    .from(referralNameCredits)
    .where(
      and(
        eq(referralNameCredits.orgId, actor.orgId),
        eq(referralNameCredits.id, id),
        referralScope(actor, sql`${referralNameCredits.referredId}`, sql`${referralNameCredits.orgId}`),
      ),
    );
  return row;
}

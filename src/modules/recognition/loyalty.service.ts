import type pg from 'pg';
import type { Actor } from '../../platform/auth/actor.ts';
import { newId } from '../../platform/db/ids.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import * as gestures from './gestures.service.ts';
import * as points from './points.service.ts';
import type { CustomerRecognitionUpdate } from './recognition.contract.ts';
import { loadCustomers, loadTierRules, oweTierEntryGestures } from './tier-recalc.ts';
import { progressTo } from './tier-rules.ts';
import * as tiersRepo from './tiers.repo.ts';

/** The customer card's loyalty panel: tier, figures, progress, what to remember, gestures. */
export async function loyaltyOf(pool: pg.Pool, actor: Actor, customerId: string, now = new Date()) {
  const [c] = await loadCustomers(pool, actor.orgId, now, [customerId]);
  if (!c) throw notFound('Customer');
  const [rules, tiers, profile, tasks, pointsOn, better] = await Promise.all([
    loadTierRules(pool, actor.orgId),
    tiersRepo.list(pool, actor.orgId),
    pool.query<{
      birthday: string | null;
      preferences: string | null;
      remember: string | null;
      profiling_opt_out: boolean;
    }>(
      `select to_char(birthday, 'YYYY-MM-DD') as birthday, preferences, remember, profiling_opt_out
       from customer_profiles where org_id = $1 and customer_id = $2`,
      [actor.orgId, customerId],
    ),
    gestures.listTasks(pool, actor, { customerId, limit: 20 }, now),
    points.enabled(pool, actor.orgId),
    pool.query<{ response_id: string; answer: string; submitted_at: Date }>(
      `select p.id as response_id, p.answers ->> (q ->> 'id') as answer, p.submitted_at
         from responses p
         join surveys s on s.org_id = p.org_id and s.id = p.survey_id
         cross join lateral jsonb_array_elements(s.questions) q
        where p.org_id = $1 and p.customer_id = $2 and q ->> 'type' = 'better_elsewhere'
          and coalesce(p.answers ->> (q ->> 'id'), '') <> ''
        order by p.submitted_at desc limit 20`,
      [actor.orgId, customerId],
    ),
  ]);
  const tier = tiers.find((t) => t.id === c.standing.tierId);
  const progress = progressTo(rules, c.standing.tierId, c);
  const p = profile.rows[0];
  return {
    customerId,
    tier: tier ? { id: tier.id, name: tier.name, rank: tier.rank } : null,
    since: c.standing.since?.toISOString() ?? null,
    manual: c.standing.manual,
    belowSince: c.standing.belowSince?.toISOString() ?? null,
    figures: { visits: c.visits, spend: c.spend, tenureDays: c.tenureDays, referrals: c.referrals },
    progress: progress ? { ...progress, name: tiers.find((t) => t.id === progress.tierId)?.name ?? '' } : null,
    profile: {
      birthday: p?.birthday ?? null,
      preferences: p?.preferences ?? null,
      remember: p?.remember ?? null,
      profilingOptOut: p?.profiling_opt_out ?? false,
    },
    gestures: tasks.items,
    points: pointsOn ? { balance: await points.balanceOf(pool, actor.orgId, customerId) } : null,
    betterElsewhere: better.rows.map((r) => ({
      responseId: r.response_id,
      answer: r.answer,
      submittedAt: new Date(r.submitted_at).toISOString(),
    })),
  };
}

/**
 * What staff remember about the customer, their birthday and profiling choice, and a tier given
 * by hand (null hands the customer back to the recalculation, which runs for them at once).
 */
export async function updateCustomer(
  pool: pg.Pool,
  actor: Actor,
  customerId: string,
  input: CustomerRecognitionUpdate,
  now = new Date(),
) {
  await inTransaction(pool, async ({ client }) => {
    const { rowCount } = await client.query('select 1 from customers where org_id = $1 and id = $2', [
      actor.orgId,
      customerId,
    ]);
    if (!rowCount) throw notFound('Customer');
    const { tierId, ...profile } = input;
    if (Object.keys(profile).length) {
      const cols = {
        birthday: 'birthday',
        preferences: 'preferences',
        remember: 'remember',
        profilingOptOut: 'profiling_opt_out',
      };
      const set = Object.entries(profile).filter(([, v]) => v !== undefined) as [keyof typeof cols, unknown][];
      await client.query(
        `insert into customer_profiles (org_id, customer_id, ${set.map(([k]) => cols[k]).join(', ')})
         values ($1, $2${set.map((_, i) => `, $${i + 3}`).join('')})
         on conflict (org_id, customer_id) do update set ${set.map(([k]) => `${cols[k]} = excluded.${cols[k]}`).join(', ')}, updated_at = now()`,
        [actor.orgId, customerId, ...set.map(([, v]) => v)],
      );
    }
    if (tierId === undefined) return;
    const { rows: before } = await client.query<{ tier_id: string }>(
      'select tier_id from customer_tiers where org_id = $1 and customer_id = $2 for update',
      [actor.orgId, customerId],
    );
    const from = before[0]?.tier_id ?? null;
    if (tierId === null) {
      await client.query(
        'update customer_tiers set manual = false, updated_at = $3 where org_id = $1 and customer_id = $2',
        [actor.orgId, customerId, now],
      );
    } else {
      if (!(await tiersRepo.get(client, actor.orgId, tierId)))
        throw invalid('No such tier', { tierId: 'No such tier' });
      await client.query(
        `insert into customer_tiers (org_id, customer_id, tier_id, since, below_since, manual, updated_at)
         values ($1, $2, $3, $4, null, true, $4)
         on conflict (org_id, customer_id) do update set tier_id = excluded.tier_id, manual = true, below_since = null,
           since = case when customer_tiers.tier_id = excluded.tier_id then customer_tiers.since else excluded.since end,
           updated_at = excluded.updated_at`,
        [actor.orgId, customerId, tierId, now],
      );
      if (from !== tierId)
        await client.query(
          `insert into tier_changes (id, org_id, customer_id, from_tier_id, to_tier_id, at)
           values ($6, $1, $2, $3, $4, $5)`,
          [actor.orgId, customerId, from, tierId, now, newId()],
        );
      if (from !== tierId)
        await oweTierEntryGestures(client, actor.orgId, now, [
          {
            customerId,
            from: { tierId: from, since: null, belowSince: null, manual: false },
            to: { tierId, since: now, belowSince: null, manual: true },
          },
        ]);
    }
    await client.query('insert into recognition_dirty (org_id, customer_id) values ($1, $2) on conflict do nothing', [
      actor.orgId,
      customerId,
    ]);
  });
  return loyaltyOf(pool, actor, customerId, now);
}

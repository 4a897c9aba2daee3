import type pg from 'pg';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { ideasByCustomer } from '../insights/index.ts';
import { reviewsWithTextByCustomer } from '../reviews/index.ts';
import { leadUserScore } from './lead-user-score.ts';

/**
 * Customers ranked by the lead-user score. A customer who opted out of profiling is left out
 * entirely; an invitation to co-create is offered only with their marketing (email) consent.
 * Ideas come from the idea board and public reviews from the reviews module, each through its door.
 */
export async function leadUsers(deps: { db: Db; pool: pg.Pool }, actor: Actor, q: { limit: number }, now = new Date()) {
  const [ideas, reviews] = await Promise.all([
    ideasByCustomer(deps.db, actor.orgId),
    reviewsWithTextByCustomer(deps.db, actor.orgId),
  ]);
  const signalled = [...new Set([...ideas.keys(), ...reviews.keys()])];
  const { rows } = await deps.pool.query<{
    customer_id: string;
    name: string | null;
    consent_email: boolean;
    referrals: number;
    long_comments: number;
    segment: string | null;
    early: number;
  }>(
    `with r as (select referrer_id as customer_id, count(*)::int as n from referrals
                where org_id = $1 and status in ('qualified', 'rewarded') group by 1),
     k as (select customer_id, count(*)::int as n from responses
           where org_id = $1 and customer_id is not null and length(comment) >= 200 group by 1),
     firsts as (select i.customer_id, i.touchpoint_id, min(i.occurred_at) as first_at from interactions i
                join touchpoints t on t.org_id = i.org_id and t.id = i.touchpoint_id
                where i.org_id = $1 and i.customer_id is not null and t.created_at > $2::timestamptz - interval '365 days'
                group by 1, 2),
     ranked as (select customer_id, percent_rank() over (partition by touchpoint_id order by first_at) as pr from firsts),
     e as (select customer_id, count(*)::int as n from ranked where pr < 0.1 group by 1)
     select c.id as customer_id, c.name, c.consent_email, coalesce(r.n, 0) as referrals, coalesce(k.n, 0) as long_comments,
            s.segment, coalesce(e.n, 0) as early
     from customers c
     left join customer_profiles p on p.org_id = c.org_id and p.customer_id = c.id
     left join r on r.customer_id = c.id
     left join k on k.customer_id = c.id
     left join e on e.customer_id = c.id
     left join customer_segments s on s.org_id = c.org_id and s.customer_id = c.id
     where c.org_id = $1 and not coalesce(p.profiling_opt_out, false)
       and (r.n is not null or k.n is not null or e.n is not null or c.id = any($3::uuid[])
            or s.segment in ('champions', 'loyal', 'potential_loyalists'))`,
    [actor.orgId, now, signalled],
  );
  const items = rows
    .map((r) => {
      const { score, reasons } = leadUserScore({
        ideas: ideas.get(r.customer_id)?.ideas ?? 0,
        ideasAdopted: ideas.get(r.customer_id)?.adopted ?? 0,
        qualifiedReferrals: r.referrals,
        reviewsWithText: reviews.get(r.customer_id) ?? 0,
        longComments: r.long_comments,
        segment: r.segment,
        earlyAdoptions: r.early,
      });
      return { customerId: r.customer_id, name: r.name, score, reasons, canInviteToCoCreate: r.consent_email };
    })
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || a.customerId.localeCompare(b.customerId))
    .slice(0, q.limit);
  const notice = (lang: 'en' | 'ru' | 'bg') => translate(lang, 'recognition.leadUsers.privacyNotice');
  return { items, privacyNotice: { en: notice('en'), ru: notice('ru'), bg: notice('bg') } };
}

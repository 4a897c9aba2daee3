import { sql, type SQL } from 'drizzle-orm';
import { locationScope, type Actor } from '../../platform/auth/actor.ts';

/**
 * Which referrals a manager or staff member sees: those whose new customer first came to one of
 * their locations, and — before that first visit, when no location is known yet — those they
 * entered themselves at the counter. `referredId` and `orgId` are column references of the query.
 * null: the whole organisation.
 */
export function referralScope(actor: Actor, referredId: SQL, orgId: SQL): SQL | undefined {
  const scope = locationScope(actor);
  if (scope === null) return undefined;
  const first = sql`(select i.location_id from interactions i where i.org_id = ${orgId} and i.customer_id = ${referredId}
                      order by i.occurred_at, i.id limit 1)`;
  const mine = scope.length
    ? sql`${first} in (${sql.join(
        scope.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`
    : sql`false`;
  const entered = actor.staffId
    ? sql`(${first} is null and exists (select 1 from referral_claims c where c.org_id = ${orgId}
            and c.referred_id = ${referredId} and c.entered_by = ${actor.staffId}))`
    : sql`false`;
  return sql`(${mine} or ${entered})`;
}

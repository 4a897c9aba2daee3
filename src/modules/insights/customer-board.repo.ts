import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import type { Status } from './insight-rules.ts';
import { customerIdeaLinks, insightCustomerVotes } from './insights.schema.ts';

/** Queries of the customer idea board: links, customer votes, who hears of a change, what shipped. */

export async function linkHolder(db: Db, tokenHash: string) {
  const { rows } = await db.execute<{
    org_id: string;
    customer_id: string;
    name: string | null;
    language: string | null;
    default_language: string;
    org_name: string;
  }>(sql`
    select l.org_id, c.id as customer_id, c.name, c.language, o.default_language, o.name as org_name
      from customer_idea_links l
      join customers c on c.org_id = l.org_id and c.id = l.customer_id
      join orgs o on o.id = l.org_id
     where l.token_hash = ${tokenHash} and l.revoked_at is null`);
  return rows[0];
}

/** Issues a customer's board link, revoking the one before it, in one statement pair the caller wraps. */
export async function issueLink(db: Db, orgId: string, customerId: string, tokenHash: string) {
  await revokeLinks(db, orgId, customerId);
  const [r] = await db.insert(customerIdeaLinks).values({ orgId, customerId, tokenHash }).returning();
  return r!;
}

export async function revokeLinks(db: Db, orgId: string, customerId: string): Promise<number> {
  const rows = await db
    .update(customerIdeaLinks)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(customerIdeaLinks.orgId, orgId),
        eq(customerIdeaLinks.customerId, customerId),
        isNull(customerIdeaLinks.revokedAt),
      ),
    )
    .returning({ id: customerIdeaLinks.id });
  return rows.length;
}

export type BoardRow = {
  id: string;
  title: string;
  body: string | null;
  status: Status;
  outcome: string | null;
  anonymous: boolean;
  customer_id: string | null;
  customer_name: string | null;
  votes: number;
  voted: boolean;
};

/**
 * What one customer sees: the organisation's open customer ideas, those done in the last 90 days,
 * and their own whatever their status. Only the columns the page shows leave the database.
 */
export async function board(db: Db, orgId: string, customerId: string): Promise<BoardRow[]> {
  const { rows } = await db.execute<BoardRow>(sql`
    select i.id, i.title, i.body, i.status, i.outcome, i.anonymous,
           i.on_behalf_of_customer_id as customer_id, c.name as customer_name,
           ((select count(*) from insight_votes v where v.insight_id = i.id)
             + (select count(*) from insight_customer_votes v where v.insight_id = i.id))::int as votes,
           exists(select 1 from insight_customer_votes v
                   where v.org_id = i.org_id and v.insight_id = i.id and v.customer_id = ${customerId}) as voted
      from insights i
      left join customers c on c.org_id = i.org_id and c.id = i.on_behalf_of_customer_id
     where i.org_id = ${orgId} and i.audience = 'customer'
       and (i.status in ('new', 'reviewing', 'planned')
            or (i.status = 'done' and i.outcome_at > now() - interval '90 days')
            or i.on_behalf_of_customer_id = ${customerId})
     order by votes desc, i.id desc
     limit 200`);
  return rows;
}

/** A customer's vote on an open customer idea of their organisation; false when there is no such idea. */
export async function vote(db: Db, orgId: string, insightId: string, customerId: string): Promise<boolean> {
  const { rows } = await db.execute<{ ok: boolean }>(sql`
    with target as (
      select id from insights
       where org_id = ${orgId} and id = ${insightId} and audience = 'customer'
         and status in ('new', 'reviewing', 'planned')
         and on_behalf_of_customer_id is distinct from ${customerId}::uuid),
    ins as (
      insert into insight_customer_votes (org_id, insight_id, customer_id)
      select ${orgId}, id, ${customerId} from target
      on conflict do nothing)
    select exists(select 1 from target) as ok`);
  return rows[0]?.ok ?? false;
}

/** Moves customer votes from a duplicate to the idea it repeats (each customer still counted once). */
export async function moveVotes(db: Db, orgId: string, from: string, to: string): Promise<void> {
  await db.execute(sql`
    insert into insight_customer_votes (org_id, insight_id, customer_id, created_at)
    select org_id, ${to}, customer_id, created_at from insight_customer_votes
     where org_id = ${orgId} and insight_id = ${from}
       and customer_id is distinct from (select on_behalf_of_customer_id from insights where org_id = ${orgId} and id = ${to})
    on conflict do nothing`);
  await db
    .delete(insightCustomerVotes)
    .where(and(eq(insightCustomerVotes.orgId, orgId), eq(insightCustomerVotes.insightId, from)));
}

/** The customers who hear of a change: the idea's customer and every customer who voted, with an email. */
export async function recipients(db: Db, orgId: string, insightId: string) {
  const { rows } = await db.execute<{ id: string; name: string | null; email: string; language: string | null }>(sql`
    select c.id, c.name, c.email, c.language from customers c
     where c.org_id = ${orgId} and c.email is not null and c.email <> ''
       and (c.id in (select customer_id from insight_customer_votes where org_id = ${orgId} and insight_id = ${insightId})
            or c.id = (select on_behalf_of_customer_id from insights where org_id = ${orgId} and id = ${insightId}))`);
  return rows;
}

export async function customer(db: Db, orgId: string, customerId: string) {
  const { rows } = await db.execute<{ id: string; name: string | null; email: string | null; language: string | null }>(
    sql`select id, name, email, language from customers where org_id = ${orgId} and id = ${customerId}`,
  );
  return rows[0];
}

/** Customer ideas marked done in [from, to): what the weekly digest reports as shipped. */
export async function shipped(db: Db, orgId: string, from: Date, to: Date) {
  const { rows } = await db.execute<{ id: string; title: string }>(sql`
    select id, title from insights
     where org_id = ${orgId} and audience = 'customer' and status = 'done'
       and outcome_at >= ${from.toISOString()}::timestamptz and outcome_at < ${to.toISOString()}::timestamptz
     order by outcome_at, id`);
  return rows;
}

/** Ideas each customer brought (posted themselves or by staff on their behalf), and how many were planned or done. */
export async function ideasByCustomer(db: Db, orgId: string) {
  const { rows } = await db.execute<{ customer_id: string; ideas: number; adopted: number }>(sql`
    select on_behalf_of_customer_id as customer_id, count(*)::int as ideas,
           (count(*) filter (where status in ('planned', 'done')))::int as adopted
      from insights
     where org_id = ${orgId} and on_behalf_of_customer_id is not null
     group by on_behalf_of_customer_id`);
  return new Map(rows.map((r) => [r.customer_id, { ideas: r.ideas, adopted: r.adopted }]));
}

/** Customer ideas posted in [from, to), each with the customer it came from (null when none was named). */
export async function postedIn(db: Db, orgId: string, from: Date, to: Date) {
  const { rows } = await db.execute<{ customer_id: string | null }>(sql`
    select on_behalf_of_customer_id as customer_id from insights
     where org_id = ${orgId} and audience = 'customer'
       and created_at >= ${from.toISOString()}::timestamptz and created_at < ${to.toISOString()}::timestamptz`);
  return rows.map((r) => ({ customerId: r.customer_id }));
}

/** Customer ideas marked done in [from, to), per calendar quarter of the decision on the organisation's clock. */
export async function shippedPerQuarter(db: Db, orgId: string, from: Date, to: Date) {
  const { rows } = await db.execute<{ quarter: string; n: number }>(sql`
    select to_char(date_trunc('quarter', outcome_at at time zone (select time_zone from orgs where id = ${orgId})), 'YYYY-"Q"Q') as quarter, count(*)::int as n
      from insights
     where org_id = ${orgId} and audience = 'customer' and status = 'done'
       and outcome_at >= ${from.toISOString()}::timestamptz and outcome_at < ${to.toISOString()}::timestamptz
     group by 1 order by 1`);
  return rows;
}

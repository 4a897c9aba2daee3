import { and, eq, getTableColumns, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { insertOrFindByExternalId } from '../../platform/db/external-id.ts';
import { idCursorCondition, newestFirst } from '../../platform/db/keyset.ts';
import type { CustomerCreate, CustomerListQuery, CustomerUpdate } from './customers.contract.ts';
import { customers } from './customers.schema.ts';

const { orgId: _org, ...columns } = getTableColumns(customers);

export async function list(db: Db, orgId: string, q: CustomerListQuery) {
  const where: (SQL | undefined)[] = [eq(customers.orgId, orgId), idCursorCondition(customers.id, q.cursor)];
  if (q.q) {
    const like = `%${q.q}%`;
    where.push(
      or(
        ilike(customers.name, like),
        ilike(customers.email, like),
        ilike(customers.phone, like),
        eq(customers.externalId, q.q),
      ),
    );
  }
  if (q.acquisitionChannel) where.push(eq(customers.acquisitionChannel, q.acquisitionChannel));
  if (q.acquisitionCampaign) where.push(eq(customers.acquisitionCampaign, q.acquisitionCampaign));
  if (q.language) where.push(eq(customers.language, q.language));
  return db
    .select(columns)
    .from(customers)
    .where(and(...where))
    .orderBy(...newestFirst(customers.id))
    .limit(q.limit + 1);
}

export async function get(db: Db, orgId: string, id: string) {
  const [row] = await db
    .select(columns)
    .from(customers)
    .where(and(eq(customers.orgId, orgId), eq(customers.id, id)));
  return row;
}

export const insert = (db: Db, orgId: string, input: CustomerCreate) =>
  insertOrFindByExternalId(db, customers, columns, { ...input, orgId });

/** The customer a respondent names: by external id, else by email (any case), else a new one. Answers the id. */
export async function findOrInsert(db: Db, orgId: string, c: CustomerCreate): Promise<string> {
  if (!c.externalId && c.email) {
    const [found] = await db
      .select({ id: customers.id })
      .from(customers)
      .where(and(eq(customers.orgId, orgId), sql`lower(${customers.email}) = lower(${c.email})`))
      .limit(1);
    if (found) return found.id;
  }
  const { row } = await insert(db, orgId, c);
  return row.id;
}

export async function update(db: Db, orgId: string, id: string, input: CustomerUpdate) {
  const [row] = await db
    .update(customers)
    .set({ ...input, updatedAt: new Date() })
    .where(and(eq(customers.orgId, orgId), eq(customers.id, id)))
    .returning(columns);
  return row;
}

export async function remove(db: Db, orgId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(customers)
    .where(and(eq(customers.orgId, orgId), eq(customers.id, id)))
    .returning({ id: customers.id });
  return rows.length > 0;
}

/** The customer's first interaction and first response (index scans on (org_id, customer_id, …)). */
export async function firstContacts(db: Db, orgId: string, id: string) {
  const result = await db.execute<{ first_interaction: string | null; first_response: string | null }>(sql`
    select
      (select min(occurred_at) from interactions where org_id = ${orgId} and customer_id = ${id}) as first_interaction,
      (select min(submitted_at) from responses where org_id = ${orgId} and customer_id = ${id}) as first_response`);
  const row = result.rows[0];
  const date = (v: string | null | undefined) => (v ? new Date(v) : null);
  return { firstInteraction: date(row?.first_interaction), firstResponse: date(row?.first_response) };
}

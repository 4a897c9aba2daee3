import { and, eq, ilike, inArray, ne, or } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { customers } from '../customers/customers.schema.ts';

/** What referrals read and mark on the customers it links. */
const one = (orgId: string, id: string) => and(eq(customers.orgId, orgId), eq(customers.id, id));

export async function exists(db: Db, orgId: string, id: string): Promise<boolean> {
  const [c] = await db.select({ id: customers.id }).from(customers).where(one(orgId, id));
  return !!c;
}

export async function name(db: Db, orgId: string, id: string): Promise<string | null> {
  const [c] = await db.select({ name: customers.name }).from(customers).where(one(orgId, id));
  return c?.name ?? null;
}

export type Person = { id: string; email: string | null; phone: string | null };

export async function person(db: Db, orgId: string, id: string): Promise<Person | undefined> {
  const [p] = await db
    .select({ id: customers.id, email: customers.email, phone: customers.phone })
    .from(customers)
    .where(one(orgId, id));
  return p;
}

export async function markReferred(db: Db, orgId: string, id: string, referrerId: string): Promise<void> {
  await db.update(customers).set({ referrerId, acquisitionChannel: 'referral' }).where(one(orgId, id));
}

/** Customers' names by id, for showing people rather than ids. */
export async function namesByIds(db: Db, orgId: string, ids: string[]) {
  return db
    .select({ id: customers.id, name: customers.name })
    .from(customers)
    .where(and(eq(customers.orgId, orgId), inArray(customers.id, ids)));
}

/** Customers whose name has one of the prefixes anywhere in it: the candidates a typed name is ranked among. */
export async function namedLike(db: Db, orgId: string, prefixes: string[], except: string, limit = 500) {
  if (!prefixes.length) return [];
  return db
    .select({ id: customers.id, name: customers.name })
    .from(customers)
    .where(
      and(
        eq(customers.orgId, orgId),
        ne(customers.id, except),
        or(...prefixes.map((p) => ilike(customers.name, `%${p.replace(/[%_\\]/g, '')}%`))),
      ),
    )
    .limit(limit);
}

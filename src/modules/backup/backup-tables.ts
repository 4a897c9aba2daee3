import type pg from 'pg';

/**
 * Tables with an `org_id` that stay out of a backup: sign-in sessions and idempotency keys are
 * transient (a restored organisation signs in again), and a pending rebuild of derived cells is work,
 * not data (a restore asks for its own). Everything else an organisation owns is
 * backed up, found by its `org_id` column, so a new table is covered the day it is created.
 */
export const TRANSIENT_TABLES: readonly string[] = ['sessions', 'idempotency_keys', 'analytics_rebuilds'];

/**
 * Tables without `org_id` that hold no organisation's data: the key is the organisation itself, or
 * sign-in failure counters (hashed, minutes long, belonging to no organisation yet).
 */
export const GLOBAL_TABLES: readonly string[] = ['orgs', 'login_throttle'];

type Queryable = Pick<pg.PoolClient, 'query'>;

/** Every public table with an `org_id` column, read from the database. */
export async function tablesWithOrgId(client: Queryable): Promise<string[]> {
  const { rows } = await client.query<{ table_name: string }>(
    `select c.table_name from information_schema.columns c
       join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
      where c.table_schema = 'public' and c.column_name = 'org_id' and t.table_type = 'BASE TABLE'
      order by c.table_name`,
  );
  return rows.map((r) => r.table_name);
}

/**
 * The tables a backup holds, parents before children (foreign keys between public tables), so a
 * restore can COPY them in this order with every foreign key checked.
 */
export async function backupTables(client: Queryable): Promise<string[]> {
  const tables = ['orgs', ...(await tablesWithOrgId(client)).filter((t) => !TRANSIENT_TABLES.includes(t))];
  const { rows } = await client.query<{ child: string; parent: string }>(
    `select distinct c.relname as child, p.relname as parent
       from pg_constraint k
       join pg_class c on c.oid = k.conrelid join pg_namespace cn on cn.oid = c.relnamespace
       join pg_class p on p.oid = k.confrelid
      where k.contype = 'f' and cn.nspname = 'public' and c.relname <> p.relname`,
  );
  const parents = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const r of rows) if (parents.has(r.child) && parents.has(r.parent)) parents.get(r.child)!.add(r.parent);
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < tables.length) {
    const ready = tables.filter((t) => !placed.has(t) && [...parents.get(t)!].every((p) => placed.has(p)));
    if (!ready.length) throw new Error('Foreign keys between tables form a cycle; a backup cannot order them');
    for (const t of ready) (ordered.push(t), placed.add(t));
  }
  return ordered;
}

/** Columns to copy: identity columns are left to the target database, whose own rows may use the same numbers. */
export async function copiedColumns(client: Queryable, table: string): Promise<string[]> {
  const { rows } = await client.query<{ column_name: string }>(
    `select column_name from information_schema.columns
      where table_schema = 'public' and table_name = $1 and is_identity = 'NO' and is_generated = 'NEVER'
      order by ordinal_position`,
    [table],
  );
  return rows.map((r) => r.column_name);
}

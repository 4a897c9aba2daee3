import type pg from 'pg';
import type { Actor } from '../../platform/auth/actor.ts';
import { newId } from '../../platform/db/ids.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError, invalid } from '../../platform/errors.ts';
import { decodeCursor, toPage } from '../../platform/http/pagination.ts';
import { checkEntry, signed } from './points-rules.ts';
import type { PointsEntryCreate } from './recognition.contract.ts';

type Q = Pick<pg.PoolClient, 'query'>;
type Row = {
  id: string;
  customerId: string;
  kind: PointsEntryCreate['kind'];
  points: number;
  sourceType: PointsEntryCreate['sourceType'];
  sourceId: string;
  reversesId: string | null;
  note: string | null;
  createdAt: Date;
};
const COLUMNS = `id, customer_id as "customerId", kind, points, source_type as "sourceType", source_id as "sourceId",
  reverses_id as "reversesId", note, created_at as "createdAt"`;

export async function enabled(db: Q, orgId: string) {
  const { rows } = await db.query<{ enabled: boolean }>('select enabled from points_settings where org_id = $1', [
    orgId,
  ]);
  return rows[0]?.enabled ?? false;
}
export async function setEnabled(pool: pg.Pool, actor: Actor, on: boolean) {
  await pool.query(
    `insert into points_settings (org_id, enabled) values ($1, $2)
     on conflict (org_id) do update set enabled = excluded.enabled, updated_at = now()`,
    [actor.orgId, on],
  );
  return { enabled: on };
}
const off = () =>
  new AppError('conflict', 'The points ledger is not enabled', { enabled: 'An owner turns points on first' });

export async function balanceOf(db: Q, orgId: string, customerId: string) {
  const { rows } = await db.query<{ b: number }>(
    'select coalesce(sum(points), 0)::int as b from points_ledger where org_id = $1 and customer_id = $2',
    [orgId, customerId],
  );
  return rows[0]!.b;
}

export async function list(pool: pg.Pool, actor: Actor, q: { customerId?: string; cursor?: string; limit: number }) {
  if (!(await enabled(pool, actor.orgId))) throw off();
  const cursor = decodeCursor(q.cursor)?.id ?? null;
  const { rows } = await pool.query<Row>(
    `select ${COLUMNS} from points_ledger where org_id = $1 and ($2::uuid is null or customer_id = $2)
       and ($3::uuid is null or id < $3) order by id desc limit $4`,
    [actor.orgId, q.customerId ?? null, cursor, q.limit + 1],
  );
  const page = toPage(rows, q.limit, (r) => r.id);
  return {
    items: page.items.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
    nextCursor: page.nextCursor,
  };
}

/**
 * Appends an entry. The same (source, kind) answers the entry already written (created: false),
 * so a retried event never counts twice. The customer's row is locked so concurrent spends
 * cannot overdraw the balance.
 */
export async function append(pool: pg.Pool, actor: Actor, input: PointsEntryCreate) {
  return inTransaction(pool, async ({ client }) => {
    if (!(await enabled(client, actor.orgId))) throw off();
    const { rowCount } = await client.query('select 1 from customers where org_id = $1 and id = $2 for update', [
      actor.orgId,
      input.customerId,
    ]);
    if (!rowCount) throw invalid('No such customer', { customerId: 'No such customer' });
    const existing = await client.query<Row>(
      `select ${COLUMNS} from points_ledger where org_id = $1 and source_type = $2 and source_id = $3 and kind = $4`,
      [actor.orgId, input.sourceType, input.sourceId, input.kind],
    );
    const balance = await balanceOf(client, actor.orgId, input.customerId);
    if (existing.rows[0])
      return {
        row: { ...existing.rows[0], createdAt: existing.rows[0].createdAt.toISOString(), balance },
        created: false,
      };
    const fields = checkEntry(input, balance);
    let reversedKind: PointsEntryCreate['kind'] | undefined;
    if (input.kind === 'reverse' && input.reversesId) {
      const { rows } = await client.query<{ kind: PointsEntryCreate['kind']; points: number }>(
        'select kind, points from points_ledger where org_id = $1 and id = $2 and customer_id = $3',
        [actor.orgId, input.reversesId, input.customerId],
      );
      if (!rows[0]) fields.reversesId = "No such entry of this customer's";
      else if (Math.abs(rows[0].points) !== input.points)
        fields.points = `The entry was ${Math.abs(rows[0].points)} points`;
      reversedKind = rows[0]?.kind;
    }
    if (Object.keys(fields).length) throw invalid('The entry is not valid', fields);
    const points = signed(input.kind, input.points, reversedKind);
    const { rows } = await client.query<Row>(
      `insert into points_ledger (id, org_id, customer_id, kind, points, source_type, source_id, reverses_id, note, created_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning ${COLUMNS}`,
      [
        newId(),
        actor.orgId,
        input.customerId,
        input.kind,
        points,
        input.sourceType,
        input.sourceId,
        input.reversesId ?? null,
        input.note ?? null,
        actor.staffId,
      ],
    );
    return {
      row: { ...rows[0]!, createdAt: rows[0]!.createdAt.toISOString(), balance: balance + points },
      created: true,
    };
  });
}

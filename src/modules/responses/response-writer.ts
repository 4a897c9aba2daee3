import { getTableColumns } from 'drizzle-orm';
import type pg from 'pg';
import { groupCommit, type GroupCommit } from '../../platform/db/group-commit.ts';
import { newId } from '../../platform/db/ids.ts';
import {
  claimKeys,
  KeyTaken,
  storeAnswers,
  TAKE_OVER_ABANDONED,
  type StoredAnswer,
} from '../../platform/http/idempotency.ts';
import type { SqlExecutor } from '../../platform/jobs/jobs.ts';
import type { ResponseInsert, ResponseRow } from './responses.repo.ts';
import { responses } from './responses.schema.ts';

/**
 * The response ingestion hot path's writer (API and respondent page): concurrent inserts are
 * group-committed, one multi-row statement per batch. It is a fixed, named prepared statement over
 * column arrays (`unnest`), so PostgreSQL parses and plans it once per connection and the app
 * builds no SQL per request.
 *
 * Each insert still gets its own answer: a repeated external id answers the stored response
 * (`created: false`), and when the batch statement fails on one row's data (a foreign key, a
 * unique token, a bad value) the batch's rows are retried one by one, so only that row's request
 * sees the error (the raw pg error, with its `code` and `constraint`).
 *
 * `announce`, when given, runs for a newly inserted row inside the batch's transaction (e.g. it
 * enqueues `response.created`), so the event is committed exactly when the response is.
 *
 * `claim`, when given, is the request's Idempotency-Key: the batch claims the keys, inserts the
 * rows whose key it got, and stores their answers, in one commit. A write whose key is already
 * taken (by an earlier request, a concurrent batch, or the same key earlier in this batch) stores
 * nothing and gets `KeyTaken`; its caller answers from the stored answer, read after this batch
 * committed. A write that fails leaves its key unclaimed (rolled back).
 *
 * A batch without announcements is ONE statement, no transaction around it. Keyed rows' answers
 * are known before the insert (the row is what was sent plus the defaults, see `predictRow`), so
 * the keys are claimed with their answers in a CTE and only the rows whose key was claimed are
 * inserted. Otherwise (an event to enqueue, or keys in a batch with external ids, where a repeat
 * answers its first row) the batch is a transaction: claim, insert, announce, store, commit.
 */
export type Announce = (row: ResponseRow, on: SqlExecutor) => Promise<void>;
/** An Idempotency-Key claimed in the batch's transaction; `answer` is what is stored under it. */
export type WriteClaim = { key: string; hash: string; answer: (w: Written) => StoredAnswer };
export type ResponseWrite = ResponseInsert & { id?: string; announce?: Announce; claim?: WriteClaim };
/** `answer`: the answer stored under the write's key, to be sent as it is. */
export type Written = { row: ResponseRow; created: boolean; answer?: StoredAnswer };
export type ResponseWriter = GroupCommit<ResponseWrite, Written>;

const INSERTED = [
  ['id', 'uuid'],
  ['orgId', 'uuid'],
  ['surveyId', 'uuid'],
  ['invitationId', 'uuid'],
  ['customerId', 'uuid'],
  ['interactionId', 'uuid'],
  ['touchpointId', 'uuid'],
  ['locationId', 'uuid'],
  ['staffId', 'uuid'],
  ['channel', 'response_channel'],
  ['language', 'text'],
  ['status', 'response_status'],
  ['answers', 'jsonb'], // sent as one JSON array (see `columns`)
  ['nps', 'smallint'],
  ['csat', 'smallint'],
  ['ces', 'smallint'],
  ['emotion', 'text'],
  ['comment', 'text'],
  ['externalId', 'text'],
  ['resumeTokenHash', 'text'],
  ['submittedAt', 'timestamptz'],
] as const satisfies readonly (readonly [keyof ResponseInsert, string])[];

const table = getTableColumns(responses);
const HIDDEN = new Set(['orgId', 'resumeTokenHash', 'casesCheckedAt', 'rolledUpAt']);
// The same columns, under the same names, as the repository's Drizzle queries answer.
const RETURNED = Object.entries(table)
  .filter(([key]) => !HIDDEN.has(key))
  .map(([key, col]) => `"${col.name}" as "${key}"`)
  .join(', ');

/**
 * The unnest arguments: one array per column. JSON columns come as one JSON array (`columns`
 * joins the documents), since a jsonb[] would be escaped element by element by pg and parsed twice.
 */
const jsonArray = (p: string) =>
  `array(select e from jsonb_array_elements(${p}::jsonb) with ordinality as a(e, i) order by i)`;
const UNNEST_ARGS = INSERTED.map(([, type], i) =>
  type === 'jsonb' ? jsonArray(`$${i + 1}`) : `$${i + 1}::${type}[]`,
).join(', ');

/** The column arrays of `writes`, in INSERTED's order. */
const columns = (writes: ResponseWrite[]) =>
  INSERTED.map(([key, type]) =>
    type === 'jsonb'
      ? `[${writes.map((w) => JSON.stringify(w[key] ?? null)).join(',')}]`
      : writes.map((w) => cell(w, key)),
  );

const RETURNED_KEYS = Object.keys(table).filter((key) => !HIDDEN.has(key));
const INSERTED_KEYS = new Set<string>(INSERTED.map(([k]) => k));

const INSERT = {
  name: 'responses.insert-batch',
  text: `insert into responses (${INSERTED.map(([k]) => `"${table[k].name}"`).join(', ')})
    select * from unnest(${UNNEST_ARGS})
    on conflict (org_id, external_id) where external_id is not null do nothing
    returning ${RETURNED}`,
};
// After the column arrays ($1…$n): the keys (org, key, request hash; in key order) claimed with
// their answers (status, body), then the rows whose key was claimed or who have none ($n+6: each
// row's key), stamped with the batch's time ($n+7, as `predictRow` assumed).
const n = INSERTED.length;
const INSERT_CLAIMED = {
  name: 'responses.insert-claimed-batch',
  text: `with claimed as (
      insert into idempotency_keys as k (org_id, key, request_hash, status_code, response_body)
      select * from unnest($${n + 1}::uuid[], $${n + 2}::text[], $${n + 3}::text[], $${n + 4}::int[],
                           ${jsonArray(`$${n + 5}`)})
      on conflict (org_id, key) do update set created_at = now(), status_code = excluded.status_code, response_body = excluded.response_body
        ${TAKE_OVER_ABANDONED}
      returning org_id, key
    )
    insert into responses (${INSERTED.map(([k]) => `"${table[k].name}"`).join(', ')}, created_at, updated_at)
    select ${INSERTED.map(([k]) => `u."${k}"`).join(', ')}, $${n + 7}::timestamptz, $${n + 7}::timestamptz
      from unnest(${UNNEST_ARGS}, $${n + 6}::text[]) as u(${INSERTED.map(([k]) => `"${k}"`).join(', ')}, claim_key)
     where u.claim_key is null or (u."orgId", u.claim_key) in (select org_id, key from claimed) -- uncorrelated: a hashed subplan, not a scan per row
    returning ${RETURNED}`,
};
const BY_EXTERNAL_ID = {
  name: 'responses.by-external-id',
  text: `select ${RETURNED}, org_id::text as "_org", external_id as "_ext" from responses
    where (org_id, external_id) in (select * from unnest($1::uuid[], $2::text[]))`,
};

const cell = (w: ResponseWrite, key: (typeof INSERTED)[number][0]) => w[key] ?? null;

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** One batch: a single statement, or a transaction when a row announces itself, or keys and external ids meet. */
async function writeBatch(pool: pg.Pool, items: ResponseWrite[]): Promise<(Written | Error)[]> {
  const keyed = items.some((w) => w.claim);
  // The one-statement keyed insert has no repeat handling: a batch with keys and external ids
  // (a repeat answers its first row) takes the transaction.
  const repeats = keyed && items.some((w) => w.externalId);
  if (!repeats && !items.some((w) => w.announce))
    return keyed ? insertClaimed(pool, items) : insertRows(pool, items, false);
  const client = await pool.connect();
  try {
    await client.query('begin');
    const query = (q: { name: string; text: string; values: unknown[] }) =>
      client.query<{ org_id: string; key: string }>(q);
    // Keys first (in key order), so a repeated key stores nothing: its row is not inserted.
    const claimed = keyed
      ? await claimKeys(
          query,
          items.filter((w) => w.claim).map((w) => ({ orgId: w.orgId, key: w.claim!.key, hash: w.claim!.hash })),
        )
      : [];
    let k = 0;
    const taken = items.map((w) => (w.claim ? !claimed[k++] : false));
    const todo = items.filter((_, i) => !taken[i]);
    const written = todo.length ? await insertRows(client, todo, true) : [];
    const on: SqlExecutor = { executeSql: (text, values) => client.query(text, values) };
    const answers: (StoredAnswer & { orgId: string; key: string })[] = [];
    for (const [i, w] of todo.entries()) {
      const o = written[i]!;
      if (o instanceof Error) continue;
      if (w.announce && o.created) await w.announce(o.row, on);
      if (w.claim) {
        o.answer = w.claim.answer(o);
        answers.push({ orgId: w.orgId, key: w.claim.key, ...o.answer });
      }
    }
    await storeAnswers(query, answers);
    await client.query('commit');
    let j = 0;
    return items.map((_, i) => (taken[i] ? new KeyTaken() : written[j++]!));
  } catch (e) {
    await client.query('rollback').catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}

/**
 * Rows inserted, or found by external id when already there. Outside a transaction a failed
 * look-up fails only the repeats (the inserted rows are committed); inside one (`inTx`) it throws,
 * since the transaction can no longer commit.
 */
async function insertRows(
  q: pg.Pool | pg.PoolClient,
  items: ResponseWrite[],
  inTx: boolean,
): Promise<(Written | Error)[]> {
  const withIds = items.map((w) => ({ ...w, id: w.id ?? newId() }));
  // Rows with external ids in their order, so two batches racing for the same ids wait for each other instead of deadlocking.
  const ordered = [...withIds].sort((a, b) =>
    compare(`${a.orgId} ${a.externalId ?? ''}`, `${b.orgId} ${b.externalId ?? ''}`),
  );
  const { rows } = await q.query<ResponseRow>({ ...INSERT, values: columns(ordered) });
  const inserted = new Map(rows.map((r) => [r.id, r]));
  const repeats = withIds.filter((w) => !inserted.has(w.id));
  const found = new Map<string, ResponseRow>();
  let lookupError: Error | undefined;
  if (repeats.length) {
    try {
      const existing = await q.query<ResponseRow & { _org: string; _ext: string }>({
        ...BY_EXTERNAL_ID,
        values: [repeats.map((w) => w.orgId), repeats.map((w) => w.externalId)],
      });
      for (const { _org, _ext, ...row } of existing.rows) found.set(`${_org} ${_ext}`, row);
    } catch (e) {
      if (inTx) throw e;
      lookupError = asError(e);
    }
  }
  return withIds.map((w) => {
    const row = inserted.get(w.id);
    if (row) return { row, created: true };
    const repeat = found.get(`${w.orgId} ${w.externalId}`);
    return repeat
      ? { row: repeat, created: false }
      : (lookupError ?? new Error('response insert: a row was neither inserted nor found by its external id'));
  });
}

/**
 * A keyed batch in one statement (no external ids, no announcements: `writeBatch`). A key repeated
 * in the batch goes to its first write; the others, and writes whose key the statement did not
 * claim (taken before), get `KeyTaken`. Each claimed key's answer was computed from the row it
 * predicts, and stored with the key.
 */
async function insertClaimed(pool: pg.Pool, items: ResponseWrite[]): Promise<(Written | Error)[]> {
  const now = new Date();
  const seen = new Set<string>();
  const writes = items.map((w) => {
    const dup = !!w.claim && seen.has(`${w.orgId} ${w.claim.key}`);
    if (w.claim) seen.add(`${w.orgId} ${w.claim.key}`);
    return { ...w, id: w.id ?? newId(), dup };
  });
  const todo = writes.filter((w) => !w.dup);
  const answers = new Map<string, StoredAnswer>();
  const claims: { orgId: string; key: string; hash: string; answer: StoredAnswer }[] = [];
  for (const w of todo) {
    if (!w.claim) continue;
    const answer = w.claim.answer({ row: predictRow(w, now), created: true });
    answers.set(w.id, answer);
    claims.push({ orgId: w.orgId, key: w.claim.key, hash: w.claim.hash, answer });
  }
  // Keys in their order, so two batches racing for the same keys wait for each other instead of deadlocking.
  claims.sort((a, b) => compare(`${a.orgId} ${a.key}`, `${b.orgId} ${b.key}`));
  const { rows } = await pool.query<ResponseRow>({
    ...INSERT_CLAIMED,
    values: [
      ...columns(todo),
      claims.map((c) => c.orgId),
      claims.map((c) => c.key),
      claims.map((c) => c.hash),
      claims.map((c) => c.answer.status),
      // The bodies are JSON already: one JSON array, not a text array pg would escape element by element.
      `[${claims.map((c) => c.answer.body).join(',')}]`,
      todo.map((w) => w.claim?.key ?? null),
      now,
    ],
  });
  const inserted = new Map(rows.map((r) => [r.id, r]));
  return writes.map((w) => {
    const row = inserted.get(w.id);
    if (row) return { row, created: true, answer: answers.get(w.id) };
    return w.claim ? new KeyTaken() : new Error('response insert: a row without an external id was not inserted');
  });
}

/**
 * The row an insert will return, from what is inserted and the columns' defaults, so a keyed
 * write's answer can be stored in the insert's own statement. The answers' keys are in jsonb's
 * order (shorter first, then bytewise), as they come back from the database, so the first answer
 * and its replays are the same bytes. `response-writer.int.test.ts` checks it against the row.
 */
export function predictRow(w: ResponseWrite & { id: string }, now: Date): ResponseRow {
  const row: Record<string, unknown> = {};
  for (const key of RETURNED_KEYS) {
    if (key === 'tags') row[key] = [];
    else if (key === 'createdAt' || key === 'updatedAt') row[key] = now;
    else if (key === 'answers') row[key] = jsonbOrder(w.answers as Record<string, unknown>);
    else row[key] = INSERTED_KEYS.has(key) ? (w[key as keyof ResponseWrite] ?? null) : null;
  }
  return row as ResponseRow;
}

const jsonbOrder = (o: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(o).sort(
      ([a], [b]) => Buffer.byteLength(a) - Buffer.byteLength(b) || Buffer.compare(Buffer.from(a), Buffer.from(b)),
    ),
  );

const asError = (e: unknown) => (e instanceof Error ? e : new Error(String(e)));

/** Integrity (23…) and data (22…) errors belong to a row; anything else (connection, server) to the batch. */
const isRowError = (e: unknown) => /^2[23]/.test(String((e as { code?: unknown })?.code ?? ''));

async function writeEach(pool: pg.Pool, items: ResponseWrite[]): Promise<(Written | Error)[]> {
  try {
    return await writeBatch(pool, items);
  } catch (e) {
    if (items.length === 1 || !isRowError(e)) throw e;
    return Promise.all(items.map((item) => writeBatch(pool, [item]).then((r) => r[0]!, asError)));
  }
}

const writers = new WeakMap<pg.Pool, ResponseWriter>();

/** One writer per pool, shared by every route that ingests responses, so their rows batch together. */
export function responseWriter(pool: pg.Pool): ResponseWriter {
  let w = writers.get(pool);
  if (!w) {
    w = groupCommit((items: ResponseWrite[]) => writeEach(pool, items), { maxBatch: 200, maxInFlight: 3 });
    writers.set(pool, w);
  }
  return w;
}

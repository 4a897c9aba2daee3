import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { KeyTaken } from '../../platform/http/idempotency.ts';
import { toDto } from '../../platform/http/dto.ts';
import { predictRow, responseWriter, type ResponseWrite } from './response-writer.ts';

let t: TestApp;
let org: Awaited<ReturnType<TestApp['newOrg']>>;
let other: Awaited<ReturnType<TestApp['newOrg']>>;
let surveyId: string;
let locationId: string;
let foreignLocationId: string;

const survey = {
  name: 'Till',
  languages: ['en'],
  questions: [{ id: 'nps', type: 'nps', text: { en: 'Recommend us?' }, required: true }],
};

beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg();
  other = await t.newOrg();
  locationId = (await org.as.post('/api/v1/locations', { name: 'North' })).json().id;
  foreignLocationId = (await other.as.post('/api/v1/locations', { name: 'Elsewhere' })).json().id;
  surveyId = (await org.as.post('/api/v1/surveys', survey)).json().id;
});
afterAll(() => t.close());

const row = (over: Partial<ResponseWrite> = {}): ResponseWrite => ({
  orgId: org.orgId,
  surveyId,
  channel: 'api',
  language: 'en',
  status: 'complete',
  answers: { nps: 7 },
  nps: 7,
  submittedAt: new Date('2026-05-01T10:00:00Z'),
  ...over,
});

const commitTimes = async (ids: string[]) =>
  (
    await t.database.pool.query<{ n: number }>(
      `select count(distinct created_at)::int as n from responses where id = any($1::uuid[])`,
      [ids],
    )
  ).rows[0]!.n;

describe('response writer (group commit)', () => {
  it('writes rows submitted together in one commit, returning each its own row', async () => {
    const write = responseWriter(t.database.pool);
    const written = await Promise.all([1, 2, 3, 4, 5].map((nps) => write(row({ answers: { nps }, nps, locationId }))));
    expect(written.map((w) => [w.created, w.row.nps, w.row.locationId])).toEqual(
      [1, 2, 3, 4, 5].map((nps) => [true, nps, locationId]),
    );
    expect(written[0]!.row.submittedAt).toEqual(new Date('2026-05-01T10:00:00Z'));
    expect(await commitTimes(written.map((w) => w.row.id))).toBe(1);
  });

  it('gives a bad row alone its error, stores the others, and answers a repeated external id with the first row', async () => {
    const write = responseWriter(t.database.pool);
    const [good, foreign, first, repeat] = await Promise.allSettled([
      write(row({ nps: 1, answers: { nps: 1 } })),
      write(row({ locationId: foreignLocationId })),
      write(row({ externalId: 'till-9', nps: 9, answers: { nps: 9 } })),
      write(row({ externalId: 'till-9', nps: 2, answers: { nps: 2 } })),
    ]);
    expect(good.status).toBe('fulfilled');
    expect(foreign.status === 'rejected' && (foreign.reason as { code: string; constraint: string })).toMatchObject({
      code: '23503',
      constraint: 'responses_location_fk',
    });
    // The failed batch's rows were retried one by one, concurrently: either of the two may be first.
    const both = [first, repeat].map((r) => (r.status === 'fulfilled' ? r.value : undefined));
    expect(both.map((w) => w?.created).sort()).toEqual([false, true]);
    expect(both[0]?.row).toEqual(both[1]?.row);
    const again = await write(row({ externalId: 'till-9', nps: 0, answers: { nps: 0 } }));
    expect(again).toMatchObject({ created: false, row: both[0]!.row });
  });

  it('answers concurrent API posts each correctly, and stores exactly the acknowledged ones', async () => {
    const before = (
      await t.database.pool.query<{ n: number }>(`select count(*)::int as n from responses where org_id = $1`, [
        org.orgId,
      ])
    ).rows[0]!.n;
    const bodies = [
      ...Array.from({ length: 20 }, (_, i) => ({ surveyId, locationId, answers: { nps: i % 11 } })),
      { surveyId, locationId: foreignLocationId, answers: { nps: 3 } },
      { surveyId, answers: { nps: 4 }, externalId: 'kiosk-1' },
      { surveyId, answers: { nps: 5 }, externalId: 'kiosk-1' },
    ];
    const res = await Promise.all(bodies.map((b) => org.as.post('/api/v1/responses', b)));
    expect(res.slice(0, 20).map((r) => r.statusCode)).toEqual(Array(20).fill(201));
    expect(res[20]!.statusCode).toBe(400);
    expect(res[20]!.json().error.fields).toEqual({ locationId: 'Unknown location' });
    expect([res[21]!.statusCode, res[22]!.statusCode].sort()).toEqual([200, 201]);
    expect(res[22]!.json().id).toBe(res[21]!.json().id);
    const after = (
      await t.database.pool.query<{ n: number }>(`select count(*)::int as n from responses where org_id = $1`, [
        org.orgId,
      ])
    ).rows[0]!.n;
    expect(after - before).toBe(21);
  });

  it('enqueues response.created with each new row of a batch, in its commit, and none for a refused row', async () => {
    const hooked = await t.newOrg();
    const here = (await hooked.as.post('/api/v1/locations', { name: 'Here' })).json().id;
    const sid = (await hooked.as.post('/api/v1/surveys', survey)).json().id;
    expect(
      (
        await hooked.as.post('/api/v1/webhooks', {
          url: 'http://127.0.0.1:9/hook',
          events: ['response.created'],
          active: true,
        })
      ).statusCode,
    ).toBe(201);
    const res = await Promise.all([
      ...Array.from({ length: 5 }, (_, i) =>
        hooked.as.post('/api/v1/responses', { surveyId: sid, locationId: here, answers: { nps: i } }),
      ),
      hooked.as.post('/api/v1/responses', { surveyId: sid, locationId: foreignLocationId, answers: { nps: 1 } }),
    ]);
    expect(res.map((r) => r.statusCode)).toEqual([201, 201, 201, 201, 201, 400]);
    const { rows } = await t.database.pool.query<{ id: string }>(
      `select data->'payload'->>'id' as id from pgboss.job where name = 'events.dispatch' and data->>'orgId' = $1`,
      [hooked.orgId],
    );
    expect(rows.map((r) => r.id).sort()).toEqual(
      res
        .slice(0, 5)
        .map((r) => r.json().id)
        .sort(),
    );
    // Same transaction: the job was created at the response's transaction time.
    const apart = await t.database.pool.query<{ n: number }>(
      `select count(*)::int as n from pgboss.job j join responses r on r.id = (j.data->'payload'->>'id')::uuid where j.name = 'events.dispatch' and r.org_id = $1 and j.created_on <> r.created_at`,
      [hooked.orgId],
    );
    expect(apart.rows[0]!.n).toBe(0);
  });

  it('executes concurrent retries with one Idempotency-Key once, and replays the stored answer to the others and afterwards', async () => {
    const count = async () =>
      (
        await t.database.pool.query<{ n: number }>(`select count(*)::int as n from responses where org_id = $1`, [
          org.orgId,
        ])
      ).rows[0]!.n;
    const before = await count();
    const body = { surveyId, locationId, answers: { nps: 10 } };
    const keyed = (key: string) => org.as.post('/api/v1/responses', body, { 'idempotency-key': key });
    const burst = await Promise.all([
      ...Array.from({ length: 6 }, () => keyed('till-7-0001')),
      ...Array.from({ length: 6 }, (_, i) => keyed(`till-7-00${10 + i}`)),
    ]);
    const same = burst.slice(0, 6);
    expect(same.map((r) => r.statusCode)).toEqual(Array(6).fill(201));
    const firsts = same.filter((r) => r.headers['idempotent-replayed'] !== 'true');
    expect(firsts).toHaveLength(1);
    expect(new Set(same.map((r) => r.body)).size).toBe(1);
    expect(burst.slice(6).map((r) => [r.statusCode, r.headers['idempotent-replayed']])).toEqual(
      Array(6).fill([201, undefined]),
    );
    expect(await count()).toBe(before + 7);
    const replay = await keyed('till-7-0001');
    expect([replay.statusCode, replay.headers['idempotent-replayed'], replay.json()]).toEqual([
      201,
      'true',
      firsts[0]!.json(),
    ]);
    expect(await count()).toBe(before + 7);
    const reused = await org.as.post(
      '/api/v1/responses',
      { ...body, answers: { nps: 3 } },
      { 'idempotency-key': 'till-7-0001' },
    );
    expect([reused.statusCode, reused.json().error.fields]).toEqual([
      409,
      { 'Idempotency-Key': 'reused with another body' },
    ]);
    expect(await count()).toBe(before + 7);
  });

  it('claims the key, inserts the row and stores the answer in one transaction, with the event', async () => {
    const hooked = await t.newOrg();
    const sid = (await hooked.as.post('/api/v1/surveys', survey)).json().id;
    expect(
      (
        await hooked.as.post('/api/v1/webhooks', {
          url: 'http://127.0.0.1:9/hook',
          events: ['response.created'],
          active: true,
        })
      ).statusCode,
    ).toBe(201);
    const res = await Promise.all(
      Array.from({ length: 4 }, (_, i) =>
        hooked.as.post('/api/v1/responses', { surveyId: sid, answers: { nps: i } }, { 'idempotency-key': `k-${i}` }),
      ),
    );
    expect(res.map((r) => r.statusCode)).toEqual([201, 201, 201, 201]);
    // now() is the transaction's start: the key, the response and the job share it only in one transaction.
    const { rows } = await t.database.pool.query<{ key: string; id: string; status_code: number; apart: boolean }>(
      `select k.key, r.id, k.status_code, (k.created_at <> r.created_at or j.created_on <> r.created_at) as apart
         from idempotency_keys k join responses r on r.id = (k.response_body->>'id')::uuid
         join pgboss.job j on j.name = 'events.dispatch' and (j.data->'payload'->>'id')::uuid = r.id
        where k.org_id = $1 order by k.key`,
      [hooked.orgId],
    );
    expect(rows.map((r) => [r.key, r.id, r.status_code, r.apart])).toEqual(
      res.map((r, i) => [`k-${i}`, r.json().id, 201, false]),
    );
  });

  it('leaves the key of a refused keyed row unclaimed, so its retry runs again, without failing its batch', async () => {
    const keyed = (key: string, b: object) =>
      org.as.post('/api/v1/responses', { surveyId, answers: { nps: 6 }, ...b }, { 'idempotency-key': key });
    const [good, bad, repeat] = await Promise.all([
      keyed('kiosk-9-1', {}),
      keyed('kiosk-9-2', { locationId: foreignLocationId }),
      keyed('kiosk-9-1', {}),
    ]);
    expect([good.statusCode, repeat.statusCode]).toEqual([201, 201]);
    expect(repeat.body).toBe(good.body);
    expect([bad.statusCode, bad.json().error.fields]).toEqual([400, { locationId: 'Unknown location' }]);
    const stored = await t.database.pool.query(
      `select 1 from idempotency_keys where org_id = $1 and key = 'kiosk-9-2'`,
      [org.orgId],
    );
    expect(stored.rowCount).toBe(0);
    const fixed = await keyed('kiosk-9-2', { locationId });
    expect([fixed.statusCode, fixed.json().locationId]).toEqual([201, locationId]);
  });

  it('claims the key before the handler when a customer is created with the response, so a retry creates neither twice', async () => {
    const body = { surveyId, answers: { nps: 9 }, customer: { name: 'Walk-in 4711' } };
    const res = await Promise.all(
      Array.from({ length: 4 }, () => org.as.post('/api/v1/responses', body, { 'idempotency-key': 'till-4711' })),
    );
    const firsts = res.filter((r) => r.statusCode === 201 && r.headers['idempotent-replayed'] !== 'true');
    expect(firsts).toHaveLength(1);
    expect(res.every((r) => r.statusCode === 409 || r.body === firsts[0]!.body)).toBe(true);
    const replay = await org.as.post('/api/v1/responses', body, { 'idempotency-key': 'till-4711' });
    expect([replay.statusCode, replay.headers['idempotent-replayed'], replay.json().id]).toEqual([
      201,
      'true',
      firsts[0]!.json().id,
    ]);
    const made = await t.database.pool.query(`select 1 from customers where org_id = $1 and name = 'Walk-in 4711'`, [
      org.orgId,
    ]);
    expect(made.rowCount).toBe(1);
  });

  it('gives a key repeated within one batch to its first write only', async () => {
    const write = responseWriter(t.database.pool);
    const claim = {
      key: 'batch-dup',
      hash: 'h',
      answer: (w: { row: { id: string }; created: boolean }) => ({
        status: 201,
        body: JSON.stringify({ id: w.row.id }),
      }),
    };
    const [a, b] = await Promise.allSettled([write(row({ claim })), write(row({ claim }))]);
    expect(a.status === 'fulfilled' && a.value.answer).toMatchObject({ status: 201 });
    expect(b.status === 'rejected' && b.reason).toBeInstanceOf(KeyTaken);
    const n = await t.database.pool.query(`select count(*)::int as n from responses where org_id = $1 and id = $2`, [
      org.orgId,
      a.status === 'fulfilled' ? a.value.row.id : null,
    ]);
    expect(n.rows[0].n).toBe(1);
  });
  it('stores a keyed answer computed from the predicted row, byte for byte the answer the inserted row gives', async () => {
    const write = responseWriter(t.database.pool);
    const wide = (
      await org.as.post('/api/v1/surveys', {
        name: 'Wide',
        languages: ['en'],
        questions: [
          { id: 'recommend', type: 'nps', text: { en: 'Recommend?' } },
          { id: 'q', type: 'text', text: { en: 'Why?' } },
          {
            id: 'zz',
            type: 'multi',
            text: { en: 'What?' },
            options: [
              { id: 'a', text: { en: 'A' } },
              { id: 'b', text: { en: 'B' } },
            ],
          },
        ],
      })
    ).json().id;
    const body = (w: { row: object }) => JSON.stringify(toDto(w.row as Record<string, unknown>));
    const written = await Promise.all(
      ['p-1', 'p-2'].map((key, i) =>
        write(
          row({
            surveyId: wide,
            locationId,
            answers: { zz: ['b', 'a'], recommend: 9 - i, q: `Fine <b>${i}</b> "ok" \\ ✓` },
            nps: 9 - i,
            comment: `Fine ${i}`,
            emotion: 'calm',
            claim: { key, hash: 'h', answer: (w) => ({ status: 201, body: body(w) }) },
          }),
        ),
      ),
    );
    for (const w of written) {
      expect(w.answer!.body).toBe(body(w));
      const stored = await t.database.pool.query(
        `select response_body from idempotency_keys where org_id = $1 and key = $2`,
        [org.orgId, w === written[0] ? 'p-1' : 'p-2'],
      );
      expect(stored.rows[0].response_body).toEqual(JSON.parse(body(w)));
    }
    // And the prediction alone, for a row with every inserted column set.
    const id = '00000000-0000-4000-8000-000000000001';
    const predicted = predictRow({ ...row({ answers: { bb: 1, a: 2, ccc: 3 } }), id }, new Date(0));
    expect(Object.keys(predicted.answers)).toEqual(['a', 'bb', 'ccc']);
    expect([predicted.tags, predicted.sentiment, predicted.createdAt]).toEqual([[], null, new Date(0)]);
  });
  it('answers a repeated external id next to keyed writes in one batch with its first row, and claims the keys', async () => {
    const write = responseWriter(t.database.pool);
    const claim = (key: string) => ({
      key,
      hash: 'h',
      answer: (w: { row: { id: string }; created: boolean }) => ({
        status: w.created ? 201 : 200,
        body: JSON.stringify({ id: w.row.id }),
      }),
    });
    const first = await write(row({ externalId: 'till-77', nps: 8, answers: { nps: 8 } }));
    const [keyed, repeat] = await Promise.all([
      write(row({ claim: claim('mix-1') })),
      write(row({ externalId: 'till-77', nps: 1, answers: { nps: 1 } })),
    ]);
    expect([keyed.created, keyed.answer?.status, repeat.created, repeat.row.id]).toEqual([
      true,
      201,
      false,
      first.row.id,
    ]);
    const keys = await t.database.pool.query(
      `select status_code from idempotency_keys where org_id = $1 and key = 'mix-1'`,
      [org.orgId],
    );
    expect(keys.rows).toEqual([{ status_code: 201 }]);
  });
});

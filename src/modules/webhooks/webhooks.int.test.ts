import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook, WebhookVerificationError } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { EVENT_TYPES, type EventInput } from '../../platform/events.ts';
import { continueResponse, ingest } from '../responses/ingest.ts';
import * as surveysRepo from '../surveys/surveys.repo.ts';
import { attempt } from './delivery.ts';
import { verifySignature } from './signing.ts';
import * as repo from './webhooks.repo.ts';

type Received = { path: string; headers: http.IncomingHttpHeaders; body: string };
type Delivery = { attempt: number; ok: boolean; statusCode: number | null; willRetry: boolean; error: string | null };

/** A real HTTP receiver: `/flaky` fails its first request with 500, `/hang` never answers. */
function startReceiver() {
  const received: Received[] = [];
  let flakyFailed = false;
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => {
      const path = req.url ?? '/';
      received.push({ path, headers: req.headers, body });
      if (path === '/hang') return;
      if (path === '/flaky' && !flakyFailed) {
        flakyFailed = true;
        res.writeHead(500).end('try again');
        return;
      }
      res.writeHead(200).end('ok');
    });
  });
  return {
    received,
    start: () =>
      new Promise<string>((resolve) =>
        server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
      ),
    stop: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

const receiver = startReceiver();
let base: string;
let t: TestApp;
let a: Awaited<ReturnType<TestApp['newOrg']>>;
let b: Awaited<ReturnType<TestApp['newOrg']>>;
const SURVEY = {
  name: 'Visit',
  languages: ['en', 'ru'],
  questions: [
    { id: 'nps', type: 'nps', text: { en: 'Recommend?', ru: 'Порекомендуете?' }, required: true },
    { id: 'why', type: 'text', text: { en: 'Why?', ru: 'Почему?' }, required: true },
  ],
};

async function until<T>(
  what: string,
  fn: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 15_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  base = await receiver.start();
  t = await createTestApp();
  // Retries after 1 s instead of 10 s, 20 s …: the schedule is the queue's, the behaviour is the same.
  await t.database.pool.query(
    `update pgboss.queue set retry_delay = 1, retry_backoff = false where name = 'webhooks.deliver'`,
  );
  a = await t.newOrg('Alpha');
  b = await t.newOrg('Beta');
});
afterAll(async () => {
  await t.close();
  await receiver.stop();
});

describe('webhook endpoints', () => {
  it('shows the secret once, validates the URL and is for owners only', async () => {
    const bad = await a.as.post('/api/v1/webhooks', { url: 'http://example.com/hook', events: ['response.created'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.url).toMatch(/https/);
    expect(
      (await a.as.post('/api/v1/webhooks', { url: 'https://example.com/hook', events: ['nope'] })).statusCode,
    ).toBe(400);

    const created = await a.as.post('/api/v1/webhooks', {
      url: 'https://example.com/hook',
      events: ['response.created', 'case.opened'],
      description: 'CRM',
    });
    expect(created.statusCode).toBe(201);
    const hook = created.json();
    expect(hook).toMatchObject({
      url: 'https://example.com/hook',
      active: true,
      description: 'CRM',
      events: ['response.created', 'case.opened'],
    });
    expect(hook.secret).toMatch(/^whsec_/);
    const got = (await a.as.get(`/api/v1/webhooks/${hook.id}`)).json();
    expect(got).not.toHaveProperty('secret');
    expect(JSON.stringify((await a.as.get('/api/v1/webhooks')).json())).not.toContain(hook.secret);

    const patched = await a.as.patch(`/api/v1/webhooks/${hook.id}`, { active: false, events: ['case.opened'] });
    expect(patched.json()).toMatchObject({ active: false, events: ['case.opened'] });

    const manager = t.as(await t.keyFor(a.orgId, 'manager'));
    expect((await manager.get('/api/v1/webhooks')).statusCode).toBe(403);
    expect((await a.as.delete(`/api/v1/webhooks/${hook.id}`)).statusCode).toBe(200);
    expect((await a.as.get(`/api/v1/webhooks/${hook.id}`)).statusCode).toBe(404);
  });

  it('sends a signed ping on demand and signs with both secrets right after a rotation', async () => {
    const hook = (
      await a.as.post('/api/v1/webhooks', { url: `${base}/ping`, events: ['response.created'], active: false })
    ).json();
    const rotated = (await a.as.post(`/api/v1/webhooks/${hook.id}/rotate-secret`)).json();
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(hook.secret);

    const res = await a.as.post(`/api/v1/webhooks/${hook.id}/test`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      ok: true,
      statusCode: 200,
      attempt: 1,
      eventType: 'ping',
      willRetry: false,
      error: null,
    });
    const ping = receiver.received.find((r) => r.path === '/ping')!;
    const header = String(ping.headers['zabota-signature']);
    expect(header.match(/v1=/g)).toHaveLength(2);
    expect(verifySignature({ header, body: ping.body, secret: rotated.secret })).toBe(true);
    expect(verifySignature({ header, body: ping.body, secret: hook.secret })).toBe(true);
    // Standard Webhooks: both secrets verify with the reference library while the rotation lasts.
    expect(String(ping.headers['webhook-signature']).split(' ')).toHaveLength(2);
    for (const secret of [rotated.secret, hook.secret])
      expect(new Webhook(secret).verify(ping.body, ping.headers as Record<string, string>)).toMatchObject({
        type: 'ping',
      });
    expect(JSON.parse(ping.body)).toMatchObject({ type: 'ping', data: { webhookId: hook.id } });

    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', () => r()));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const unreachable = (
      await a.as.post('/api/v1/webhooks', {
        url: `http://127.0.0.1:${port}/nothing`,
        events: ['response.created'],
        active: false,
      })
    ).json();
    const failed = (await a.as.post(`/api/v1/webhooks/${unreachable.id}/test`)).json();
    expect(failed).toMatchObject({
      ok: false,
      statusCode: null,
      error: 'No HTTP answer (not reachable, or nothing within 10 s)',
    });
    const log = (await a.as.get(`/api/v1/webhooks/${unreachable.id}/deliveries`)).json();
    expect(log.items).toHaveLength(1);
  });

  it('gives up on a receiver that does not answer in time', async () => {
    const hook = (
      await a.as.post('/api/v1/webhooks', { url: `${base}/hang`, events: ['response.created'], active: false })
    ).json();
    const record = (await repo.get(t.db, a.orgId, hook.id))!;
    const result = await attempt(record, { eventId: 'e-hang', type: 'ping', body: '{}' }, { timeoutMs: 300 });
    expect(result).toMatchObject({
      ok: false,
      statusCode: null,
      error: 'No HTTP answer (not reachable, or nothing within 0.3 s)',
    });
    expect(result.durationMs).toBeGreaterThanOrEqual(290);
  });
});

describe('response.created', () => {
  it('is delivered signed, retried after a 500 with the same event id, and never to another organisation', async () => {
    const hookA = (await a.as.post('/api/v1/webhooks', { url: `${base}/flaky`, events: ['response.created'] })).json();
    const hookB = (await b.as.post('/api/v1/webhooks', { url: `${base}/beta`, events: ['response.created'] })).json();
    const surveyA = (await a.as.post('/api/v1/surveys', SURVEY)).json();

    const created = await a.as.post('/api/v1/responses', {
      surveyId: surveyA.id,
      language: 'ru',
      answers: { nps: 3, why: 'Долго ждали' },
    });
    expect(created.statusCode).toBe(201);
    const deliveries = await until('two attempts at /flaky', () => {
      const got = receiver.received.filter((r) => r.path === '/flaky');
      return got.length >= 2 ? got : undefined;
    });
    for (const d of deliveries) {
      expect(
        verifySignature({ header: String(d.headers['zabota-signature']), body: d.body, secret: hookA.secret }),
      ).toBe(true);
      expect(d.headers['zabota-event']).toBe('response.created');
      // The receiver's code from the README: the standardwebhooks library with the secret as shown.
      expect(new Webhook(hookA.secret).verify(d.body, d.headers as Record<string, string>)).toMatchObject({
        type: 'response.created',
      });
      expect(d.headers['webhook-id']).toBe(d.headers['zabota-event-id']);
      expect(() => new Webhook(hookA.secret).verify(`${d.body} `, d.headers as Record<string, string>)).toThrow(
        WebhookVerificationError,
      );
      expect(() => new Webhook(hookB.secret).verify(d.body, d.headers as Record<string, string>)).toThrow(
        WebhookVerificationError,
      );
      expect(d.headers['zabota-signature']).toContain(`t=${d.headers['zabota-timestamp']},`);
    }
    expect(deliveries[1]!.headers['zabota-event-id']).toBe(deliveries[0]!.headers['zabota-event-id']);
    expect(deliveries[1]!.body).toBe(deliveries[0]!.body);
    const event = JSON.parse(deliveries[0]!.body);
    expect(event).toMatchObject({
      id: deliveries[0]!.headers['zabota-event-id'],
      type: 'response.created',
      data: created.json(),
    });

    const log = await until('the delivery log to show the success', async () => {
      const items = (await a.as.get(`/api/v1/webhooks/${hookA.id}/deliveries`)).json().items as Delivery[];
      return items.some((i) => i.ok) ? items : undefined;
    });
    expect(log.map((d) => [d.attempt, d.ok, d.statusCode, d.willRetry])).toEqual([
      [2, true, 200, false],
      [1, false, 500, true],
    ]);
    expect(log[1]!.error).toBe('HTTP 500');

    // B's own response reaches B's webhook, and A's event never did.
    const surveyB = (await b.as.post('/api/v1/surveys', SURVEY)).json();
    await b.as.post('/api/v1/responses', { surveyId: surveyB.id, answers: { nps: 10, why: 'Great' } });
    const beta = await until('B’s delivery', () => receiver.received.find((r) => r.path === '/beta'));
    expect(JSON.parse(beta.body).data.surveyId).toBe(surveyB.id);
    expect(receiver.received.filter((r) => r.path === '/beta')).toHaveLength(1);
    // The receiver has the request before the worker logs its answer: wait for the log row.
    const logB = await until('B’s delivery in its log', async () => {
      const items = (await b.as.get(`/api/v1/webhooks/${hookB.id}/deliveries`)).json().items as Delivery[];
      return items.length > 0 ? items : undefined;
    });
    expect(logB).toHaveLength(1);
    expect((await b.as.get(`/api/v1/webhooks/${hookA.id}/deliveries`)).statusCode).toBe(404);
  });

  it('enqueues nothing for an organisation without webhooks, so ingestion pays no job insert', async () => {
    const c = await t.newOrg('Gamma');
    const surveyId = (await c.as.post('/api/v1/surveys', SURVEY)).json().id;
    expect((await c.as.post('/api/v1/responses', { surveyId, answers: { nps: 8, why: 'ok' } })).statusCode).toBe(201);
    const { rows } = await t.database.pool.query(
      `select count(*)::int as n from pgboss.job where name = 'events.dispatch' and data->>'orgId' = $1`,
      [c.orgId],
    );
    expect(rows[0].n).toBe(0);
  });

  it('fires once when a partial response becomes complete, and not for a partial one or a later edit', async () => {
    const surveyId = (await a.as.post('/api/v1/surveys', SURVEY)).json().id;
    const survey = (await surveysRepo.getAnyOrg(t.db, surveyId))!;
    const emitted: EventInput[] = [];
    const emit = async (e: EventInput) => void emitted.push(e);

    const { row } = await ingest(
      t.db,
      { orgId: a.orgId, survey, channel: 'public', partial: true, emit },
      { answers: { nps: 9 } },
    );
    expect(row.status).toBe('partial');
    expect(emitted).toHaveLength(0);
    const done = await continueResponse(
      t.db,
      survey,
      { id: row.id, orgId: a.orgId, answers: row.answers },
      { why: 'Спасибо' },
      true,
      emit,
    );
    expect(done.status).toBe('complete');
    expect(emitted).toHaveLength(1);
    expect(emitted[0]).toMatchObject({
      orgId: a.orgId,
      type: 'response.created',
      payload: { id: row.id, status: 'complete', comment: 'Спасибо' },
    });
    await continueResponse(
      t.db,
      survey,
      { id: row.id, orgId: a.orgId, answers: done.answers },
      { why: 'Спасибо!' },
      true,
      emit,
    );
    expect(emitted).toHaveLength(1);

    const once = await ingest(
      t.db,
      { orgId: a.orgId, survey, channel: 'api', partial: false, emit },
      { answers: { nps: 5, why: 'x' }, externalId: 'till-1' },
    );
    await ingest(
      t.db,
      { orgId: a.orgId, survey, channel: 'api', partial: false, emit },
      { answers: { nps: 5, why: 'x' }, externalId: 'till-1' },
    );
    expect(emitted.map((e) => (e.payload as { id: string }).id)).toEqual([row.id, once.row.id]);
    // The same fact always gets the same event id, so a receiver can tell a repeat.
    expect(emitted[0]!.id).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('the OpenAPI document', () => {
  it('describes every event in its webhooks section, each payload a schema it defines, the old headers deprecated', async () => {
    const doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.webhooks).sort()).toEqual([...EVENT_TYPES].sort());
    for (const [type, item] of Object.entries<{
      post: { requestBody: { content: Record<string, { schema: Schema }> }; parameters: Param[] };
    }>(doc.webhooks)) {
      const body = item.post.requestBody.content['application/json']!.schema;
      expect(body.properties.type.const).toBe(type);
      const ref = body.properties.data.$ref.replace('#/components/schemas/', '');
      expect(doc.components.schemas[ref], ref).toBeDefined();
      const params = Object.fromEntries(item.post.parameters.map((p) => [p.name, p]));
      expect(params['webhook-signature']).toMatchObject({ required: true });
      expect(params['zabota-signature']).toMatchObject({ deprecated: true });
    }
  });
});
type Schema = { properties: { type: { const: string }; data: { $ref: string } } };
type Param = { name: string; required: boolean; deprecated?: boolean };

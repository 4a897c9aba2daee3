import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

/** A local server in the Viber REST Bot API's shape: POST /pa/<method>, X-Viber-Auth-Token, {status: 0, …}. */
const TOKEN = '4453b6ac12345678-e02c5f12174805f9-daec9cbb5448c51f';
type Call = { method: string; body: Record<string, unknown>; token?: number };
const calls: Call[] = [];
let server: http.Server;
let t: TestApp;
let org: Awaited<ReturnType<TestApp['newOrg']>>;
let hook: string;
let customerId: string;
let surveyId: string;
let token = 5000;
const USER = '01234567890A=';

const signed = (body: object, key = TOKEN) => {
  const raw = JSON.stringify(body);
  return t.app.inject({
    method: 'POST',
    url: hook,
    payload: raw,
    headers: {
      'content-type': 'application/json',
      'x-viber-content-signature': createHmac('sha256', key).update(raw).digest('hex'),
    },
  });
};
const count = async (table: string) =>
  Number((await t.database.pool.query(`select count(*) n from ${table}`)).rows[0].n);

beforeAll(async () => {
  let next = 900;
  server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const method = (req.url ?? '').replace('/pa/', '');
      const body = JSON.parse(raw || '{}') as Record<string, unknown>;
      calls.push({ method, body });
      const send = (json: object) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(json));
      };
      if (req.headers['x-viber-auth-token'] !== TOKEN) return send({ status: 2, status_message: 'invalidAuthToken' });
      if (method === 'get_account_info')
        return send({ status: 0, status_message: 'ok', uri: 'brightsmile', name: 'Bright Smile' });
      if (method === 'set_webhook') return send({ status: 0, status_message: 'ok', event_types: [] });
      if (method === 'send_message') {
        calls.at(-1)!.token = next;
        return send({ status: 0, status_message: 'ok', message_token: next++ });
      }
      send({ status: 3, status_message: 'badData' });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  process.env.ZABOTA_VIBER_API_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  t = await createTestApp();
  org = await t.newOrg('Bright Smile');
  await org.as.patch('/api/v1/org', { quietHoursStart: 0, quietHoursEnd: 0, inviteThrottleDays: 0 });
  customerId = (await org.as.post('/api/v1/customers', { name: 'Georgi' })).json().id;
  surveyId = (
    await org.as.post('/api/v1/surveys', {
      name: 'Visit',
      languages: ['en'],
      status: 'active',
      questions: [
        { id: 'csat', type: 'csat', text: { en: 'How satisfied are you?' }, required: true },
        { id: 'why', type: 'text', text: { en: 'Why?' } },
      ],
    })
  ).json().id;
});

afterAll(async () => {
  await t.close();
  await new Promise((r) => server.close(r));
  delete process.env.ZABOTA_VIBER_API_URL;
});

describe('Viber', () => {
  it('connects with a token Viber knows, and sets the webhook', async () => {
    expect((await org.as.call('PUT', '/api/v1/channels/viber', { token: 'nope' })).statusCode).toBe(400);
    const res = await org.as.call('PUT', '/api/v1/channels/viber', { token: TOKEN });
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain(TOKEN);
    hook = new URL(res.json().hookUrl).pathname;
    expect(calls.find((c) => c.method === 'set_webhook')!.body.url).toBe(res.json().hookUrl);
  });

  it('binds the chat from the personal link, refusing a bad signature with nothing stored', async () => {
    const link = (await org.as.get(`/api/v1/customers/${customerId}/channels`)).json().viberLink as string;
    expect(link).toMatch(/^viber:\/\/pa\?chatURI=brightsmile&context=/);
    const started = {
      event: 'conversation_started',
      timestamp: 1,
      message_token: ++token,
      user: { id: USER, language: 'en' },
      context: link.split('context=')[1],
    };
    expect((await signed(started, 'another-token')).statusCode).toBe(401);
    expect(await count('customer_channels')).toBe(0);
    expect(await count('channel_updates')).toBe(0);
    expect((await signed(started)).statusCode).toBe(200);
    const view = (await org.as.get(`/api/v1/customers/${customerId}/channels`)).json();
    expect(view.addresses).toEqual([expect.objectContaining({ channel: 'viber', address: USER, consent: true })]);
  });

  it('asks CSAT with reply buttons, stores the tap once, then the comment; delivery reports update the message', async () => {
    const inv = (await org.as.post('/api/v1/invitations', { surveyId, customerId, channel: 'viber' })).json();
    await expect
      .poll(() => calls.filter((c) => c.method === 'send_message' && c.body.keyboard).length, { timeout: 10_000 })
      .toBe(1);
    const sent = calls.find((c) => c.method === 'send_message' && c.body.keyboard)!;
    expect(sent.body).toMatchObject({ receiver: USER, sender: { name: 'Bright Smile' } });
    const buttons = (sent.body.keyboard as { Buttons: { ActionBody: string; Text: string }[] }).Buttons;
    expect(buttons.map((b) => b.Text)).toEqual(['1', '2', '3', '4', '5']);
    await expect.poll(async () => (await org.as.get(`/api/v1/invitations/${inv.id}`)).json().status).toBe('sent');

    const tap = {
      event: 'message',
      timestamp: 2,
      message_token: ++token,
      sender: { id: USER },
      message: { type: 'text', text: buttons[0]!.ActionBody },
    };
    expect((await signed(tap)).statusCode).toBe(200);
    expect((await signed(tap)).statusCode).toBe(200);
    expect(await count('responses')).toBe(1);
    const comment = { ...tap, message_token: ++token, message: { type: 'text', text: 'Waited an hour' } };
    await signed(comment);
    const rows = (await t.database.pool.query('select csat, comment, channel from responses')).rows;
    expect(rows).toEqual([{ csat: 1, comment: 'Waited an hour', channel: 'viber' }]);
    expect((await org.as.get(`/api/v1/invitations/${inv.id}`)).json().status).toBe('answered');

    await signed({ event: 'delivered', timestamp: 3, message_token: sent.token, user_id: USER });
    const messages = (await org.as.get(`/api/v1/invitations/${inv.id}/messages`)).json().items;
    expect(messages.map((m: { direction: string; status: string }) => [m.direction, m.status])).toEqual([
      ['in', 'received'],
      ['out', 'delivered'],
    ]);
  });
});

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

/** A gateway in Twilio's shape: form body in, `{sid}` out; phone +15550000 is refused. */
type Received = { url: string; headers: http.IncomingHttpHeaders; body: string };
let received: Received[] = [];
let gateway: http.Server;
let gatewayUrl: string;
let t: TestApp;
let org: Awaited<ReturnType<TestApp['newOrg']>>;
let customerId: string;
let surveyId: string;
const allowed = process.env.ZABOTA_WEBHOOK_ALLOW_PRIVATE;

beforeAll(async () => {
  gateway = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ url: req.url ?? '', headers: req.headers, body });
      const to = new URLSearchParams(body).get('To');
      res.writeHead(to === '+15550000' ? 400 : 201, { 'content-type': 'application/json' });
      res.end(JSON.stringify(to === '+15550000' ? { message: 'Invalid To number' } : { sid: `SM${received.length}` }));
    });
  });
  await new Promise<void>((r) => gateway.listen(0, '127.0.0.1', r));
  gatewayUrl = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/2010-04-01/Messages.json`;
  t = await createTestApp();
  org = await t.newOrg('Cafe Mila');
  await org.as.patch('/api/v1/org', { quietHoursStart: 0, quietHoursEnd: 0, inviteThrottleDays: 0 });
  customerId = (await org.as.post('/api/v1/customers', { name: 'Ivan', phone: '+359888123456' })).json().id;
  surveyId = (
    await org.as.post('/api/v1/surveys', {
      name: 'Visit',
      languages: ['en'],
      status: 'active',
      questions: [{ id: 'nps', type: 'nps', text: { en: 'Recommend?' }, required: true }],
    })
  ).json().id;
});

afterAll(async () => {
  await t.close();
  await new Promise((r) => gateway.close(r));
  process.env.ZABOTA_WEBHOOK_ALLOW_PRIVATE = allowed;
});

const twilio = () => ({
  preset: 'twilio',
  url: gatewayUrl,
  method: 'POST',
  headers: { authorization: 'Basic {secret}', 'content-type': 'application/x-www-form-urlencoded' },
  body: 'To={to}&From={sender}&Body={text}',
  sender: 'MILA',
  secret: 'QUMxOnNlY3JldA==',
});

describe('SMS through an HTTP gateway', () => {
  it('refuses a gateway on a private address under the outbound rules', async () => {
    delete process.env.ZABOTA_WEBHOOK_ALLOW_PRIVATE; // production's rule
    const res = await org.as.call('PUT', '/api/v1/channels/sms', twilio());
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.url).toBeTruthy();
  });

  it('sends the personal link by SMS with consent, and takes delivery reports once', async () => {
    process.env.ZABOTA_WEBHOOK_ALLOW_PRIVATE = '1'; // the operator's switch for a gateway on this machine
    const saved = await org.as.call('PUT', '/api/v1/channels/sms', twilio());
    expect(saved.statusCode).toBe(200);
    expect(saved.body).not.toContain('QUMxOnNlY3JldA==');
    const hook = new URL(saved.json().hookUrl);

    const noConsent = await org.as.call('PUT', `/api/v1/customers/${customerId}/channels`, {
      addresses: [{ channel: 'sms', address: '+359888123456', consent: true }],
    });
    expect(noConsent.statusCode).toBe(400);
    await org.as.call('PUT', `/api/v1/customers/${customerId}/channels`, {
      preferred: 'sms',
      addresses: [{ channel: 'sms', address: '+359888123456', consent: true, consentSource: 'Paper form at the till' }],
    });

    const inv = (await org.as.post('/api/v1/invitations', { surveyId, customerId, channel: 'sms' })).json();
    await expect.poll(() => received.length, { timeout: 10_000 }).toBe(1);
    const form = new URLSearchParams(received[0]!.body);
    expect(form.get('To')).toBe('+359888123456');
    expect(form.get('From')).toBe('MILA');
    expect(form.get('Body')).toMatch(/Cafe Mila: how did we do\? .*\/s\/[A-Za-z0-9_-]+$/);
    expect(received[0]!.headers.authorization).toBe('Basic QUMxOnNlY3JldA==');
    await expect.poll(async () => (await org.as.get(`/api/v1/invitations/${inv.id}`)).json().status).toBe('sent');

    const report = (key: string, status: string) =>
      t.app.inject({
        method: 'POST',
        url: `${hook.pathname}?key=${encodeURIComponent(key)}`,
        payload: `MessageSid=SM1&MessageStatus=${status}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
    expect((await report('wrong', 'failed')).statusCode).toBe(401);
    expect((await report(hook.searchParams.get('key')!, 'delivered')).statusCode).toBe(200);
    expect((await report(hook.searchParams.get('key')!, 'delivered')).statusCode).toBe(200);
    const messages = (await org.as.get(`/api/v1/customers/${customerId}/messages`)).json().items;
    expect(messages).toEqual([
      expect.objectContaining({ channel: 'sms', status: 'delivered', providerAnswer: 'Delivery report: delivered' }),
    ]);
    expect(Number((await t.database.pool.query('select count(*) n from channel_updates')).rows[0].n)).toBe(1);
  });

  it("marks the invitation bounced with the gateway's answer when it refuses the number", async () => {
    await org.as.call('PUT', `/api/v1/customers/${customerId}/channels`, {
      addresses: [{ channel: 'sms', address: '+15550000', consent: true, consentSource: 'Phone call' }],
    });
    const inv = (await org.as.post('/api/v1/invitations', { surveyId, customerId, channel: 'sms' })).json();
    await expect
      .poll(async () => (await org.as.get(`/api/v1/invitations/${inv.id}`)).json().status, { timeout: 10_000 })
      .toBe('bounced');
    const [failed] = (await org.as.get(`/api/v1/invitations/${inv.id}/messages`)).json().items;
    expect(failed).toMatchObject({ status: 'failed' });
    expect(failed.providerAnswer).toContain('Invalid To number');
  });
});

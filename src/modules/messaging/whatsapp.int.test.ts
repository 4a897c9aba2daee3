import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

/** A local server in the WhatsApp Cloud API's shape (Graph API paths, Bearer token, `{error}` answers). */
const TOKEN = 'EAAG-local-cloud-api-token';
const APP_SECRET = 'meta-app-secret-for-tests';
const PHONE_ID = '109876543210';
type Call = { method: string; path: string; body: Record<string, unknown>; id?: string };
const calls: Call[] = [];
let server: http.Server;
let t: TestApp;
let org: Awaited<ReturnType<TestApp['newOrg']>>;
let hook: string;
let customerId: string;
let surveyId: string;

const signed = (body: object, secret = APP_SECRET) => {
  const raw = JSON.stringify(body);
  return t.app.inject({
    method: 'POST',
    url: hook,
    payload: raw,
    headers: {
      'content-type': 'application/json',
      'x-hub-signature-256': `sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`,
    },
  });
};
const callback = (value: object) => ({
  object: 'whatsapp_business_account',
  entry: [{ id: 'WABA', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', ...value } }] }],
});

beforeAll(async () => {
  let next = 1;
  server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const call: Call = { method: req.method!, path: req.url ?? '', body: JSON.parse(raw || '{}') };
      calls.push(call);
      const send = (status: number, json: object) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(json));
      };
      if (req.headers.authorization !== `Bearer ${TOKEN}`)
        return send(401, { error: { message: 'Invalid OAuth access token.', type: 'OAuthException', code: 190 } });
      if (req.method === 'GET' && call.path.startsWith(`/v21.0/${PHONE_ID}?`))
        return send(200, { display_phone_number: '+359 2 000 0000', id: PHONE_ID });
      if (req.method === 'POST' && call.path === `/v21.0/${PHONE_ID}/messages`) {
        call.id = `wamid.${next++}`;
        return send(200, {
          messaging_product: 'whatsapp',
          contacts: [{ input: call.body.to, wa_id: call.body.to }],
          messages: [{ id: call.id }],
        });
      }
      send(404, { error: { message: 'Unknown path', code: 100 } });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  process.env.ZABOTA_WHATSAPP_API_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  t = await createTestApp();
  org = await t.newOrg('Cafe Mila');
  await org.as.patch('/api/v1/org', { quietHoursStart: 0, quietHoursEnd: 0, inviteThrottleDays: 0 });
  customerId = (await org.as.post('/api/v1/customers', { name: 'Nina' })).json().id;
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
  await new Promise((r) => server.close(r));
  delete process.env.ZABOTA_WHATSAPP_API_URL;
});

const settings = { phoneNumberId: PHONE_ID, template: 'visit_feedback', templateLanguage: 'en' };

describe('WhatsApp Cloud API', () => {
  it("connects with the token and the app's secret, and answers Meta's verification", async () => {
    expect((await org.as.call('PUT', '/api/v1/channels/whatsapp', { ...settings, token: TOKEN })).statusCode).toBe(400);
    const refused = await org.as.call('PUT', '/api/v1/channels/whatsapp', { ...settings, token: 'x', appSecret: 'y' });
    expect(refused.json().error.fields.token).toMatch(/Invalid OAuth/);
    const res = await org.as.call('PUT', '/api/v1/channels/whatsapp', {
      ...settings,
      token: TOKEN,
      appSecret: APP_SECRET,
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain(TOKEN);
    expect(res.body).not.toContain(APP_SECRET);
    hook = new URL(res.json().hookUrl).pathname;
    const verifyToken = res.json().settings.verifyToken as string;
    const verify = (token: string) =>
      t.app.inject({
        method: 'GET',
        url: `${hook}?hub.mode=subscribe&hub.verify_token=${token}&hub.challenge=1158201444`,
      });
    expect((await verify('wrong')).statusCode).toBe(401);
    expect((await verify(verifyToken)).body).toBe('1158201444');
  });

  it('sends the invitation as the approved template, and applies status callbacks once', async () => {
    await org.as.call('PUT', `/api/v1/customers/${customerId}/channels`, {
      addresses: [{ channel: 'whatsapp', address: '+359 888 123 456', consent: true, consentSource: 'Booking form' }],
    });
    const inv = (await org.as.post('/api/v1/invitations', { surveyId, customerId, channel: 'whatsapp' })).json();
    await expect.poll(() => calls.filter((c) => c.body.type === 'template').length, { timeout: 10_000 }).toBe(1);
    const sent = calls.find((c) => c.body.type === 'template')!;
    expect(sent.body).toMatchObject({
      to: '359888123456',
      template: { name: 'visit_feedback', language: { code: 'en' } },
    });
    const params = (sent.body.template as { components: { parameters: { text: string }[] }[] }).components[0]!
      .parameters;
    expect(params[0]!.text).toBe('Cafe Mila');
    expect(params[1]!.text).toMatch(/\/s\/[A-Za-z0-9_-]+$/);
    await expect.poll(async () => (await org.as.get(`/api/v1/invitations/${inv.id}`)).json().status).toBe('sent');

    const delivered = callback({ statuses: [{ id: sent.id, status: 'delivered', recipient_id: '359888123456' }] });
    expect((await signed(delivered, 'not-the-secret')).statusCode).toBe(401);
    expect((await org.as.get(`/api/v1/invitations/${inv.id}/messages`)).json().items[0].status).toBe('sent');
    expect((await signed(delivered)).statusCode).toBe(200);
    expect((await signed(delivered)).statusCode).toBe(200);
    expect((await org.as.get(`/api/v1/invitations/${inv.id}/messages`)).json().items[0]).toMatchObject({
      status: 'delivered',
      providerAnswer: 'WhatsApp: delivered',
    });
  });

  it("puts the customer's reply to a case message on the case timeline, once", async () => {
    const theCase = (await org.as.post('/api/v1/cases', { title: 'Cold coffee', source: 'phone', customerId })).json();
    const out = await org.as.post(`/api/v1/cases/${theCase.id}/messages`, { text: 'Sorry about the coffee, Nina.' });
    expect(out.statusCode).toBe(201);
    const wamid = calls.at(-1)!.id!;
    expect(calls.at(-1)!.body).toMatchObject({ type: 'text', text: { body: 'Sorry about the coffee, Nina.' } });
    const reply = callback({
      contacts: [{ wa_id: '359888123456', profile: { name: 'Nina' } }],
      messages: [
        { from: '359888123456', id: 'wamid.in1', type: 'text', text: { body: 'Thank you!' }, context: { id: wamid } },
      ],
    });
    await signed(reply);
    await signed(reply);
    const events = (await org.as.get(`/api/v1/cases/${theCase.id}`)).json().events;
    const texts = events
      .filter((e: { type: string }) => e.type === 'message')
      .map((e: { data: { text: string } }) => e.data.text);
    expect(texts).toEqual(['Sorry about the coffee, Nina.', 'Thank you!']);
  });
});

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpServer } from '../../../test/support/smtp.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

/**
 * One router for every message to a customer: an SMS gateway that refuses the number, then the
 * organisation's own SMTP server (a real peer) carries the message, with links on the
 * organisation's own public URL. A second organisation without its own settings uses the
 * server's mailer and address.
 */
type Org = Awaited<ReturnType<TestApp['newOrg']>>;
let gateway: http.Server;
let gatewayUrl: string;
let smsTried = 0;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let t: TestApp;
let org: Org;
let surveyId: string;
const allowed = process.env.ZABOTA_WEBHOOK_ALLOW_PRIVATE;
const PUBLIC = 'https://care.cafe-mila.example';

beforeAll(async () => {
  process.env.ZABOTA_WEBHOOK_ALLOW_PRIVATE = '1';
  gateway = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      smsTried++;
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: 'Invalid To number' }));
    });
  });
  await new Promise<void>((r) => gateway.listen(0, '127.0.0.1', r));
  gatewayUrl = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/send`;
  smtp = await startSmtpServer();
  t = await createTestApp(); // the server-wide mailer writes to t.sent
  org = await t.newOrg('Cafe Mila');
  await org.as.patch('/api/v1/org', { quietHoursStart: 0, quietHoursEnd: 0, inviteThrottleDays: 0, publicUrl: PUBLIC });
  await org.as.call('PUT', '/api/v1/org/mail', {
    host: '127.0.0.1',
    port: smtp.port,
    senderName: 'Cafe Mila',
    fromAddress: 'hello@cafe-mila.example',
  });
  await org.as.call('PUT', '/api/v1/channels/sms', {
    preset: 'custom',
    url: gatewayUrl,
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'to={to}&text={text}',
    secret: 'k',
  });
  await org.as.call('PUT', '/api/v1/channels/fallback-order', { order: ['sms', 'email'] });
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
  await smtp.close();
  await new Promise((r) => gateway.close(r));
  process.env.ZABOTA_WEBHOOK_ALLOW_PRIVATE = allowed;
});

/** A customer who prefers SMS (refused by the gateway) and also agreed to email. */
async function smsCustomer(email: string, as = org.as) {
  const id = (await as.post('/api/v1/customers', { name: 'Ivan', email, consentEmail: true })).json().id;
  const set = await as.call('PUT', `/api/v1/customers/${id}/channels`, {
    preferred: 'sms',
    addresses: [{ channel: 'sms', address: '+15550000', consent: true, consentSource: 'Form at the till' }],
  });
  expect(set.statusCode).toBe(200);
  return id as string;
}

const attempts = (items: { channel: string; status: string; providerAnswer: string | null }[]) =>
  items.map((a) => [a.channel, a.status, a.providerAnswer?.includes('Invalid To number') ? 'refused' : 'ok']);

describe('routing with fallback on refusal', () => {
  it("re-routes a refused SMS invitation to email through the organisation's SMTP server and public URL", async () => {
    const customerId = await smsCustomer('ivan@example.com');
    const before = smsTried;
    const inv = (await org.as.post('/api/v1/invitations', { surveyId, customerId, channel: 'sms' })).json();
    const mail = await smtp.waitFor('ivan@example.com');
    expect(mail.raw).toMatch(/^From: "?Cafe Mila"? <hello@cafe-mila\.example>/m);
    expect(mail.text).toContain(`${PUBLIC}/s/`);
    await expect
      .poll(async () => (await org.as.get(`/api/v1/invitations/${inv.id}`)).json(), { timeout: 10_000 })
      .toMatchObject({ status: 'sent', channel: 'email' });
    expect(smsTried - before).toBe(1);
    const tried = (await org.as.get(`/api/v1/invitations/${inv.id}/deliveries`)).json().items;
    expect(attempts(tried)).toEqual([
      ['email', 'sent', 'ok'],
      ['sms', 'failed', 'refused'],
    ]);
    const onCustomer = (await org.as.get(`/api/v1/customers/${customerId}/deliveries`)).json().items;
    expect(onCustomer.map((a: { subjectId: string }) => a.subjectId)).toEqual([inv.id, inv.id]);
    expect(t.sent.some((m) => m.to === 'ivan@example.com')).toBe(false);
  });

  it('sends "did we make it right?" the same way, once the case is resolved', async () => {
    const customerId = await smsCustomer('olga@example.com');
    const caseId = (await org.as.post('/api/v1/cases', { title: 'Cold soup', source: 'phone', customerId })).json().id;
    const cause = (await org.as.get('/api/v1/root-causes')).json().items[0];
    const resolved = await org.as.patch(`/api/v1/cases/${caseId}`, {
      status: 'resolved',
      rootCauseId: cause.id,
      resolution: 'Apologised, new soup',
      sendFollowUp: true,
    });
    expect(resolved.json()).toMatchObject({ status: 'resolved' });
    const mail = await smtp.waitFor('olga@example.com', /Did we make it right/);
    expect(mail.text).toContain('Cafe Mila');
    expect(mail.text).toContain(`${PUBLIC}/s/`);
    const followUp = (await org.as.get(`/api/v1/invitations?customerId=${customerId}`)).json().items[0];
    await expect.poll(async () => (await org.as.get(`/api/v1/invitations/${followUp.id}`)).json().status).toBe('sent');
    expect(attempts((await org.as.get(`/api/v1/invitations/${followUp.id}/deliveries`)).json().items)).toEqual([
      ['email', 'sent', 'ok'],
      ['sms', 'failed', 'refused'],
    ]);
  });

  it('sends a review request by the same router', async () => {
    const location = (await org.as.post('/api/v1/locations', { name: 'Centre' })).json();
    await org.as.post('/api/v1/review-sources', {
      locationId: location.id,
      platform: 'google',
      url: 'https://g.page/r/centre/review',
    });
    await org.as.call('PUT', '/api/v1/review-settings', { requestsEnabled: true, delayHours: 0 });
    const customerId = await smsCustomer('petra@example.com');
    await org.as.post('/api/v1/interactions', {
      occurredAt: new Date().toISOString(),
      customerId,
      locationId: location.id,
    });
    const mail = await smtp.waitFor('petra@example.com');
    expect(mail.raw.replace(/=\r?\n/g, '')).toContain(`${PUBLIC}/rv/`);
    const [req] = (await org.as.get(`/api/v1/review-requests?customerId=${customerId}`)).json().items;
    await expect
      .poll(async () => (await org.as.get(`/api/v1/review-requests?customerId=${customerId}`)).json().items[0].status)
      .toBe('sent');
    expect(attempts((await org.as.get(`/api/v1/review-requests/${req.id}/deliveries`)).json().items)).toEqual([
      ['email', 'sent', 'ok'],
      ['sms', 'failed', 'refused'],
    ]);
  });

  it("sends a case's notification by the case engine through the organisation's SMTP with its URL", async () => {
    const location = (await org.as.post('/api/v1/locations', { name: 'Terrace' })).json();
    const invited = await org.as.post('/api/v1/staff', {
      name: 'Lena',
      email: 'lena@cafe-mila.example',
      role: 'manager',
      locationIds: [location.id],
    });
    expect(invited.statusCode).toBe(201);
    const invite = await smtp.waitFor('lena@cafe-mila.example');
    expect(invite.text).toContain(`${PUBLIC}/invite/`);
    await org.as.post('/api/v1/responses', { surveyId, locationId: location.id, answers: { nps: 1 } });
    await t.runCaseEngine();
    const notice = await smtp.waitFor('lena@cafe-mila.example', /#\d+/);
    expect(notice.text).toMatch(new RegExp(`${PUBLIC.replace(/\./g, '\\.')}/cases/[0-9a-f-]{36}`));
  });

  it('an organisation without its own settings gets the server mailer and the server address', async () => {
    const other = await t.newOrg('Plain Cafe');
    await other.as.patch('/api/v1/org', { quietHoursStart: 0, quietHoursEnd: 0, inviteThrottleDays: 0 });
    const sid = (
      await other.as.post('/api/v1/surveys', {
        name: 'Visit',
        languages: ['en'],
        status: 'active',
        questions: [{ id: 'nps', type: 'nps', text: { en: 'Recommend?' }, required: true }],
      })
    ).json().id;
    const customerId = (
      await other.as.post('/api/v1/customers', { name: 'Ana', email: 'ana@example.com', consentEmail: true })
    ).json().id;
    await other.as.post('/api/v1/invitations', { surveyId: sid, customerId, channel: 'email' });
    const mail = await t.waitForMail('ana@example.com');
    expect(mail.text).not.toContain(PUBLIC);
    expect(smtp.received.some((m) => m.to === 'ana@example.com')).toBe(false);
  });
});

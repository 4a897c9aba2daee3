import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpServer } from '../../../test/support/smtp.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { drainRecognition, queueGestureNotices, sendGestureNotice } from './index.ts';

/**
 * A birthday gesture with a notice: it goes once by the customer's preferred channel (an SMS
 * gateway speaking HTTP on 127.0.0.1), and falls back to email through the organisation's own
 * SMTP server (a real peer) when the gateway refuses the number.
 */
let gateway: http.Server;
const texts: { to: string; text: string }[] = [];
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let t: TestApp;
let org: Awaited<ReturnType<TestApp['newOrg']>>;
const allowed = process.env.ZABOTA_WEBHOOK_ALLOW_PRIVATE;
const today = new Date().toISOString().slice(5, 10);

beforeAll(async () => {
  process.env.ZABOTA_WEBHOOK_ALLOW_PRIVATE = '1';
  gateway = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const form = new URLSearchParams(body);
      texts.push({ to: form.get('to') ?? '', text: form.get('text') ?? '' });
      const refused = form.get('to') === '+15550000';
      res.writeHead(refused ? 400 : 200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(refused ? { message: 'Invalid To number' } : { id: `m${texts.length}` }));
    });
  });
  await new Promise<void>((r) => gateway.listen(0, '127.0.0.1', r));
  smtp = await startSmtpServer();
  t = await createTestApp();
  org = await t.newOrg('Cafe Mila');
  await org.as.patch('/api/v1/org', { quietHoursStart: 0, quietHoursEnd: 0, inviteThrottleDays: 0 });
  await org.as.call('PUT', '/api/v1/org/mail', {
    host: '127.0.0.1',
    port: smtp.port,
    senderName: 'Cafe Mila',
    fromAddress: 'hello@cafe-mila.example',
  });
  await org.as.call('PUT', '/api/v1/channels/sms', {
    preset: 'custom',
    url: `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/send`,
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'to={to}&text={text}',
    secret: 'k',
  });
  await org.as.call('PUT', '/api/v1/channels/fallback-order', { order: ['sms', 'email'] });
});

afterAll(async () => {
  await t.close();
  await smtp.close();
  await new Promise((r) => gateway.close(r));
  process.env.ZABOTA_WEBHOOK_ALLOW_PRIVATE = allowed;
});

/** A customer born today who prefers SMS at `phone` and also agreed to email. */
async function birthdayCustomer(name: string, email: string, phone: string, language = 'en') {
  const id = (await org.as.post('/api/v1/customers', { name, email, consentEmail: true, language })).json().id;
  const set = await org.as.call('PUT', `/api/v1/customers/${id}/channels`, {
    preferred: 'sms',
    addresses: [{ channel: 'sms', address: phone, consent: true, consentSource: 'Form at the till' }],
  });
  expect(set.statusCode).toBe(200);
  expect((await org.as.patch(`/api/v1/customers/${id}/loyalty`, { birthday: `1990-${today}` })).statusCode).toBe(200);
  return id as string;
}

type Task = { id: string; status: string; noticeState: string | null; noticeChannel: string | null };
const taskOf = async (customerId: string) =>
  (await org.as.get(`/api/v1/gesture-tasks?customerId=${customerId}`)).json().items[0] as Task;
const attempts = async (customerId: string) =>
  (
    (await org.as.get(`/api/v1/customers/${customerId}/deliveries`)).json().items as {
      subject: string;
      channel: string;
      status: string;
    }[]
  ).map((a) => [a.subject, a.channel, a.status]);
/** The trigger sweep, then the notice queue, then waits for the send job to settle. */
async function run(customerId: string) {
  await drainRecognition(t.database.pool);
  await queueGestureNotices(t.database.pool, t.jobs);
  await expect.poll(async () => (await taskOf(customerId)).noticeState, { timeout: 10_000 }).toMatch(/sent/);
}

describe('gesture notices', () => {
  it('refuses a notice that speaks of points or reviews, field by field', async () => {
    const bad = await org.as.post('/api/v1/gestures', {
      name: 'Birthday',
      kind: 'personal_touch',
      trigger: 'birthday',
      notice: { en: 'Happy birthday! Here are 50 bonus points', ru: 'Оставьте отзыв' },
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['notice.en', 'notice.ru']);
  });

  it("sends a notice-only birthday greeting once by the customer's preferred channel and delivers the task by it", async () => {
    const gesture = await org.as.post('/api/v1/gestures', {
      name: 'Birthday greeting',
      kind: 'personal_touch',
      trigger: 'birthday',
      noticeOnly: true,
      notice: {
        en: 'Happy birthday, {firstName}! Warm wishes from {business}',
        ru: 'С днём рождения, {firstName}! {business}',
      },
    });
    expect(gesture.statusCode).toBe(201);
    expect(gesture.json()).toMatchObject({ noticeOnly: true, notice: { en: expect.stringContaining('{firstName}') } });
    const olga = await birthdayCustomer('Ольга Петрова', 'olga@example.com', '+15550001', 'ru');
    await run(olga);
    expect(await taskOf(olga)).toMatchObject({ status: 'delivered', noticeState: 'sent', noticeChannel: 'sms' });
    expect(texts.filter((m) => m.to === '+15550001').map((m) => m.text)).toEqual(['С днём рождения, Ольга! Cafe Mila']);

    // Another pass and a doubled job send nothing again.
    await drainRecognition(t.database.pool);
    expect(await queueGestureNotices(t.database.pool, t.jobs)).toBe(0);
    const again = await sendGestureNotice(
      {
        dispatch: () => Promise.reject(new Error('must not send')),
        mailer: { send: () => Promise.reject(new Error('no')) },
      },
      { pool: t.database.pool, lastAttempt: false },
      { orgId: org.orgId, taskId: (await taskOf(olga)).id },
    );
    expect(again).toBe('not queued');
    expect(texts.filter((m) => m.to === '+15550001')).toHaveLength(1);
    expect(await attempts(olga)).toEqual([['gesture_task', 'sms', 'sent']]);
  });

  it('falls back to email when the gateway refuses the number, and shows both attempts on the customer page', async () => {
    const ivan = await birthdayCustomer('Ivan', 'ivan@example.com', '+15550000');
    await run(ivan);
    const mail = await smtp.waitFor('ivan@example.com');
    expect(mail.text).toContain('Happy birthday, Ivan! Warm wishes from Cafe Mila');
    expect(mail.raw).toMatch(/^From: "?Cafe Mila"? <hello@cafe-mila\.example>/m);
    expect(await taskOf(ivan)).toMatchObject({ status: 'delivered', noticeState: 'sent', noticeChannel: 'email' });
    expect((await attempts(ivan)).sort()).toEqual([
      ['gesture_task', 'email', 'sent'],
      ['gesture_task', 'sms', 'failed'],
    ]);
    expect(smtp.received.filter((m) => m.to === 'ivan@example.com')).toHaveLength(1);
  });

  it("keeps the organisation's throttle: a second notice within the window is not sent, and says why", async () => {
    await org.as.patch('/api/v1/org', { inviteThrottleDays: 30 });
    const first = await org.as.post('/api/v1/gestures', {
      name: 'Thanks for the first visit',
      kind: 'recognition',
      trigger: 'nth_visit',
      triggerVisit: 1,
      noticeOnly: true,
      notice: { en: 'Thank you for coming, {firstName}!' },
    });
    expect(first.statusCode).toBe(201);
    const olga = (await org.as.get('/api/v1/customers?q=Ольга')).json().items[0].id as string;
    await org.as.post('/api/v1/interactions', { occurredAt: new Date().toISOString(), customerId: olga });
    await drainRecognition(t.database.pool);
    await queueGestureNotices(t.database.pool, t.jobs);
    const thanks = async () =>
      (
        (await org.as.get(`/api/v1/gesture-tasks?customerId=${olga}`)).json().items as (Task & {
          gestureId: string;
          noticeError: string;
        })[]
      ).find((x) => x.gestureId === first.json().id);
    await expect.poll(async () => (await thanks())?.noticeState, { timeout: 10_000 }).toBe('not_sent');
    expect(await thanks()).toMatchObject({ status: 'pending', noticeError: expect.stringMatching(/^Throttled/) });
    expect(texts.filter((m) => m.to === '+15550001')).toHaveLength(1);
    await org.as.patch('/api/v1/org', { inviteThrottleDays: 0 });
    await org.as.patch(`/api/v1/gestures/${first.json().id}`, { active: false });
  });

  it('keeps an in-person surprise a surprise: no notice, the task stays for staff', async () => {
    const greeting = (await org.as.get('/api/v1/gestures'))
      .json()
      .items.find((g: { name: string }) => g.name === 'Birthday greeting');
    await org.as.patch(`/api/v1/gestures/${greeting.id}`, { active: false });
    await org.as.post('/api/v1/gestures', { name: 'Cake', kind: 'surprise', trigger: 'birthday' });
    const ana = await birthdayCustomer('Ana', 'ana@example.com', '+15550002');
    await drainRecognition(t.database.pool);
    expect(await queueGestureNotices(t.database.pool, t.jobs)).toBe(0);
    expect(await taskOf(ana)).toMatchObject({ status: 'pending', noticeState: null });
    expect(await attempts(ana)).toEqual([]);
  });
});

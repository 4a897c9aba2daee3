import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import type { Jobs } from '../../platform/jobs/jobs.ts';
import { createMailer } from '../../platform/mail/mailer.ts';
import { orgs } from '../orgs/orgs.schema.ts';
import { deliver } from './delivery.ts';
import * as repo from './invitations.repo.ts';
import { runTrigger } from './trigger.ts';

/** A real SMTP server on a free local port; recipients at bounce.example are refused with 550. */
async function startSmtp() {
  const messages: { to: string[]; raw: string }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, cb) {
      if (address.address.endsWith('@bounce.example'))
        return cb(Object.assign(new Error('5.1.1 Mailbox unavailable'), { responseCode: 550 }));
      cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        messages.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { port, messages, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function until<T>(what: string, fn: () => Promise<T | undefined | null | false>, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The text of a raw message with quoted-printable soft breaks and escapes undone. */
const unQp = (raw: string) =>
  raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
const linkIn = (raw: string) => /https?:\/\/[^\s"<>]+\/s\/([A-Za-z0-9_-]{20,})/.exec(unQp(raw));

const SURVEY = {
  name: 'After the visit',
  languages: ['en', 'ru'],
  questions: [
    { id: 'nps', type: 'nps', text: { en: 'Would you recommend us?', ru: 'Порекомендуете нас?' }, required: true },
  ],
};

let smtp: Awaited<ReturnType<typeof startSmtp>>;
let t: TestApp;
let org: Awaited<ReturnType<TestApp['newOrg']>>;
let outbox: string;
let north: string;
let south: string;
let reception: string;
let checkout: string;
let visitSurvey: { id: string; slug: string };
let checkoutSurvey: { id: string };

const mailTo = (to: string) => until(`mail to ${to}`, async () => smtp.messages.find((m) => m.to.includes(to)));
const invitationsOf = async (q: string) =>
  (await org.as.get(`/api/v1/invitations?${q}`)).json().items as Record<string, unknown>[];
const customer = async (email: string, extra: Record<string, unknown> = {}) =>
  (
    await org.as.post('/api/v1/customers', {
      name: email.split('@')[0],
      email,
      consentEmail: true,
      language: 'en',
      ...extra,
    })
  ).json().id as string;
const visit = async (customerId: string, touchpointId: string, locationId = north) => {
  const res = await org.as.post('/api/v1/interactions', {
    occurredAt: new Date().toISOString(),
    customerId,
    touchpointId,
    locationId,
  });
  expect(res.statusCode).toBe(201);
  return res.json().id as string;
};

beforeAll(async () => {
  smtp = await startSmtp();
  outbox = fs.mkdtempSync(path.join(os.tmpdir(), 'zabota-smtp-test-'));
  t = await createTestApp({
    mailer: createMailer({
      smtpUrl: `smtp://127.0.0.1:${smtp.port}`,
      from: 'Zabota <test@zabota.local>',
      outboxDir: outbox,
    }),
  });
  org = await t.newOrg('Klinika Zdrave');
  // No quiet hours: the test must not depend on the hour it runs at.
  await t.db
    .update(orgs)
    .set({ quietHoursStart: 0, quietHoursEnd: 0, inviteThrottleDays: 30, brandColor: '#aa3300' })
    .where(eq(orgs.id, org.orgId));
  north = (await org.as.post('/api/v1/locations', { name: 'North' })).json().id;
  south = (await org.as.post('/api/v1/locations', { name: 'South' })).json().id;
  reception = (
    await org.as.post('/api/v1/touchpoints', { name: 'Reception', kind: 'service', stage: 'service' })
  ).json().id;
  checkout = (await org.as.post('/api/v1/touchpoints', { name: 'Checkout', kind: 'service', stage: 'purchase' })).json()
    .id;
  visitSurvey = (
    await org.as.post('/api/v1/surveys', {
      ...SURVEY,
      touchpointIds: [reception],
      settings: { triggerDelayHours: 0, reminderDays: 2 },
    })
  ).json();
  checkoutSurvey = (
    await org.as.post('/api/v1/surveys', {
      ...SURVEY,
      name: 'Checkout',
      touchpointIds: [checkout],
      settings: { triggerDelayHours: 0 },
    })
  ).json();
  expect(visitSurvey.id).toBeTruthy();
  expect(checkoutSurvey.id).toBeTruthy();
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
  fs.rmSync(outbox, { recursive: true, force: true });
});

describe('touchpoint trigger → email over SMTP → personal link', () => {
  let anna: string;
  let interaction: string;

  it('mails the invitation, marks it sent, and the link opens the survey (opened)', async () => {
    anna = await customer('anna@example.com');
    interaction = await visit(anna, reception);
    const mail = await mailTo('anna@example.com');
    // Names the business and where the visit was, from the business by name.
    expect(mail.raw).toMatch(/^Subject: Klinika Zdrave, North: how did we do\?/m);
    expect(mail.raw).toMatch(/^From: "?Klinika Zdrave"? </m);
    expect(unQp(mail.raw)).toContain('Hello, anna!');
    expect(unQp(mail.raw)).toContain('#aa3300');
    const link = linkIn(mail.raw);
    expect(link, 'personal link in the mail').toBeTruthy();
    const token = link![1]!;

    const [inv] = await until('sent', async () => {
      const items = await invitationsOf(`surveyId=${visitSurvey.id}&customerId=${anna}`);
      return items[0]?.status === 'sent' ? items : undefined;
    });
    expect(inv).toMatchObject({ channel: 'email', interactionId: interaction, locationId: north, error: null });
    expect(JSON.stringify(inv)).not.toContain(token);
    expect((await repo.findByToken(t.db, token))?.id).toBe(inv!.id);

    const page = await t.app.inject({ method: 'GET', url: `/s/${token}`, headers: { 'accept-language': 'en' } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Would you recommend us?');
    expect((await org.as.get(`/api/v1/invitations/${inv!.id}`)).json()).toMatchObject({ status: 'opened' });
  });

  it('enqueues the reminder with the same link when the survey asks for one', async () => {
    const [inv] = await invitationsOf(`surveyId=${visitSurvey.id}&customerId=${anna}`);
    const jobs = await t.db.execute<{ start_after: Date }>(
      sql`select start_after from pgboss.job where name = 'invitation.remind' and data->>'invitationId' = ${inv!.id as string}`,
    );
    expect(jobs.rows).toHaveLength(1);
    expect(new Date(jobs.rows[0]!.start_after).getTime() - Date.now()).toBeGreaterThan(47 * 3600_000);
  });

  it('a second run of the trigger for the same interactions creates nothing', async () => {
    const sent: string[] = [];
    const jobs: Jobs = { send: async (name) => (sent.push(name), 'job'), stop: async () => {} };
    const result = await runTrigger(
      { db: t.db, pool: t.database.pool, jobs },
      { orgId: org.orgId, interactionIds: [interaction] },
    );
    expect(result).toEqual({ created: 0, skipped: 0, existing: 1 });
    expect(sent).toEqual([]);
    expect(await invitationsOf(`surveyId=${visitSurvey.id}&customerId=${anna}`)).toHaveLength(1);
    expect(smtp.messages.filter((m) => m.to.includes('anna@example.com'))).toHaveLength(1);
  });

  it('invites nobody for history (an interaction from last year, e.g. a CSV import)', async () => {
    const old = (
      await org.as.post('/api/v1/interactions', {
        occurredAt: '2025-01-15T10:00:00Z',
        customerId: anna,
        touchpointId: reception,
        locationId: north,
      })
    ).json().id;
    const jobs: Jobs = { send: async () => 'job', stop: async () => {} };
    expect(
      await runTrigger({ db: t.db, pool: t.database.pool, jobs }, { orgId: org.orgId, interactionIds: [old] }),
    ).toEqual({ created: 0, skipped: 0, existing: 0 });
  });

  it('throttles a second survey for the same customer within the throttle window', async () => {
    await visit(anna, checkout);
    const [inv] = await until('skipped', async () => {
      const items = await invitationsOf(`surveyId=${checkoutSurvey.id}&customerId=${anna}`);
      return items.length ? items : undefined;
    });
    expect(inv).toMatchObject({ status: 'skipped', error: expect.stringMatching(/^Throttled: .*30 days/) });
  });

  it('skips customers without email consent, with the reason, and mails nothing', async () => {
    const ivan = await customer('ivan@example.com', { consentEmail: false });
    await visit(ivan, reception);
    const [inv] = await until('skipped', async () => {
      const items = await invitationsOf(`customerId=${ivan}`);
      return items.length ? items : undefined;
    });
    expect(inv).toMatchObject({ status: 'skipped', error: 'The customer has not agreed to receive emails' });
    expect(smtp.messages.some((m) => m.to.includes('ivan@example.com'))).toBe(false);
  });

  it('marks the invitation bounced when the SMTP server refuses the recipient', async () => {
    const lost = await customer('nobody@bounce.example');
    await visit(lost, reception);
    const [inv] = await until('bounced', async () => {
      const items = await invitationsOf(`customerId=${lost}`);
      return items[0]?.status === 'bounced' ? items : undefined;
    });
    expect(inv!.error).toMatch(/550|Mailbox unavailable/);
  });

  it('sends a reminder only while the invitation is unopened', async () => {
    const maria = await customer('maria@example.com');
    await visit(maria, reception, south);
    const first = await mailTo('maria@example.com');
    const token = linkIn(first.raw)![1]!;
    const [inv] = await until('sent', async () => {
      const items = await invitationsOf(`customerId=${maria}`);
      return items[0]?.status === 'sent' ? items : undefined;
    });
    const jobs: Jobs = { send: async () => null, stop: async () => {} };
    const data = { orgId: org.orgId, invitationId: inv!.id as string, token };
    expect(
      await deliver(
        {
          mailer: createMailer({ smtpUrl: `smtp://127.0.0.1:${smtp.port}`, from: 'z@x', outboxDir: outbox }),
          publicUrl: 'http://localhost:3000',
        },
        { pool: t.database.pool, jobs, lastAttempt: false },
        data,
        'reminder',
      ),
    ).toBe('reminded');
    const reminders = smtp.messages.filter((m) => m.to.includes('maria@example.com'));
    expect(reminders).toHaveLength(2);
    expect(reminders[1]!.raw).toMatch(/^Subject: Klinika Zdrave(, \w+)?: a reminder/m);
    expect(linkIn(reminders[1]!.raw)![1]).toBe(token);
    expect(
      await deliver(
        { mailer: { send: async () => ({ messageId: 'x' }) }, publicUrl: 'x' },
        { pool: t.database.pool, jobs, lastAttempt: false },
        data,
        'reminder',
      ),
    ).toBe('no reminder needed');
  });
});

describe('invitations API', () => {
  it('creates a link invitation: the url with its token is shown once, never again', async () => {
    const petra = await customer('petra@example.com', { consentEmail: false });
    const interactionId = (
      await org.as.post('/api/v1/interactions', {
        occurredAt: new Date().toISOString(),
        customerId: petra,
        locationId: south,
      })
    ).json().id;
    const res = await org.as.post('/api/v1/invitations', {
      surveyId: visitSurvey.id,
      customerId: petra,
      interactionId,
      channel: 'link',
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ status: 'sent', channel: 'link', locationId: south });
    expect(body.url).toMatch(/^http:\/\/localhost(:\d+)?\/s\/[A-Za-z0-9_-]{40,}$/);
    expect(new Date(body.expiresAt).getTime()).toBeGreaterThan(Date.now() + 29 * 24 * 3600_000);
    const token = body.url.split('/s/')[1];
    expect((await org.as.get(`/api/v1/invitations/${body.id}`)).body).not.toContain(token);
    expect((await org.as.get('/api/v1/invitations?limit=100')).body).not.toContain(token);
    const again = await org.as.post('/api/v1/invitations', {
      surveyId: visitSurvey.id,
      customerId: petra,
      interactionId,
      channel: 'link',
    });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ id: body.id, url: null });
    expect((await t.app.inject({ method: 'GET', url: `/s/${token}` })).statusCode).toBe(200);
  });

  it('mails an email invitation created through the API, and skips one without consent', async () => {
    const olga = await customer('olga@example.com', { language: 'ru' });
    const res = await org.as.post('/api/v1/invitations', {
      surveyId: checkoutSurvey.id,
      customerId: olga,
      channel: 'email',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: 'scheduled', channel: 'email' });
    const mail = await mailTo('olga@example.com');
    expect(mail.raw).toMatch(/^Subject: =\?UTF-8\?/m); // Russian subject, encoded
    expect(linkIn(mail.raw)![0]).toBe(res.json().url);
    const noConsent = await customer('no@example.com', { consentEmail: false });
    const skipped = await org.as.post('/api/v1/invitations', {
      surveyId: checkoutSurvey.id,
      customerId: noConsent,
      channel: 'email',
    });
    expect(skipped.json()).toMatchObject({ status: 'skipped', error: 'The customer has not agreed to receive emails' });
  });

  it('refuses foreign or mismatched ids with 4xx', async () => {
    const other = await t.newOrg();
    const theirCustomer = (await other.as.post('/api/v1/customers', { name: 'X' })).json().id;
    expect(
      (
        await org.as.post('/api/v1/invitations', {
          surveyId: visitSurvey.id,
          customerId: theirCustomer,
          channel: 'link',
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await other.as.post('/api/v1/invitations', {
          surveyId: visitSurvey.id,
          customerId: theirCustomer,
          channel: 'link',
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await org.as.post('/api/v1/invitations', {
          surveyId: visitSurvey.id,
          customerId: theirCustomer,
          channel: 'sms',
        })
      ).statusCode,
    ).toBe(400);
  });

  it('counts invitations per status with the response rate', async () => {
    const stats = (await org.as.get(`/api/v1/surveys/${visitSurvey.id}/invitation-stats`)).json();
    expect(stats.byStatus).toMatchObject({ opened: 2, sent: 1, skipped: 1, bounced: 1 }); // anna opened her mail, petra her link
    expect(stats.total).toBe(5);
    expect(stats.delivered).toBe(3);
    expect(stats.responseRate).toBe(0);
    expect(stats.openRate).toBeCloseTo(2 / 3, 3);
  });

  it("limits a manager to their locations' invitations; staff cannot read them", async () => {
    const manager = (
      await org.as.post('/api/v1/staff', {
        name: 'Manager South',
        email: 'm.south@example.com',
        role: 'manager',
        locationIds: [south],
        sendInvite: false,
      })
    ).json().id;
    const asManager = t.as(await t.keyFor(org.orgId, 'manager', manager));
    const seen = (await asManager.get(`/api/v1/invitations?surveyId=${visitSurvey.id}&limit=100`)).json().items as {
      locationId: string;
    }[];
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((i) => i.locationId === south)).toBe(true);
    const northOne = (await invitationsOf(`surveyId=${visitSurvey.id}&limit=100`)).find((i) => i.locationId === north)!;
    expect((await asManager.get(`/api/v1/invitations/${northOne.id as string}`)).statusCode).toBe(404);
    const staffKey = t.as(await t.keyFor(org.orgId, 'staff', null));
    expect((await staffKey.get('/api/v1/invitations')).statusCode).toBe(403);
  });
});

describe('OpenAPI', () => {
  it('documents the invitation routes from their schemas', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/invitations',
        '/api/v1/invitations/{id}',
        '/api/v1/surveys/{id}/invitation-stats',
        '/api/v1/surveys/{id}/qr',
      ]),
    );
    expect(doc.components.schemas.InvitationCreated.properties).toHaveProperty('url');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from '../../platform/mail/mailer.ts';
import { startSmtpServer } from '../../../test/support/smtp.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { ingest } from '../responses/ingest.ts';
import * as surveysRepo from '../surveys/surveys.repo.ts';

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let t: TestApp;
let org: Awaited<ReturnType<TestApp['newOrg']>>;
let north: string;
let south: string;
let maria: string;
let surveyId: string;

const mailTo = (to: string, subject: RegExp) => smtp.waitFor(to, subject);

const answer = (nps: number, extra: Record<string, unknown> = {}) =>
  org.as.post('/api/v1/responses', { surveyId, locationId: north, answers: { nps }, ...extra });

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp({
    mailer: createMailer({
      smtpUrl: `smtp://127.0.0.1:${smtp.port}`,
      from: 'zabota@test.local',
      outboxDir: '/nonexistent',
    }),
  });
  org = await t.newOrg('Recovery clinic');
  // No quiet hours: the follow-up is due at once whatever the hour the suite runs (quiet hours are schedule.test.ts's).
  await org.as.patch('/api/v1/org', { quietHoursStart: 0, quietHoursEnd: 0 });
  north = (await org.as.post('/api/v1/locations', { name: 'North', timeZone: 'Europe/Sofia' })).json().id;
  south = (await org.as.post('/api/v1/locations', { name: 'South' })).json().id;
  maria = (
    await org.as.post('/api/v1/staff', {
      name: 'Maria',
      email: 'maria@clinic.example',
      role: 'manager',
      locationIds: [north],
      sendInvite: false,
      language: 'ru',
    })
  ).json().id;
  surveyId = (
    await org.as.post('/api/v1/surveys', {
      name: 'Visit',
      languages: ['en'],
      questions: [
        { id: 'nps', type: 'nps', text: { en: 'Recommend?' }, required: true },
        { id: 'why', type: 'text', text: { en: 'Why?' } },
      ],
    })
  ).json().id;
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

describe('service recovery', () => {
  it('starts every organisation with a default rule and root causes', async () => {
    const rules = (await org.as.get('/api/v1/case-rules')).json().items;
    expect(rules).toHaveLength(1);
    expect(rules[0]).toMatchObject({
      conditions: { npsMax: 6, csatMax: 2 },
      sla: { amount: 1, unit: 'business_days' },
      assignment: { strategy: 'location_manager' },
    });
    const causes = (await org.as.get('/api/v1/root-causes')).json().items;
    expect(new Set(causes.map((c: { kind: string }) => c.kind))).toEqual(new Set(['product', 'brand', 'service']));
  });

  it("opens exactly one case for a detractor, for the location's manager, who is emailed", async () => {
    const detractor = (await answer(3, { answers: { nps: 3, why: 'Ждали 40 минут' } })).json();
    await answer(9);
    await t.runCaseEngine();
    await t.runCaseEngine();
    // Even when the marker is lost (a crash between steps, a second worker), no second case appears.
    await t.db.execute(`update responses set cases_checked_at = null` as never);
    await t.runCaseEngine();
    const cases = (await org.as.get('/api/v1/cases?view=all')).json().items;
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({
      responseId: detractor.id,
      ownerId: maria,
      status: 'new',
      priority: 'normal',
      source: 'rule',
      locationName: 'North',
      overdue: false,
    });
    expect(cases[0].title).toBe('NPS 3: Ждали 40 минут');
    await mailTo('maria@clinic.example', /^Новое обращение №\d+ для вас/);
  });

  it("shows the case in the manager's inbox; a logged call is the first action; resolving needs a root cause", async () => {
    const manager = t.as(await t.keyFor(org.orgId, 'manager', maria));
    const inbox = (await manager.get('/api/v1/cases?view=mine')).json().items;
    expect(inbox).toHaveLength(1);
    const id = inbox[0].id;
    const called = await manager.post(`/api/v1/cases/${id}/events`, {
      type: 'contact',
      method: 'call',
      outcome: 'Apologised, offered a free check-up',
    });
    expect(called.statusCode).toBe(201);
    expect(called.json().firstActionAt).not.toBeNull();
    expect(called.json().events.map((e: { type: string }) => e.type)).toEqual(['opened', 'assignment', 'contact']);
    const bad = await manager.patch(`/api/v1/cases/${id}`, { status: 'resolved' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['resolution', 'rootCauseId']);
  });

  it('sends the customer a follow-up survey on resolve and counts the recovery', async () => {
    const customerEmail = 'olga@patients.example';
    const res = (
      await answer(2, { customer: { name: 'Olga', email: customerEmail, language: 'bg', consentEmail: true } })
    ).json();
    await t.runCaseEngine();
    const theCase = (await org.as.get(`/api/v1/cases?view=all&customerId=${res.customerId}`)).json().items[0];
    const cause = (await org.as.get('/api/v1/root-causes'))
      .json()
      .items.find((c: { name: { en: string } }) => c.name.en === 'Wait time');
    const resolved = await org.as.patch(`/api/v1/cases/${theCase.id}`, {
      status: 'resolved',
      rootCauseId: cause.id,
      resolution: 'Called, apologised, rebooked',
      sendFollowUp: true,
    });
    expect(resolved.statusCode).toBe(200);
    expect(resolved.json()).toMatchObject({ status: 'resolved', rootCauseId: cause.id });
    const mail = await mailTo(customerEmail, /^Успяхме ли да оправим нещата\?/);
    // From the business by name, which the text names with the location.
    expect(mail.raw).toMatch(/^From: "?Recovery clinic"? <zabota@test\.local>/m);
    expect(mail.text).toContain('разказахте на Recovery clinic, North за проблем');
    const token = /\/s\/([\w-]{20,})/.exec(mail.text)![1]!;
    // The customer answers the follow-up: no longer a detractor. It must not open a new case.
    const invitation = await (await import('../invitations/invitations.repo.ts')).findByToken(t.db, token);
    const survey = (await surveysRepo.getAnyOrg(t.db, invitation!.surveyId))!;
    await ingest(
      t.db,
      { orgId: org.orgId, survey, channel: 'email', partial: false },
      { answers: { nps: 8 }, invitationId: invitation!.id, customerId: res.customerId },
    );
    await t.runCaseEngine();
    const after = (await org.as.get(`/api/v1/cases/${theCase.id}`)).json();
    expect(after.followUpScore).toBe(8);
    expect(after.events.map((e: { type: string }) => e.type)).toContain('follow_up');
    expect((await org.as.get(`/api/v1/cases?view=all&customerId=${res.customerId}`)).json().items).toHaveLength(1);
    const stats = (await org.as.get('/api/v1/case-stats')).json();
    expect(stats.total).toMatchObject({ recoveryRate: 1, followUps: 1, closed: 1 });
    expect(stats.rootCauses[0]).toMatchObject({ key: cause.id, n: 1 });
    // The follow-up answer measures recovery, not loyalty: the headline figures leave it out.
    const counted = await t.database.pool.query<{ n: number; nps: number }>(
      `select count(*)::int as n, count(nps)::int as nps from responses where org_id = $1 and survey_id <> $2`,
      [org.orgId, survey.id],
    );
    await t.runRollups();
    const summary = (await org.as.get('/api/v1/metrics/summary')).json();
    expect(summary.responses).toBe(counted.rows[0]!.n);
    expect(summary.nps.n).toBe(counted.rows[0]!.nps);
    expect(summary.responseRate).toMatchObject({ invited: 0, answered: 0 });
    const ofFollowUps = (await org.as.get(`/api/v1/metrics/summary?surveyId=${survey.id}`)).json();
    expect(ofFollowUps.responseRate.invited).toBe(1);
  });

  it('escalates an overdue case once, to the next level, and tells both', async () => {
    const created = await org.as.post('/api/v1/cases', {
      title: 'Rude receptionist (phone call)',
      source: 'phone',
      locationId: north,
      priority: 'high',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().ownerId).toBe(maria);
    const id = created.json().id;
    await t.db.execute(`update cases set due_at = now() - interval '1 minute' where id = '${id}'` as never);
    await t.runCaseEngine();
    await t.runCaseEngine();
    const after = (await org.as.get(`/api/v1/cases/${id}`)).json();
    expect(after).toMatchObject({ ownerId: org.ownerId, escalationLevel: 1, overdue: true });
    expect(after.breachedAt).not.toBeNull();
    expect(after.events.filter((e: { type: string }) => e.type === 'escalation')).toHaveLength(1);
    await mailTo('maria@clinic.example', /просрочено/);
  });

  it('warns the owner once when a case is nearly due', async () => {
    const created = (
      await org.as.post('/api/v1/cases', {
        title: 'Billing complaint',
        source: 'email',
        locationId: south,
        dueAt: new Date(Date.now() + 30 * 60_000).toISOString(),
      })
    ).json();
    await t.runCaseEngine();
    await t.runCaseEngine();
    const after = (await org.as.get(`/api/v1/cases/${created.id}`)).json();
    expect(after.events.filter((e: { type: string }) => e.type === 'due_soon')).toHaveLength(1);
  });

  it('lets rules choose by priority: one case per response, the highest priority rule', async () => {
    const angry = await org.as.post('/api/v1/case-rules', {
      name: 'Angry words',
      priority: 'urgent',
      conditions: { keywords: ['ужас', 'never again'] },
      sla: { amount: 2, unit: 'business_hours' },
    });
    expect(angry.statusCode).toBe(201);
    const r = (await answer(1, { answers: { nps: 1, why: 'Never again, ужас' } })).json();
    await t.runCaseEngine();
    const found = (await org.as.get('/api/v1/cases?view=all&priority=urgent')).json().items;
    expect(found.map((c: { responseId: string }) => c.responseId)).toEqual([r.id]);
    expect(found[0].ruleId).toBe(angry.json().id);
    const bad = await org.as.post('/api/v1/case-rules', { name: 'Nothing', conditions: {} });
    expect(bad.statusCode).toBe(400);
  });

  it('limits staff to their own cases and refuses rules to managers', async () => {
    const petar = (
      await org.as.post('/api/v1/staff', {
        name: 'Petar',
        email: 'petar@clinic.example',
        role: 'staff',
        locationIds: [north],
        sendInvite: false,
      })
    ).json().id;
    const mine = (
      await org.as.post('/api/v1/cases', {
        title: 'Front-line report',
        source: 'frontline',
        locationId: north,
        ownerId: petar,
      })
    ).json();
    const staffKey = t.as(await t.keyFor(org.orgId, 'staff', petar));
    expect((await staffKey.get('/api/v1/cases?view=all')).json().items.map((c: { id: string }) => c.id)).toEqual([
      mine.id,
    ]);
    const manager = t.as(await t.keyFor(org.orgId, 'manager', maria));
    expect((await manager.post('/api/v1/case-rules', { name: 'x', conditions: { npsMax: 0 } })).statusCode).toBe(403);
    expect((await manager.get('/api/v1/cases?view=all&locationId=' + south)).json().items).toHaveLength(0);
  });
});

describe('case webhooks', () => {
  it('announces case.opened to a subscribed webhook once', async () => {
    const http = await import('node:http');
    const got: { event: string; id: string; body: { data: { id: string } } }[] = [];
    const receiver = http.createServer((req, res) => {
      let body = '';
      req.on('data', (d: Buffer) => (body += d.toString()));
      req.on('end', () => {
        got.push({
          event: String(req.headers['zabota-event']),
          id: String(req.headers['zabota-event-id']),
          body: JSON.parse(body),
        });
        res.end('ok');
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', () => r()));
    const port = (receiver.address() as { port: number }).port;
    try {
      const hook = await org.as.post('/api/v1/webhooks', {
        url: `http://127.0.0.1:${port}/hook`,
        events: ['case.opened'],
      });
      expect(hook.statusCode).toBe(201);
      await answer(0);
      await t.runCaseEngine();
      const until = Date.now() + 15_000;
      while (!got.length && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
      expect(got.map((g) => g.event)).toEqual(['case.opened']);
      const opened = (await org.as.get(`/api/v1/cases/${got[0]!.body.data.id}`)).json();
      expect(opened.source).toBe('rule');
    } finally {
      receiver.close();
    }
  });

  it('shows the comment in the title once it comes after the case opened; every case lists newest first', async () => {
    const r = (await answer(2)).json();
    await t.runCaseEngine();
    const newest = () => org.as.get('/api/v1/cases?view=all&limit=1').then((x) => x.json().items[0]);
    expect(await newest()).toMatchObject({ responseId: r.id, title: 'NPS 2' });
    await t.database.pool.query(`update responses set comment = $2, updated_at = now() where id = $1`, [
      r.id,
      'Nobody answered the phone',
    ]);
    await t.runCaseEngine();
    expect((await newest()).title).toBe('NPS 2: Nobody answered the phone');
  });
});

import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMailer } from '../src/platform/mail/mailer.ts';
import { localDate, zonedToInstant } from '../src/shared/time-zone.ts';
import { startSmtpServer } from '../test/support/smtp.ts';
import { openAsNewOwner, screenshot, startBrowserApp, type BrowserApp } from './support/browser-app.ts';

/**
 * A Tuesday 20:00 in Sofia, two to eight days ahead: after closing, so a one-business-day SLA ends at
 * Wednesday's 18:00 closing, 22 hours on. Ahead of the real clock, so PostgreSQL's now() (which the
 * test cannot set) sees the case as neither overdue nor due soon.
 */
function nextTuesdayEveningInSofia(): Date {
  const [y, m, d] = localDate(new Date(), 'Europe/Sofia').split('-').map(Number) as [number, number, number];
  for (let i = 2; ; i++) {
    const day = new Date(Date.UTC(y, m - 1, d + i));
    if (day.getUTCDay() === 2)
      return zonedToInstant(
        { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), hour: 20, minute: 0 },
        'Europe/Sofia',
      );
  }
}

describe('service recovery', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let ba: BrowserApp;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    // The app's mail (invitation, case assignment, follow-up survey) travels over a real SMTP connection.
    ba = await startBrowserApp({
      mailer: createMailer({ smtpUrl: smtp.url, from: 'zabota@test.local', outboxDir: '/nonexistent' }),
    });
  });
  afterAll(async () => {
    await ba?.close();
    await smtp?.close();
  });
  afterEach(() => vi.useRealTimers());

  it('a detractor becomes a case in the manager’s inbox; a logged call and a resolution send the follow-up survey', async () => {
    // The app's clock (in this process) and the manager's browser read a fixed evening; it runs on, timers are real.
    const evening = nextTuesdayEveningInSofia();
    vi.useFakeTimers({ now: evening, toFake: ['Date'], shouldAdvanceTime: true });

    // The owner's organisation: a location, its manager (invited by email) and a customer with an email.
    const { context, page: ownerPage } = await openAsNewOwner(ba);
    const me = (await (await context.request.get('/api/v1/auth/me')).json()) as { org: { id: string } };
    const api = ba.app.as(await ba.app.keyFor(me.org.id, 'owner'));
    // Mail sent by background jobs (the follow-up below) links to the organisation's public URL.
    await api.patch('/api/v1/org', { publicUrl: ba.baseUrl });
    const location = await api.post('/api/v1/locations', { name: 'Sofia centre', timeZone: 'Europe/Sofia' });
    expect(location.statusCode, location.body).toBe(201);
    const locationId = location.json().id as string;
    const manager = await api.post('/api/v1/staff', {
      name: 'Ivan Georgiev',
      email: 'ivan@example.com',
      role: 'manager',
      locationIds: [locationId],
      language: 'en',
    });
    expect(manager.statusCode, manager.body).toBe(201);
    const inviteUrl = manager.json().inviteUrl as string;
    const customer = await api.post('/api/v1/customers', {
      name: 'Olga Dimitrova',
      email: 'olga@example.com',
      language: 'en',
      consentEmail: true,
    });
    expect(customer.statusCode, customer.body).toBe(201);
    const survey = await api.post('/api/v1/surveys', {
      name: 'After the visit',
      languages: ['en'],
      questions: [
        { id: 'nps', type: 'nps', text: { en: 'Would you recommend us?' }, required: true },
        { id: 'why', type: 'text', text: { en: 'Why?' } },
      ],
    });
    expect(survey.statusCode, survey.body).toBe(201);

    // A detractor answers, as a till or kiosk would send it; the case engine (normally on a timer) runs once.
    const answer = await api.post('/api/v1/responses', {
      surveyId: survey.json().id,
      customerId: customer.json().id,
      locationId,
      answers: { nps: 2, why: 'Waited 40 minutes at the desk' },
    });
    expect(answer.statusCode, answer.body).toBe(201);
    await ba.app.runCaseEngine();
    const assigned = await smtp.waitFor('ivan@example.com', /^New case #\d+ for you: NPS 2/);
    const caseUrl = /\/cases\/[\w-]+/.exec(assigned.text)![0];

    // The manager accepts the invitation and finds the case in their inbox.
    const { page } = await ba.newPage();
    await page.clock.setFixedTime(evening);
    await page.goto(new URL(inviteUrl).pathname);
    await page.getByLabel('Password', { exact: true }).fill('manager pass 1');
    await page.getByLabel('Repeat the password').fill('manager pass 1');
    await page.getByRole('button', { name: 'Set password and sign in' }).click();
    await page.getByRole('heading', { name: 'Welcome, Ivan Georgiev' }).waitFor();
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Cases' }).click();
    await page.getByRole('heading', { name: 'Cases', level: 1 }).waitFor();
    const tabs = page.getByRole('tablist', { name: 'Case views' });
    const mine = tabs.getByRole('tab', { name: /My cases/ });
    expect(await mine.getAttribute('aria-selected')).toBe('true');
    await mine.getByText('1', { exact: true }).waitFor();
    const row = page.getByTestId('case-row').filter({ hasText: 'Waited 40 minutes at the desk' });
    await row.waitFor();
    for (const text of ['Olga Dimitrova', 'Sofia centre', 'Ivan Georgiev', 'Normal', 'New', 'Survey answer'])
      expect(await row.textContent()).toContain(text);
    // Opened on Tuesday evening after closing: due at Wednesday's closing (18:00), 22 hours later.
    expect(await row.locator('time').textContent()).toBe('in 22 hours');
    expect(await row.locator('time').getAttribute('dateTime')).toBe(
      new Date(evening.getTime() + 22 * 3_600_000).toISOString(),
    );
    await screenshot(page, 'cases-inbox-desktop');

    // The case page: the customer, the answer that opened it, the timeline.
    await row.getByRole('link', { name: /NPS 2/ }).click();
    await page.getByRole('heading', { name: /NPS 2: Waited 40 minutes at the desk/, level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe(caseUrl);
    expect(await page.getByRole('link', { name: 'Olga Dimitrova' }).first().getAttribute('href')).toBe(
      `/customers/${customer.json().id}`,
    );
    await page.getByRole('region', { name: 'The answer that opened the case' }).getByText('NPS 2').waitFor();
    const timeline = page.getByRole('list', { name: 'Timeline' });
    await timeline.getByText('Opened by the rule “Detractor or unhappy customer (NPS 0–6 or CSAT 1–2)”').waitFor();
    await timeline.getByText('Assigned by the rule to Ivan Georgiev').waitFor();

    // A call is logged: the first action.
    const contact = page.getByRole('form', { name: 'Log a contact' });
    await contact.getByLabel('How').selectOption('call');
    await contact.getByLabel('Outcome').fill('Apologised, offered a priority slot next week');
    expect(await contact.getByLabel('Reached the customer').isChecked()).toBe(true);
    await contact.getByRole('button', { name: 'Log a contact' }).click();
    await timeline
      .getByTestId('case-event')
      .filter({ hasText: 'Apologised, offered a priority slot next week' })
      .filter({ hasText: 'Called · reached' })
      .waitFor();

    // Resolving asks for the root cause and what was done; the follow-up survey is offered and ticked.
    await page.getByRole('group', { name: 'Case actions' }).getByRole('button', { name: 'Resolve' }).click();
    const dialog = page.getByRole('dialog', { name: /Resolve case #\d+/ });
    await dialog.getByLabel('Root cause').selectOption({ label: 'Wait time' });
    await dialog.getByLabel('What was done').fill('Called and apologised; booked a priority appointment');
    expect(await dialog.getByLabel('Send the customer a follow-up survey').isChecked()).toBe(true);
    await screenshot(page, 'case-resolve-desktop');
    const resolved = page.waitForResponse(
      (r) => r.url().includes('/api/v1/cases/') && r.request().method() === 'PATCH',
    );
    await dialog.getByRole('button', { name: 'Resolve' }).click();
    expect((await resolved).status()).toBe(200);
    await dialog.waitFor({ state: 'detached' });
    await timeline.getByText('Follow-up survey sent to the customer').waitFor();
    await page.locator('.case-header').getByText('Resolved', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Reopen' }).waitFor();
    await screenshot(page, 'case-page-desktop');

    // The customer's follow-up survey arrives with a personal link.
    const mail = await smtp.waitFor('olga@example.com', /^Did we make it right\?/);
    expect(mail.text).toMatch(new RegExp(`${ba.baseUrl.replace(/[.]/g, '\\.')}/s/[\\w-]{20,}`));

    // The closed case has left the manager's open inbox.
    await page.getByRole('link', { name: '← Cases' }).click();
    await page.getByText('No cases here.').waitFor();

    // The owner sees the figures (one closed case: too few to rate) and the default rule.
    await ownerPage.goto('/cases/figures');
    const figures = ownerPage.getByTestId('case-figures');
    await figures.getByText('too few (n=1)').waitFor();
    await ownerPage.getByRole('region', { name: 'Root causes' }).getByText('Wait time').waitFor();
    await screenshot(ownerPage, 'case-figures-desktop');
    await ownerPage.goto('/cases/rules');
    await ownerPage.getByTestId('rules-table').getByText('NPS ≤ 6 or CSAT ≤ 2').waitFor();
    await screenshot(ownerPage, 'case-rules-desktop');

    // Due times count the location's opening hours: the owner sets them and a holiday.
    await ownerPage
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Locations' })
      .click();
    await ownerPage.getByRole('row').filter({ hasText: 'Sofia centre' }).getByRole('button', { name: 'Edit' }).click();
    const edit = ownerPage.getByRole('region', { name: 'Edit location' });
    await edit.getByLabel(/Own opening hours/).check();
    await edit.getByLabel('Monday: opens').fill('08:00');
    await edit.getByLabel('Saturday', { exact: true }).check();
    await edit.getByLabel('Saturday: closes').fill('13:00');
    await edit.getByLabel('Holidays').fill('2026-12-24');
    await edit.getByRole('button', { name: 'Add holiday' }).click();
    await edit.getByRole('list', { name: 'Holidays' }).getByText('2026-12-24').waitFor();
    await screenshot(ownerPage, 'location-hours-desktop');
    const saved = ownerPage.waitForResponse(
      (r) => r.url().includes(`/api/v1/locations/${locationId}`) && r.request().method() === 'PATCH',
    );
    await edit.getByRole('button', { name: 'Save' }).click();
    expect((await saved).status()).toBe(200);
    const hours = (await api.get(`/api/v1/locations/${locationId}`)).json();
    expect(hours.businessHours).toEqual({
      '1': { open: 480, close: 1080 },
      '2': { open: 540, close: 1080 },
      '3': { open: 540, close: 1080 },
      '4': { open: 540, close: 1080 },
      '5': { open: 540, close: 1080 },
      '6': { open: 540, close: 780 },
    });
    expect(hours.holidays).toEqual(['2026-12-24']);
  });

  it('fits a phone: the inbox and a case take no sideways scrolling', async () => {
    const { context, page } = await ba.newPage({ width: 390, height: 844 });
    const res = await context.request.post('/api/v1/auth/login', {
      data: { email: 'ivan@example.com', password: 'manager pass 1' },
    });
    expect(res.status()).toBe(200);
    await page.goto('/cases?view=overdue');
    expect(await page.getByRole('tab', { name: /Overdue/ }).getAttribute('aria-selected')).toBe('true');
    await page.getByText('No cases here.').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'cases-inbox-phone');

    // A complaint by phone, opened by hand: it lands on its own page, owned by the location's manager.
    await page.getByRole('button', { name: 'Open a case' }).click();
    const form = page.getByRole('region', { name: 'Open a case' });
    await form.getByLabel('Subject').fill('Phone call: the bill was wrong twice');
    await form.getByLabel('Source').selectOption('phone');
    await form.getByLabel('Priority').selectOption('high');
    await form.getByLabel('Location').selectOption({ label: 'Sofia centre' });
    await form.getByRole('button', { name: 'Open a case' }).click();
    await page.getByRole('heading', { name: /the bill was wrong twice/, level: 1 }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Owner' }).inputValue()).not.toBe('');
    await page.getByRole('list', { name: 'Timeline' }).getByText('Case opened').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'case-page-phone');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAsNewOwner, screenshot, startBrowserApp, type BrowserApp } from './support/browser-app.ts';

describe('sending a survey from the customer page', () => {
  let ba: BrowserApp;
  beforeAll(async () => {
    ba = await startBrowserApp();
  });
  afterAll(async () => {
    await ba?.close();
  });

  it('sends by email and by a personal link; the invitation, the answer and the case appear on the customer page', async () => {
    const { context, page } = await openAsNewOwner(ba);
    const me = (await (await context.request.get('/api/v1/auth/me')).json()) as { org: { id: string } };
    const api = ba.app.as(await ba.app.keyFor(me.org.id, 'owner'));
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

    // She first came years before her record was added: the page says so.
    const firstVisit = await api.post('/api/v1/interactions', {
      customerId: customer.json().id,
      occurredAt: '2019-05-02T10:00:00Z',
      revenue: 120.5,
    });
    expect(firstVisit.statusCode, firstVisit.body).toBe(201);
    // Money without a currency of its own is shown in the organisation's one.
    expect((await api.patch('/api/v1/org', { currency: 'BGN' })).json().currency).toBe('BGN');

    await page.goto(`/customers/${customer.json().id as string}`);
    await page.getByRole('heading', { name: 'Olga Dimitrova', level: 1 }).waitFor();
    expect(await page.getByTestId('customer-since').textContent()).toMatch(/2019.*\(first visit\)$/);
    await page.getByRole('cell', { name: 'BGN 120.50' }).waitFor();
    await page.getByText('No invitations yet.').waitFor();
    const send = page.locator('form.send-survey');
    expect(await send.getByLabel('How').inputValue()).toBe('email');
    await send.getByRole('button', { name: 'Send' }).click();
    await send.getByText('The invitation is on its way by email.').waitFor();
    const rows = page.getByTestId('customer-invitations').locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toMatch(/After the visit\s*Email\s*(Scheduled|Sent)/);

    // A personal link: the customer answers through it, and the page shows where things stand.
    await send.getByLabel('How').selectOption('link');
    await send.getByRole('button', { name: 'Send' }).click();
    const url = (await send.getByTestId('invitation-url').textContent())!;
    expect(url).toMatch(/\/s\/[\w-]+$/);
    const phone = await ba.newPage({ width: 390, height: 844 });
    await phone.page.goto(new URL(url).pathname);
    await phone.page.locator('label', { has: phone.page.getByRole('radio', { name: '3', exact: true }) }).click();
    await phone.page.getByRole('textbox', { name: 'Why?' }).fill('The parcel came broken');
    await phone.page.getByRole('button', { name: /Send|Submit|Next/ }).click();
    await phone.page.getByRole('heading', { name: 'Thank you!' }).waitFor();
    await ba.app.runCaseEngine();

    await page.reload();
    await rows.nth(1).waitFor();
    const statuses = await rows.locator('td:nth-child(3)').allTextContents();
    expect(statuses).toContain('Answered');
    await page.getByTestId('customer-responses').getByText('“The parcel came broken”').waitFor();
    await page
      .getByTestId('customer-cases')
      .getByRole('link', { name: /^#\d+ / })
      .waitFor();
    await screenshot(page, 'customer-page');

    // To a list: every customer the filters find, by email where they agreed to it.
    await api.post('/api/v1/customers', { name: 'Petar Ivanov', language: 'en' });
    await api.post('/api/v1/customers', { name: 'Maria Petrova', email: 'maria@example.com', consentEmail: true });
    await page.goto('/customers');
    await page.getByRole('button', { name: 'Send a survey to these customers' }).click();
    await page.getByRole('button', { name: 'Send to the list' }).click();
    expect(await page.getByTestId('list-result').textContent()).toMatch(
      /^Invitations made: (\d)\. Without email consent: 1\. Refused: (\d)\.$/,
    );
    const made = /made: (\d)/.exec((await page.getByTestId('list-result').textContent())!)![1];
    const invited = (await api.get('/api/v1/invitations')).json().items as { customerId: string }[];
    expect(new Set(invited.map((i) => i.customerId)).size).toBe(2);
    expect(Number(made)).toBeGreaterThanOrEqual(1);
  });
});

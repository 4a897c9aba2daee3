import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drainRecognition } from '../src/modules/recognition/index.ts';
import { openAsNewOwner, screenshot, startBrowserApp, type BrowserApp } from './support/browser-app.ts';

describe('recognition', () => {
  let ba: BrowserApp;
  beforeAll(async () => {
    ba = await startBrowserApp();
  });
  afterAll(async () => {
    await ba?.close();
  });

  it("a customer's fifth visit owes a gesture; the staff member sees it today, delivers it at the visit, and the figures move", async () => {
    const { context, page: ownerPage } = await openAsNewOwner(ba);
    const me = (await (await context.request.get('/api/v1/auth/me')).json()) as { org: { id: string } };
    const api = ba.app.as(await ba.app.keyFor(me.org.id, 'owner'));
    const locationId = (await api.post('/api/v1/locations', { name: 'Sofia centre' })).json().id as string;
    const staff = await api.post('/api/v1/staff', {
      name: 'Petya Ivanova',
      email: 'petya@example.com',
      role: 'staff',
      locationIds: [locationId],
      language: 'en',
    });
    expect(staff.statusCode, staff.body).toBe(201);
    const customerId = (await api.post('/api/v1/customers', { name: 'Olga Dimitrova' })).json().id as string;

    // The owner adds the gesture to the catalogue.
    await ownerPage.goto('/recognition');
    await ownerPage.getByRole('heading', { name: 'Gestures', level: 2 }).waitFor();
    const form = ownerPage.locator('form').filter({ has: ownerPage.getByRole('button', { name: 'Add gesture' }) });
    await form.getByLabel('Name').fill('A coffee on the house');
    await form.getByLabel('Kind').selectOption('surprise');
    await form.getByLabel('Visit number').fill('5');
    await form.getByRole('button', { name: 'Add gesture' }).click();
    await ownerPage.getByTestId('gestures-table').getByText('A coffee on the house').waitFor();
    // A surprise is not announced; a birthday greeting is a message the owner writes.
    const coffeeRow = ownerPage
      .getByTestId('gestures-table')
      .getByRole('row')
      .filter({ hasText: 'A coffee on the house' });
    expect(await coffeeRow.locator('summary').textContent()).toBe('Off');
    await form.getByLabel('Name').fill('Birthday greeting');
    await form.getByLabel('When').selectOption('birthday');
    await form.getByLabel('Tell the customer').check();
    await form.getByLabel('Text in English').fill('Happy birthday, {firstName}!');
    await form.getByLabel('The message is the gesture').check();
    await form.getByRole('button', { name: 'Add gesture' }).click();
    await ownerPage.getByTestId('gestures-table').getByText('Birthday greeting').waitFor();
    const greeting = (await api.get('/api/v1/gestures'))
      .json()
      .items.find((g: { name: string }) => g.name === 'Birthday greeting');
    expect(greeting).toMatchObject({ notice: { en: 'Happy birthday, {firstName}!' }, noticeOnly: true });

    // Five visits, the last a minute ago; the trigger sweep (normally on a two-second timer) runs once.
    const visit = async (minutesAgo: number) =>
      (
        await api.post('/api/v1/interactions', {
          occurredAt: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
          customerId,
          locationId,
          staffId: staff.json().id,
        })
      ).json().id as string;
    for (const days of [20, 15, 10, 5]) await visit(days * 24 * 60);
    await visit(1);
    await drainRecognition(ba.app.database.pool);

    // The staff member signs in and finds Olga among today's customers with a gesture waiting.
    const { page } = await ba.newPage();
    await page.goto(new URL(staff.json().inviteUrl as string).pathname);
    await page.getByLabel('Password', { exact: true }).fill('staff pass 123');
    await page.getByLabel('Repeat the password').fill('staff pass 123');
    await page.getByRole('button', { name: 'Set password and sign in' }).click();
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Gestures' }).click();
    await page.getByRole('heading', { name: "Today's gestures", level: 1 }).waitFor();
    const card = page.getByTestId('gestures-today').getByRole('listitem').filter({ hasText: 'Olga Dimitrova' });
    await card.getByText('Here today').waitFor();
    await card.getByText('A coffee on the house').waitFor();
    await screenshot(page, 'recognition-today');
    await card.getByRole('button', { name: 'Delivered' }).click();
    await page.getByText('No gesture is waiting today.').waitFor();

    const tasks = (await api.get(`/api/v1/gesture-tasks?customerId=${customerId}`)).json().items;
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({ status: 'delivered', deliveredBy: staff.json().id });

    // The owner's figures count the delivery.
    await ownerPage.reload();
    const delivered = ownerPage.getByTestId('recognition-figures').locator('[data-figure="delivered"]');
    await delivered.waitFor();
    expect(await delivered.textContent()).toBe('1 / 1 · 100%');

    // The customer card shows the gesture as delivered.
    await ownerPage.goto(`/customers/${customerId}`);
    const panel = ownerPage.getByTestId('loyalty-panel');
    await panel.getByText('A coffee on the house · Delivered', { exact: false }).waitFor();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAsNewOwner, startBrowserApp, type BrowserApp } from './support/browser-app.ts';

describe('staff invitations', () => {
  let ba: BrowserApp;
  beforeAll(async () => {
    ba = await startBrowserApp();
  });
  afterAll(async () => {
    await ba?.close();
  });

  it('invites a manager whose link signs them in with only what their role allows', async () => {
    const { context, page } = await openAsNewOwner(ba);
    const csrf = ((await (await context.request.get('/api/v1/auth/me')).json()) as { csrfToken: string }).csrfToken;
    const branch = await context.request.post('/api/v1/locations', {
      data: { name: 'Plovdiv centre' },
      headers: { 'x-csrf-token': csrf },
    });
    expect(branch.status()).toBe(201);
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Staff', exact: true })
      .click();
    await page.getByRole('button', { name: 'Invite' }).click();
    const form = page.getByRole('region', { name: 'Invite' });
    await form.getByLabel('Name').fill('Ivan Georgiev');
    await form.getByLabel('Email', { exact: true }).fill('ivan@example.com');
    await form.getByLabel('Role').selectOption('manager');
    await form.getByLabel('Plovdiv centre').check();
    await form.getByRole('button', { name: 'Invite' }).click();
    const inviteUrl = await page.getByTestId('invite-url').inputValue();
    expect(inviteUrl).toMatch(/\/invite\/[\w-]+$/);
    await page
      .getByRole('row')
      .filter({ hasText: 'Ivan Georgiev' })
      .filter({ hasText: 'Invitation pending' })
      .filter({ hasText: 'Plovdiv centre' })
      .waitFor();

    const invited = await ba.newPage();
    await invited.page.goto(new URL(inviteUrl).pathname);
    await invited.page.getByRole('heading', { name: 'Join your team' }).waitFor();
    await invited.page.getByLabel('Password', { exact: true }).fill('manager pass 1');
    await invited.page.getByLabel('Repeat the password').fill('manager pass 1');
    await invited.page.getByRole('button', { name: 'Set password and sign in' }).click();
    await invited.page.getByRole('heading', { name: 'Welcome, Ivan Georgiev' }).waitFor();
    const nav = invited.page.getByRole('navigation', { name: 'Main navigation' });
    // A manager sees every group's pages but the owner's: no webhooks, API keys or settings.
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Surveys',
      'Responses',
      'Comment analysis',
      'Reviews',
      'Cases',
      'Recovery figures',
      'Case rules',
      'Referrals',
      'Gestures',
      'Staff insights',
      'Recognition',
      'eNPS',
      'Standards',
      'Audits',
      'Training',
      'Self-assessment',
      'Overview',
      'Analytics',
      'Customers',
      'Interactions',
      'Reputation',
      'Word of mouth',
      'Locations',
      'Staff',
      'Touchpoints',
      'Import',
      'Review sites',
    ]);
    await nav.getByRole('link', { name: 'Locations' }).click();
    await invited.page.getByRole('heading', { name: 'Locations', level: 1 }).waitFor();
    expect(await invited.page.getByRole('button', { name: 'Add location' }).count()).toBe(0);
  });
});

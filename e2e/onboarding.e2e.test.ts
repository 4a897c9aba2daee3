import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OWNER, screenshot, startBrowserApp, type BrowserApp } from './support/browser-app.ts';

describe('first run', () => {
  let ba: BrowserApp;
  beforeAll(async () => {
    ba = await startBrowserApp();
  });
  afterAll(async () => {
    await ba?.close();
  });

  it('onboards the first organisation and its owner, signs out and signs in again', async () => {
    const { page } = await ba.newPage({ locale: 'en-GB', timezoneId: 'Europe/Sofia' });
    await page.goto('/');

    // A server without an organisation opens on the onboarding form, time zone taken from the browser.
    await page.getByRole('heading', { name: 'Welcome to Zabota' }).waitFor();
    await page.getByLabel('Organisation name').fill(OWNER.orgName);
    await page.getByLabel('Your name').fill(OWNER.ownerName);
    await page.getByLabel('Email').fill(OWNER.ownerEmail);
    await page.getByLabel('Password', { exact: true }).fill('short');
    await screenshot(page, 'setup-desktop');
    await page.getByRole('button', { name: 'Create organisation' }).click();
    // The server's field error is shown next to the input it concerns.
    await page.locator('.field-error').filter({ hasText: '8' }).waitFor();
    expect(await page.getByLabel('Password', { exact: true }).getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Password', { exact: true }).fill(OWNER.ownerPassword);
    const created = page.waitForResponse((r) => r.url().endsWith('/api/v1/setup') && r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Create organisation' }).click();
    const setupBody = (await (await created).request().postDataJSON()) as { timeZone: string; defaultLanguage: string };
    expect(setupBody).toMatchObject({ timeZone: 'Europe/Sofia', defaultLanguage: 'en' });

    // Lands on the dashboard, signed in as the owner.
    await page.getByRole('heading', { name: `Welcome, ${OWNER.ownerName}` }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    for (const item of ['Customers', 'Touchpoints', 'Locations', 'Staff', 'Import', 'Settings'])
      expect(await nav.getByRole('link', { name: item, exact: true }).count()).toBe(1);
    expect(await page.getByText(OWNER.orgName).first().isVisible()).toBe(true);
    await screenshot(page, 'overview-desktop');

    // Sign out: back to the sign-in form, and the session is gone on the server too.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    const me = await page.request.get('/api/v1/auth/me');
    expect(me.status()).toBe(401);

    // A wrong password is refused with a message; the right one signs in again.
    await page.getByLabel('Email').fill(OWNER.ownerEmail);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'Wrong email or password.' }).waitFor();
    await page.getByLabel('Password').fill(OWNER.ownerPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: `Welcome, ${OWNER.ownerName}` }).waitFor();

    // The session survives a reload, and onboarding is not offered again.
    await page.reload();
    await page.getByRole('heading', { name: `Welcome, ${OWNER.ownerName}` }).waitFor();
    const setup = await page.request.get('/api/v1/setup');
    expect(await setup.json()).toEqual({ needsSetup: false });
  });

  it('offers sign-in, not onboarding, once the server is set up', async () => {
    const { page } = await ba.newPage();
    await page.goto('/');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Welcome to Zabota' }).count()).toBe(0);
  });
});

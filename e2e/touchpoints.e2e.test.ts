import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAsNewOwner, screenshot, startBrowserApp, type BrowserApp } from './support/browser-app.ts';

describe('touchpoints', () => {
  let ba: BrowserApp;
  beforeAll(async () => {
    ba = await startBrowserApp();
  });
  afterAll(async () => {
    await ba?.close();
  });

  it('adds a touchpoint and lists it under its journey stage, filterable by kind', async () => {
    const { page } = await openAsNewOwner(ba);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Touchpoints' }).click();
    await page.getByRole('heading', { name: 'Touchpoints', level: 1 }).waitFor();
    await page.getByText('No touchpoints yet.').waitFor();

    await page.getByRole('button', { name: 'Add touchpoint' }).click();
    const form = page.getByRole('region', { name: 'Add touchpoint' });
    await form.getByLabel('Name').fill('Reception desk welcome');
    await form.getByLabel('Kind').selectOption('service');
    await form.getByLabel('Journey stage').selectOption('service');
    await form.getByLabel('Channel').selectOption('in_person');
    await form.getByLabel('Description').fill('Greeting within 30 seconds, by name when we know it.');
    const saved = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/touchpoints') && r.request().method() === 'POST',
    );
    await form.getByRole('button', { name: 'Save' }).click();
    expect((await saved).status()).toBe(201);

    const group = page.getByRole('region', { name: /^Service/ });
    const item = group.getByTestId('touchpoint').filter({ hasText: 'Reception desk welcome' });
    await item.waitFor();
    expect(await item.textContent()).toContain('In person');
    expect(await page.getByRole('region', { name: 'Add touchpoint' }).count()).toBe(0);
    await screenshot(page, 'touchpoints-desktop');

    // Filtering by another kind hides it; back to all shows it again.
    await page.getByRole('group', { name: 'Kind' }).getByRole('button', { name: 'Brand' }).click();
    await page.getByText('No touchpoints yet.').waitFor();
    await page.getByRole('group', { name: 'Kind' }).getByRole('button', { name: 'All' }).click();
    await item.waitFor();
  });

  it('works on a phone: the menu is a bar of groups and lists become cards', async () => {
    const { page } = await openAsNewOwnerOnPhone(ba);
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    const setUp = nav.getByRole('button', { name: 'Set up' });
    expect(await setUp.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.getByRole('link', { name: 'Locations' }).isVisible()).toBe(false);
    await setUp.click();
    expect(await setUp.getAttribute('aria-expanded')).toBe('true');
    await screenshot(page, 'menu-phone');
    await nav.getByRole('link', { name: 'Locations' }).click();
    await page.getByRole('heading', { name: 'Locations', level: 1 }).waitFor();
    expect(await nav.getByRole('link', { name: 'Locations' }).isVisible()).toBe(false);

    await page.getByRole('button', { name: 'Add location' }).click();
    await page.getByLabel('Name').fill('Sofia, Vitosha Blvd');
    await page.getByLabel('City').fill('Sofia');
    await page.getByRole('button', { name: 'Save' }).click();
    const row = page.getByRole('row').filter({ hasText: 'Sofia, Vitosha Blvd' });
    await row.waitFor();
    // On a narrow screen the table header is hidden and every cell names its column.
    const label = await row
      .locator('td')
      .first()
      .evaluate((td) => getComputedStyle(td, '::before').content);
    expect(label).toBe('"Name"');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await screenshot(page, 'locations-phone');
  });
});

// A second organisation cannot be set up on the same server, so the phone journey signs in as the owner.
async function openAsNewOwnerOnPhone(ba: BrowserApp) {
  const { context, page } = await ba.newPage({ width: 390, height: 844 });
  const res = await context.request.post('/api/v1/auth/login', {
    data: { email: 'anna@example.com', password: 'correct horse 42' },
  });
  expect(res.status()).toBe(200);
  await page.goto('/');
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  return { context, page };
}

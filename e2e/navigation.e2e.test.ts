import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAsNewOwner, OWNER, screenshot, startBrowserApp, type BrowserApp } from './support/browser-app.ts';
import { NAV } from '../src/web/dashboard/shell/nav.ts';

/** Elements whose text is wider than their box (cut or ellipsed) or that wrapped to a second line. */
const cutOrWrapped = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) =>
    els
      .filter((el) => {
        const e = el as HTMLElement;
        const lineHeight = parseFloat(getComputedStyle(e).lineHeight) || 20;
        return e.scrollWidth > e.clientWidth + 1 || e.getBoundingClientRect().height > lineHeight * 1.6;
      })
      .map((el) => el.textContent),
  );

describe('the menu by the owner’s jobs', () => {
  let ba: BrowserApp;
  beforeAll(async () => {
    ba = await startBrowserApp();
  });
  afterAll(async () => {
    await ba?.close();
  });

  it('fits on one line per entry in Russian at 1366 px, with the period named in full', async () => {
    const { page } = await openAsNewOwner(ba, { width: 1366, height: 800 });
    await page.getByTestId('language-switcher').selectOption('ru');
    const nav = page.getByRole('navigation', { name: 'Главное меню' });
    await nav.getByRole('button', { name: 'Настроить' }).waitFor();
    expect(await cutOrWrapped(page, '.nav-group-label, .nav-items a, .topbar-inner > *')).toEqual([]);
    // A group folds, and stays folded after a reload.
    await nav.getByRole('button', { name: 'Действовать' }).click();
    expect(await nav.getByRole('link', { name: 'Обращения' }).isVisible()).toBe(false);
    await page.reload();
    await nav.getByRole('button', { name: 'Действовать', expanded: false }).waitFor();
    await nav.getByRole('button', { name: 'Действовать' }).click();
    await nav.getByRole('link', { name: 'Аналитика' }).click();
    await page.getByRole('heading', { name: 'Аналитика', level: 1 }).waitFor();
    const period = page.getByLabel('Период');
    expect(await period.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]!.text)).toBe('Последние 30 дней');
    expect(await period.evaluate((s) => s.scrollWidth <= s.clientWidth)).toBe(true);
    await screenshot(page, 'nav-ru-1366');
  });

  it('reaches every page in two taps on a 375 px phone in Russian', async () => {
    const { context, page } = await ba.newPage({ width: 375, height: 740 });
    const res = await context.request.post('/api/v1/auth/login', {
      data: { email: OWNER.ownerEmail, password: OWNER.ownerPassword },
    });
    expect(res.status()).toBe(200);
    await page.goto('/');
    // Russian was chosen on the desktop and saved on the profile: the phone opens in it.
    const nav = page.getByRole('navigation', { name: 'Главное меню' });
    await nav.waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    const groups = nav.locator('.nav-group-toggle');
    await nav.getByRole('button', { name: 'Слушать' }).waitFor();
    expect(await cutOrWrapped(page, '.nav-group-label')).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    const visited: string[] = [];
    for (let g = 0; g < (await groups.count()); g++) {
      const links = nav.locator('.nav-group').nth(g).locator('a');
      for (let i = 0; i < (await links.count()); i++) {
        await groups.nth(g).click(); // tap 1: the group's sheet
        const link = links.nth(i);
        const name = (await link.textContent())!;
        const href = (await link.getAttribute('href'))!;
        await link.click(); // tap 2: the page
        await page.waitForURL((u) => u.pathname === href);
        await link.waitFor({ state: 'hidden' }); // the sheet closes once the page is chosen
        visited.push(name);
      }
    }
    expect(visited).toContain('Филиалы');
    expect(visited).toContain('Вебхуки');
    // The owner may open every page of the menu.
    expect(visited.length).toBe(NAV.flatMap((g) => g.items).length);
    await groups.nth(0).click();
    await screenshot(page, 'nav-ru-375-sheet');
  });
});

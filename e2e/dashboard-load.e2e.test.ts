import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { OWNER, startBrowserApp, type BrowserApp } from './support/browser-app.ts';

type Script = { url: string; encoding: string | undefined; bytes: number; cache: string | undefined };

/** Opens `path` in a fresh page and lists the JavaScript it downloaded: encoding and bytes on the wire. */
async function scriptsOf(page: Page, path: string): Promise<Script[]> {
  const scripts: Promise<Script>[] = [];
  page.on('response', (res) => {
    if (res.request().resourceType() !== 'script') return;
    scripts.push(
      (async () => {
        const headers = await res.allHeaders();
        return {
          url: new URL(res.url()).pathname,
          encoding: headers['content-encoding'],
          bytes: (await res.request().sizes()).responseBodySize,
          cache: headers['cache-control'],
        };
      })(),
    );
  });
  await page.goto(path);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
  return Promise.all(scripts);
}

describe('the dashboard download', () => {
  let ba: BrowserApp;
  beforeAll(async () => {
    ba = await startBrowserApp();
  });
  afterAll(async () => {
    await ba?.close();
  });

  it('travels compressed and cacheable; the first load stays under 250 KB of JavaScript and the analytics page loads its own code when opened', async () => {
    const { context, page } = await ba.newPage();
    // The Content-Security-Policy must not block anything the dashboard itself does.
    const blocked: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) blocked.push(m.text());
    });
    const res = await context.request.post('/api/v1/setup', {
      data: { ...OWNER, timeZone: 'Europe/Sofia', defaultLanguage: 'en' },
    });
    expect(res.status()).toBe(201);

    const first = await scriptsOf(page, '/');
    expect(first.length).toBeGreaterThan(0);
    for (const s of first) {
      // Files under 1 KB travel as they are (src/web/precompress.ts): the bundler's runtime, tiny shared chunks.
      if (s.bytes >= 1024) expect(s.encoding, s.url).toMatch(/^(br|gzip)$/);
      expect(s.cache, s.url).toContain('immutable');
    }
    const shell = first.reduce((sum, s) => sum + s.bytes, 0);
    expect(shell).toBeLessThan(250 * 1024);

    // The analytics page's code (its charts included) is not part of the first load: opening it fetches more.
    const loaded = new Set(first.map((s) => s.url));
    // Counted from the responses, not the page's performance entries: under the flake hunt's installed
    // clock (e2e/support/browser-app.ts) those always read as none.
    const after: string[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') after.push(new URL(r.url()).pathname);
    });
    await page.getByRole('link', { name: 'Analytics' }).first().click();
    await page.waitForURL('**/analytics');
    // The page's heading renders only once its lazily loaded code has arrived.
    await page.getByRole('heading', { name: 'Analytics', level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(after.filter((p) => !loaded.has(p)).length).toBeGreaterThan(0);
    for (const name of ['Cases', 'Surveys', 'Customers']) {
      const link = page.getByRole('link', { name, exact: true }).first();
      if (await link.isVisible()) {
        await link.click();
        await page.waitForLoadState('networkidle');
      }
    }
    expect(blocked).toEqual([]);
  });
});

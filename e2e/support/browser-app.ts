import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';
import type { Mailer } from '../../src/platform/mail/mailer.ts';

const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The browser the global setup unpacked (or CHROMIUM_PATH); a missing one fails the run, never skips it. */
export async function launchChromium(): Promise<Browser> {
  // Under the flake hunt's libfaketime Chromium takes minutes to start: it runs on the real clock, and
  // each page's scripts get the hunt's clock from newPage instead.
  const { LD_PRELOAD: _preload, FAKETIME: _faketime, ...real } = process.env;
  const { executablePath, env } = inject('chromium');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, env: { ...real, ...env } });
}

export type BrowserApp = {
  app: TestApp;
  baseUrl: string;
  browser: Browser;
  /** A fresh browser profile (no cookies, no localStorage) with a page in it. */
  newPage: (opts?: {
    locale?: string;
    timezoneId?: string;
    width?: number;
    height?: number;
  }) => Promise<{ context: BrowserContext; page: Page }>;
  close: () => Promise<void>;
};

/**
 * The real server (fresh database, built dashboard) on a random local port, and a headless Chromium.
 * Pass a mailer (e.g. one pointed at test/support/smtp.ts) to receive the app's mail over SMTP.
 */
export async function startBrowserApp(opts: { mailer?: Mailer } = {}): Promise<BrowserApp> {
  const app = await createTestApp({ webDir: inject('webDir'), mailer: opts.mailer });
  await app.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.app.server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (e) {
    await app.close();
    throw e;
  }
  const contexts: BrowserContext[] = [];
  return {
    app,
    baseUrl,
    browser,
    newPage: async ({ locale = 'en-US', timezoneId = 'UTC', width = 1280, height = 800 } = {}) => {
      const context = await browser.newContext({ baseURL: baseUrl, locale, timezoneId, viewport: { width, height } });
      contexts.push(context);
      // The flake hunt shifted this process's clock: the page's Date reads the same time, and runs on.
      if (process.env.ZABOTA_TEST_NOW) await context.clock.install({ time: Date.now() });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      return { context, page };
    },
    close: async () => {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await app.close();
    },
  };
}

/** With E2E_SCREENSHOTS=<folder>, the journeys save full-page screenshots there for a human to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.E2E_SCREENSHOTS;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

export const OWNER = {
  orgName: 'Klinika Zdrave',
  ownerName: 'Anna Petrova',
  ownerEmail: 'anna@example.com',
  ownerPassword: 'correct horse 42',
};

/** Sets the server up through the API (the onboarding journey does it through the form) and opens the dashboard signed in. */
export async function openAsNewOwner(
  ba: BrowserApp,
  opts?: Parameters<BrowserApp['newPage']>[0],
): Promise<{ context: BrowserContext; page: Page }> {
  const { context, page } = await ba.newPage(opts);
  // context.request shares the browser's cookie jar, so the session cookie set here signs the page in.
  const res = await context.request.post('/api/v1/setup', {
    data: { ...OWNER, timeZone: 'Europe/Sofia', defaultLanguage: 'en' },
  });
  if (res.status() !== 201) throw new Error(`Setup failed: ${res.status()} ${await res.text()}`);
  await page.goto('/');
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  return { context, page };
}

import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpServer } from '../test/support/smtp.ts';
import { openAsNewOwner, screenshot, startBrowserApp, type BrowserApp } from './support/browser-app.ts';

describe('surveys and responses', () => {
  let ba: BrowserApp;
  beforeAll(async () => {
    ba = await startBrowserApp();
  });
  afterAll(async () => {
    await ba?.close();
  });

  it('builds a survey from the NPS template, then finds a detractor among its responses and annotates it', async () => {
    const { context, page } = await openAsNewOwner(ba);
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await nav.getByRole('link', { name: 'Surveys' }).click();
    await page.getByRole('heading', { name: 'Surveys', level: 1 }).waitFor();
    await page.getByText('No surveys yet.').waitFor();

    // From the template into the builder: nothing is saved until Save.
    await page.getByRole('button', { name: 'New survey' }).click();
    await page
      .getByRole('region', { name: 'New survey' })
      .getByRole('link', { name: /After the visit \(NPS\)/ })
      .click();
    await page.getByRole('heading', { name: 'New survey', level: 1 }).waitFor();
    const tabs = page.getByRole('tablist', { name: 'Languages' });
    expect(await tabs.getByRole('tab').allTextContents()).toEqual(['enEnglish', 'ruРусский', 'bgБългарски']);
    const first = page.getByTestId('question').first();
    const questionText = first.getByRole('textbox', { name: /^Question/ });
    expect(await questionText.inputValue()).toBe('How likely are you to recommend us to a friend?');

    // The Russian tab shows the Russian texts; a blank one is flagged here and refused by the server next to its field.
    await tabs.getByRole('tab', { name: /ru/ }).click();
    expect(await tabs.getByRole('tab', { name: /ru/ }).getAttribute('aria-selected')).toBe('true');
    expect(await questionText.inputValue()).toBe('Насколько вероятно, что вы порекомендуете нас другу?');
    await questionText.fill('');
    await first.getByText('Missing translation', { exact: true }).waitFor();
    await tabs.getByRole('tab', { name: /Missing translations: 1/ }).waitFor();
    const refused = page.waitForResponse((r) => r.url().endsWith('/api/v1/surveys') && r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Save' }).first().click();
    expect((await refused).status()).toBe(400);
    await first.getByRole('alert').filter({ hasText: 'Missing translation: ru' }).waitFor();

    await questionText.fill('Порекомендуете ли вы нас другу?');
    const created = page.waitForResponse((r) => r.url().endsWith('/api/v1/surveys') && r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Save' }).first().click();
    expect((await created).status()).toBe(201);
    await page.getByRole('heading', { name: 'After the visit (NPS)', level: 1 }).waitFor();
    const publicUrl = await page.getByTestId('public-link').first().inputValue();
    expect(publicUrl).toMatch(/\/s\/p\/[\w-]+$/);
    expect(await page.getByRole('link', { name: 'Preview' }).getAttribute('href')).toBe(publicUrl);
    // QR codes come from the channels module: the image loads and the poster link names the survey.
    const qr = page.getByTestId('qr-card').first();
    await qr.scrollIntoViewIfNeeded();
    expect(
      await qr.locator('img').evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth)),
    ).toBeGreaterThan(0);
    expect(await qr.getByRole('link', { name: 'Print' }).getAttribute('href')).toMatch(
      /^\/api\/v1\/surveys\/[\w-]+\/qr\/print$/,
    );
    await screenshot(page, 'survey-builder-desktop');
    const surveyId = new URL(page.url()).pathname.split('/').pop()!;

    // Two responses through the API with an owner key, as a till or kiosk would send them.
    const me = (await (await context.request.get('/api/v1/auth/me')).json()) as { org: { id: string } };
    const api = ba.app.as(await ba.app.keyFor(me.org.id, 'owner'));
    const detractor = await api.post('/api/v1/responses', {
      surveyId,
      customer: { name: 'Maria Ivanova', email: 'maria@example.com' },
      language: 'ru',
      answers: { nps: 3, wrong: ['wait'], comment: 'Waited 40 minutes <script>alert(1)</script>' },
    });
    expect(detractor.statusCode, detractor.body).toBe(201);
    const promoter = await api.post('/api/v1/responses', {
      surveyId,
      language: 'en',
      answers: { nps: 10, comment: 'Lovely staff' },
    });
    expect(promoter.statusCode, promoter.body).toBe(201);

    await nav.getByRole('link', { name: 'Responses' }).click();
    await page.getByRole('heading', { name: 'Responses', level: 1 }).waitFor();
    const rows = page.getByTestId('response-row');
    await rows.filter({ hasText: 'Lovely staff' }).waitFor();
    expect(await rows.count()).toBe(2);

    const filtered = page.waitForResponse(
      (r) => r.url().includes('/api/v1/responses?') && r.url().includes('band=detractor'),
    );
    await page.getByRole('form', { name: 'Filters' }).getByLabel('NPS band').selectOption('detractor');
    expect((await filtered).status()).toBe(200);
    await rows.filter({ hasText: 'Lovely staff' }).waitFor({ state: 'detached' });
    // The old rows go when the new query starts; wait for its rows before counting them.
    await rows.filter({ hasText: 'Maria Ivanova' }).waitFor();
    expect(await rows.count()).toBe(1);
    const row = rows.first();
    // The comment is shown as text, never run as markup.
    expect(await row.textContent()).toContain('<script>alert(1)</script>');
    expect(await row.textContent()).toContain('Maria Ivanova');
    expect(await row.locator('.chip-detractor').textContent()).toContain('NPS 3');
    expect(page.url()).toContain('band=detractor');
    await screenshot(page, 'responses-desktop');
    // The export takes the same filters as the list.
    const exportCsv = page.getByRole('link', { name: 'Export CSV' });
    expect(await exportCsv.getAttribute('href')).toContain('band=detractor');
    const [download] = await Promise.all([page.waitForEvent('download'), exportCsv.click()]);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain('Waited 40 minutes');
    expect(csv).not.toContain('Lovely staff');

    await row.getByRole('link').first().click();
    await page.getByRole('heading', { name: 'After the visit (NPS)', level: 1 }).waitFor();
    const answers = page.getByRole('region', { name: 'Answers' });
    await answers.getByText('How likely are you to recommend us to a friend?').waitFor();
    await answers.getByText('3 of 10').waitFor();
    await answers.getByText('Waiting time').waitFor();
    expect(await page.getByRole('link', { name: 'Maria Ivanova' }).getAttribute('href')).toMatch(
      /^\/customers\/[\w-]+$/,
    );

    const tagged = page.waitForResponse(
      (r) => r.url().includes('/api/v1/responses/') && r.request().method() === 'PATCH',
    );
    await page.getByRole('textbox', { name: 'New tag' }).fill('waiting-room');
    await page.getByRole('button', { name: 'Add tag' }).click();
    expect((await tagged).status()).toBe(200);
    const noted = page.waitForResponse((r) => r.url().endsWith('/notes') && r.request().method() === 'POST');
    await page.getByRole('textbox', { name: 'New note' }).fill('Called Maria, offered a priority slot.');
    await page.getByRole('button', { name: 'Add note' }).click();
    expect((await noted).status()).toBe(201);
    await page.getByTestId('note').filter({ hasText: 'Called Maria, offered a priority slot.' }).waitFor();
    await screenshot(page, 'response-detail-desktop');

    await page.reload();
    await page.getByRole('list', { name: 'Tags' }).getByText('waiting-room').waitFor();
    await page.getByTestId('note').filter({ hasText: 'Called Maria, offered a priority slot.' }).waitFor();
    expect(await page.getByTestId('note').first().textContent()).toContain('Anna Petrova');

    // The server answers on 127.0.0.1 here: the QR and widget panel warns before anyone prints it,
    // and the owner sets the organisation's public address in Settings.
    await page.goto(`/surveys/${surveyId}`);
    const warning = page.getByTestId('loopback-warning');
    await warning.filter({ hasText: 'Customers cannot open these links' }).waitFor();
    await warning.getByRole('link', { name: 'Open Settings' }).click();
    const address = page.getByLabel('Public address');
    await address.fill('feedback.example.com');
    const saveOrg = page.getByRole('button', { name: 'Save', exact: true }).first();
    await saveOrg.click();
    await page.locator('.field-error').filter({ hasText: 'Must start with https:// or http://' }).waitFor();
    await address.fill('https://feedback.example.com/');
    await saveOrg.click();
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();

    // The owner's own mail server: the password is write-only, and a test email goes over the wire.
    const smtp = await startSmtpServer();
    try {
      const mail = page.getByTestId('mail-settings');
      await mail.getByLabel('SMTP server').fill('127.0.0.1');
      await mail.getByLabel('Port').fill(String(smtp.port));
      await mail.getByLabel('Password').fill('smtp-s3cret');
      await mail.getByLabel('Sender name').fill('Klinika Zdrave');
      await mail.getByLabel('From address').fill('hello@klinika.example');
      await mail.getByRole('button', { name: 'Save', exact: true }).click();
      await mail.getByText('A password is saved. Leave empty to keep it.').waitFor();
      expect(await mail.getByLabel('Password').inputValue()).toBe('');
      await mail.getByRole('button', { name: 'Send a test email' }).click();
      await mail.getByText('Test email sent to anna@example.com.').waitFor();
      const got = await smtp.waitFor('anna@example.com', /Zabota test message/);
      expect(got.raw).toMatch(/^From: Klinika Zdrave <hello@klinika\.example>/m);
    } finally {
      await smtp.close();
    }
    await page.goto(`/surveys/${surveyId}`);
    await page.getByTestId('qr-card').first().waitFor();
    expect(await page.getByTestId('public-link').first().inputValue()).toMatch(
      /^https:\/\/feedback\.example\.com\/s\/p\//,
    );
    expect(await page.getByTestId('loopback-warning').count()).toBe(0);
    await api.patch('/api/v1/org', { publicUrl: null });
  });

  it('fits a phone: the builder and the responses list take no sideways scrolling', async () => {
    const { context, page } = await ba.newPage({ width: 390, height: 844 });
    const res = await context.request.post('/api/v1/auth/login', {
      data: { email: 'anna@example.com', password: 'correct horse 42' },
    });
    expect(res.status()).toBe(200);
    await page.goto('/surveys');
    const link = page.getByTestId('surveys-table').getByRole('link', { name: 'After the visit (NPS)' });
    await link.click();
    await page.getByTestId('public-link').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'survey-builder-phone');
    await page.goto('/responses?band=detractor');
    await page.getByTestId('response-row').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'responses-phone');
  });
});

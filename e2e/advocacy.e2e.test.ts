import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from '../src/platform/mail/mailer.ts';
import { startSmtpServer } from '../test/support/smtp.ts';
import { openAsNewOwner, screenshot, startBrowserApp, type BrowserApp } from './support/browser-app.ts';

describe('advocacy', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let ba: BrowserApp;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    // The review request travels over a real SMTP connection.
    ba = await startBrowserApp({
      mailer: createMailer({ smtpUrl: smtp.url, from: 'zabota@test.local', outboxDir: '/nonexistent' }),
    });
  });
  afterAll(async () => {
    await ba?.close();
    await smtp?.close();
  });

  it('a 2-star review is answered and recovered; a shared link brings a friend whose first visit counts', async () => {
    const { context, page } = await openAsNewOwner(ba);
    const me = (await (await context.request.get('/api/v1/auth/me')).json()) as { org: { id: string } };
    const api = ba.app.as(await ba.app.keyFor(me.org.id, 'owner'));
    const location = (await api.post('/api/v1/locations', { name: 'Sofia centre', timeZone: 'Europe/Sofia' })).json();
    const olga = (
      await api.post('/api/v1/customers', { name: 'Olga Dimitrova', email: 'olga@example.com', consentEmail: true })
    ).json();
    const visit = await api.post('/api/v1/interactions', {
      occurredAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
      customerId: olga.id,
      locationId: location.id,
    });
    expect(visit.statusCode, visit.body).toBe(201);
    const nav = page.getByRole('navigation', { name: 'Main navigation' });

    // The owner adds the location's 2GIS page as a review site.
    await nav.getByRole('link', { name: 'Review sites' }).click();
    await page.getByRole('heading', { name: 'Review sites', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Add a site' }).click();
    const siteForm = page.getByRole('region', { name: 'Add a site' });
    await siteForm.getByLabel('Site').selectOption('2gis');
    await siteForm.getByLabel('Write-a-review link').fill('https://2gis.example/firm/1/reviews');
    await siteForm.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('review-sites').getByRole('link', { name: 'https://2gis.example/firm/1/reviews' }).waitFor();
    // A request template asking for stars is refused, field by field.
    const settings = page.getByTestId('request-settings');
    await settings.locator('textarea[name="body.en"]').fill('Please leave us 5 stars: {link}');
    await settings.locator('input[name="subject.en"]').fill('Thank you');
    await settings.getByRole('button', { name: 'Save' }).click();
    await settings.getByRole('alert').filter({ hasText: 'remove "5 stars"' }).waitFor();

    // Requests on, sent at once: Olga's next visit brings her the request by email, and its link is followed.
    await api.patch('/api/v1/org', { quietHoursStart: 0, quietHoursEnd: 0 });
    await api.call('PUT', '/api/v1/review-settings', { requestsEnabled: true, delayHours: 0 });
    await api.post('/api/v1/interactions', {
      occurredAt: new Date(Date.now() - 60_000).toISOString(),
      customerId: olga.id,
      locationId: location.id,
    });
    const mail = await smtp.waitFor('olga@example.com', /^How was your visit to /);
    const link = /\/rv\/[\w-]{20,}/.exec(mail.text)?.[0];
    expect(link, mail.text).toBeTruthy();
    await context.route('https://2gis.example/**', (r) => r.fulfill({ contentType: 'text/html', body: '2GIS' }));
    // Olga's browser follows the link to the site; the site itself is on the internet, which tests do not reach.
    const inbox = (await ba.newPage()).page;
    const toSite = inbox.waitForRequest('https://2gis.example/firm/1/reviews');
    await inbox.goto(link!).catch(() => undefined);
    expect((await toSite).redirectedFrom()?.url()).toBe(`${ba.baseUrl}${link}`);
    await page.reload();
    await page.getByTestId('review-requests').getByRole('cell', { name: 'Link followed' }).waitFor();

    // A 2-star review from 2GIS (no API) arrives by pasted CSV; it opens a recovery case.
    await nav.getByRole('link', { name: 'Reviews', exact: true }).click();
    await page.getByRole('heading', { name: 'Reviews', level: 1 }).waitFor();
    await page.getByText('No reviews yet.').waitFor();
    await page.getByRole('button', { name: 'Import reviews' }).click();
    await page
      .getByTestId('review-csv')
      .fill(
        `source,location,rating,text,author,date,externalId\n2gis,Sofia centre,2,Waited an hour and nobody apologised,Olga,${new Date().toISOString()},2gis-1\n`,
      );
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    expect(await page.getByTestId('import-result').textContent()).toBe('1 new, 0 already there.');
    const review = page.getByTestId('review').filter({ hasText: 'Waited an hour' });
    await review.waitFor();
    expect(await review.getByTestId('review-stars').getAttribute('aria-label')).toBe('2 / 5');
    const caseHref = await review.getByTestId('review-case').getAttribute('href');
    expect(caseHref).toMatch(/^\/cases\/[\w-]+$/);
    const cases = (await api.get('/api/v1/cases?view=all')).json().items as { id: string; source: string }[];
    expect(cases.map((c) => [`/cases/${c.id}`, c.source])).toEqual([[caseHref, 'review']]);

    // The owner replies (2GIS has no API: saved, copied, and the review opened to paste it) and confirms who wrote it.
    await page.getByRole('region', { name: 'Import reviews' }).getByRole('button', { name: 'Close' }).click();
    await review.getByRole('button', { name: 'Reply', exact: true }).click();
    // A draft first: it outlives the page, and the inbox marks the review.
    await review.getByLabel('Your reply').fill('Olga, we are sorry. The manager will call you today.');
    await review.getByRole('button', { name: 'Save draft' }).click();
    await review.getByTestId('review-draft').waitFor();
    await page.reload();
    await review.getByTestId('review-draft').waitFor();
    await review.getByRole('button', { name: 'Reply', exact: true }).click();
    expect(await review.getByLabel('Your reply').inputValue()).toBe(
      'Olga, we are sorry. The manager will call you today.',
    );
    // The site itself is answered in the browser (routed above): tests reach no network.
    const opened = context.waitForEvent('page');
    await review.getByRole('button', { name: 'Save, copy and open the review' }).click();
    const sitePage = await opened;
    await sitePage.waitForLoadState();
    expect(sitePage.url()).toBe('https://2gis.example/firm/1/reviews');
    await sitePage.close();
    expect(await review.getByTestId('review-reply').textContent()).toContain('The manager will call you today.');
    await review.getByTestId('review-draft').waitFor({ state: 'detached' });
    await review.getByRole('button', { name: 'Reply log' }).click();
    const log = review.getByTestId('reply-log');
    // allTextContents does not wait: poll until the log's entries have loaded.
    await expect
      .poll(() => log.getByRole('listitem').allTextContents())
      .toEqual([
        expect.stringMatching(/^Copied to paste on the site · .*The manager will call you today\.$/),
        expect.stringMatching(/^Draft saved · .*The manager will call you today\.$/),
      ]);
    // Who wrote it: Olga, who came to this location just before the review, is suggested with the reasons.
    await review.getByRole('button', { name: 'Who wrote it?' }).click();
    const suggested = review.getByTestId('match-suggestions').getByRole('listitem');
    expect(await suggested.getByTestId('match-why').textContent()).toMatch(
      /^came the same day · at this location · name: Olga · /,
    );
    await suggested.getByRole('button', { name: 'This is them' }).click();
    expect(await review.getByRole('link', { name: 'Customer' }).getAttribute('href')).toBe(`/customers/${olga.id}`);
    await screenshot(page, 'review-inbox-desktop');
    // Filtered to unanswered reviews, the answered one is not there; to 3 stars or less, it is.
    const filters = page.getByRole('form', { name: 'Filters' });
    await filters.getByLabel('Reply').selectOption('no');
    await page.getByText('No reviews yet.').waitFor();
    await filters.getByLabel('Reply').selectOption('');
    await filters.getByLabel('Rating').selectOption('low');
    await review.waitFor();

    // The figures: one review, 2 stars, answered; one negative, its case still open.
    await nav.getByRole('link', { name: 'Reputation' }).click();
    await page.getByTestId('rep-rating-value').getByText('2', { exact: true }).waitFor();
    expect(await page.getByTestId('rep-reply-value').textContent()).toBe('100');
    expect(await page.getByTestId('rep-reply-n').textContent()).toBe('1');
    expect(await page.getByTestId('rep-recovered-value').textContent()).toBe('0');
    await page.getByTestId('rating-trend').waitFor();
    await screenshot(page, 'reputation-desktop');

    // Referrals: a programme, then Olga's own link with its QR poster.
    await nav.getByRole('link', { name: 'Referrals', exact: true }).click();
    await page.getByRole('button', { name: 'New programme' }).click();
    const programme = page.getByTestId('program-form');
    await programme.getByLabel('Name').fill('Friends of the clinic');
    await programme.getByLabel('The recommender gets').fill('A free check-up');
    await programme.getByLabel('The friend gets').fill('A welcome gift');
    await programme.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('programs').getByText('Friends of the clinic').waitFor();
    await page.getByTestId('code-customer').getByLabel('Find a customer').fill('Olga');
    await page.getByTestId('code-customer').getByRole('button', { name: 'Show link' }).click();
    const code = (await page.getByTestId('referral-code').textContent())!;
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    await page.getByTestId('referral-poster').getByRole('img').waitFor();
    await screenshot(page, 'referrals-desktop');

    // A friend follows the link, comes in, and the counter records the code.
    const friendPage = (await ba.newPage()).page;
    await friendPage.goto(`/r/${code}`);
    await friendPage.getByRole('heading', { name: /Olga Dimitrova recommends/ }).waitFor();
    const petar = (await api.post('/api/v1/customers', { name: 'Petar Ivanov', phone: '+359 88 111 2222' })).json();
    const record = page.getByRole('region', { name: 'Record a referral' });
    await record.getByTestId('referred-picker').getByLabel('New customer').fill('Petar');
    await record.getByTestId('referred-picker').getByRole('button', { name: 'Choose' }).click();
    await record.getByRole('textbox', { name: 'Code' }).fill(code.toLowerCase());
    await record.getByRole('button', { name: 'Record' }).click();
    await record.getByText('Credited to Olga Dimitrova: Waiting for a visit.').waitFor();
    const row = page.getByTestId('referral-row').filter({ hasText: 'Petar Ivanov' });
    expect(await row.textContent()).toContain('Olga Dimitrova');

    // Petar's first visit qualifies the referral (a background job).
    await api.post('/api/v1/interactions', {
      occurredAt: new Date().toISOString(),
      customerId: petar.id,
      locationId: location.id,
    });
    for (let i = 0; ; i++) {
      const items = (await api.get('/api/v1/referrals')).json().items as { status: string }[];
      if (items[0]?.status === 'qualified') break;
      if (i > 100) throw new Error(`referral not qualified: ${JSON.stringify(items)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    await page.reload();
    await row.getByText('Qualified').waitFor();

    // Word of mouth: 1 of 2 new customers came by referral.
    await nav.getByRole('link', { name: 'Word of mouth' }).click();
    await page.getByTestId('wom-share-value').getByText('50', { exact: true }).waitFor();
    expect(await page.getByTestId('wom-share-n').textContent()).toBe('2');
    expect(await page.getByTestId('referral-statuses').textContent()).toContain('1Qualified');
    await page.getByTestId('wom-trend').waitFor();
    await screenshot(page, 'word-of-mouth-desktop');
  });
});

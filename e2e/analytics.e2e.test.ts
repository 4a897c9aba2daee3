import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { openAsNewOwner, screenshot, startBrowserApp, type BrowserApp } from './support/browser-app.ts';

type Summary = {
  nps: { value: number | null; n: number };
  csat: { value: number | null; n: number };
  previous: unknown;
};
type Series = { items: { period: string; value: number | null; n: number; tooFew?: boolean }[] };

const DAY = 86_400_000;

/** The query string of the page's next call to an API path (the figures it is about to draw). */
const nextCall = (page: Page, path: string, test: (q: URLSearchParams) => boolean = () => true) =>
  page.waitForResponse((r) => {
    const url = new URL(r.url());
    return url.pathname === path && r.status() === 200 && test(url.searchParams);
  });

const exactly = (v: number | null) => new RegExp(`^${String(v ?? '—').replace(/[.\-]/g, '\\$&')}$`);

describe('loyalty analytics', () => {
  let ba: BrowserApp;
  beforeAll(async () => {
    ba = await startBrowserApp();
  });
  afterAll(async () => {
    await ba?.close();
  });

  it('shows the API’s figures and redraws tiles and trend when the location filter changes', async () => {
    const { context, page } = await openAsNewOwner(ba);
    const me = (await (await context.request.get('/api/v1/auth/me')).json()) as { org: { id: string } };
    const api = ba.app.as(await ba.app.keyFor(me.org.id, 'owner'));
    const created = async (url: string, body: unknown) => {
      const res = await api.post(url, body);
      expect(res.statusCode, res.body).toBe(201);
      return res.json().id as string;
    };

    // Two locations, three touchpoints (one of each kind), two staff members, one survey.
    const sofia = await created('/api/v1/locations', { name: 'Sofia centre', timeZone: 'Europe/Sofia' });
    const plovdiv = await created('/api/v1/locations', { name: 'Plovdiv mall', timeZone: 'Europe/Sofia' });
    const desk = await created('/api/v1/touchpoints', { name: 'Reception desk', kind: 'service', stage: 'service' });
    const cream = await created('/api/v1/touchpoints', { name: 'Face cream', kind: 'product', stage: 'purchase' });
    const ads = await created('/api/v1/touchpoints', { name: 'Radio advert', kind: 'brand', stage: 'awareness' });
    const mariaRes = await api.post('/api/v1/staff', {
      name: 'Maria Ivanova',
      email: 'maria@example.com',
      role: 'staff',
      locationIds: [sofia],
      language: 'en',
    });
    expect(mariaRes.statusCode, mariaRes.body).toBe(201);
    const maria = mariaRes.json().id as string;
    const petar = await created('/api/v1/staff', {
      name: 'Petar Kolev',
      email: 'petar@example.com',
      role: 'staff',
      locationIds: [plovdiv],
      language: 'en',
    });
    const survey = await created('/api/v1/surveys', {
      name: 'After the visit',
      languages: ['en'],
      questions: [
        { id: 'nps', type: 'nps', text: { en: 'Would you recommend us?' }, required: true },
        { id: 'csat', type: 'csat', text: { en: 'How satisfied are you?' }, required: true },
      ],
    });

    // 60 touchpoint answers over the last three weeks by 30 customers (each rates two touchpoints): Sofia mostly
    // promoters, Plovdiv mostly detractors. Then each customer's overall answer (no touchpoint), which follows
    // what they thought of the reception desk: the driver analysis should find the desk the touchpoint that matters.
    const now = Date.now();
    const at = (i: number) => new Date(now - 2 * 3_600_000 - Math.floor((i * 20 * DAY) / 60)).toISOString();
    const sofiaScores = [10, 9, 10, 9, 10, 8, 10, 9, 10, 10, 9, 10];
    const plovdivScores = [3, 6, 2, 5, 4, 7, 6, 1, 0, 8];
    const touchpoints = [desk, cream, ads];
    const scores: number[] = [];
    const byCustomer = new Map<number, { touchpoint: string; nps: number }[]>();
    for (let i = 0; i < 60; i++) {
      const inSofia = i % 5 < 3; // 36 in Sofia, 24 in Plovdiv
      const nps = inSofia ? sofiaScores[i % sofiaScores.length]! : plovdivScores[i % plovdivScores.length]!;
      const customer = i % 30;
      const touchpoint = touchpoints[(i + Math.floor(i / 30)) % 3]!;
      scores.push(nps);
      byCustomer.set(customer, [...(byCustomer.get(customer) ?? []), { touchpoint, nps }]);
      const res = await api.post('/api/v1/responses', {
        surveyId: survey,
        customer: { externalId: `c${customer}`, name: `Customer ${customer}` },
        locationId: inSofia ? sofia : plovdiv,
        staffId: inSofia ? maria : petar,
        touchpointId: touchpoint,
        // The desk satisfies less than the rest (lower performance) and its scores follow NPS closely.
        answers: { nps, csat: touchpoint === desk ? (nps >= 9 ? 4 : nps >= 7 ? 2 : 1) : nps >= 7 ? 5 : 4 },
        submittedAt: at(i),
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    for (const [customer, rated] of byCustomer) {
      const atDesk = rated.find((r) => r.touchpoint === desk);
      const overall = atDesk ? atDesk.nps : Math.min(10, 4 + (customer % 5));
      scores.push(overall);
      const res = await api.post('/api/v1/responses', {
        surveyId: survey,
        customer: { externalId: `c${customer}` },
        answers: { nps: overall, csat: 3 },
        submittedAt: at(customer),
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    await ba.app.runRollups();

    // The dashboard's NPS tile is the API's figure for the same filters.
    const firstSummary = nextCall(page, '/api/v1/metrics/summary');
    const firstTrend = nextCall(page, '/api/v1/metrics/timeseries', (q) => q.get('metric') === 'nps');
    await page.goto('/analytics');
    await page.getByRole('heading', { name: 'Loyalty analytics', level: 1 }).waitFor();
    const allQuery = new URL((await firstSummary).url()).searchParams;
    expect(allQuery.get('from')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const all = (await api.get(`/api/v1/metrics/summary?${allQuery}`)).json() as Summary;
    expect(all.nps.n).toBe(90);
    const byHand =
      Math.round(((scores.filter((s) => s >= 9).length - scores.filter((s) => s <= 6).length) / scores.length) * 1000) /
      10;
    expect(all.nps.value).toBe(byHand);
    await page.getByTestId('tile-nps-value').getByText(exactly(all.nps.value)).waitFor();
    expect(await page.getByTestId('tile-nps-n').textContent()).toBe('90');
    expect(await page.getByTestId('tile-csat-value').textContent()).toBe(String(all.csat.value));

    // The trend chart draws the API's weekly points (its table fallback holds the same figures).
    const trendQuery = new URL((await firstTrend).url()).searchParams;
    const trend = (await api.get(`/api/v1/metrics/timeseries?${trendQuery}`)).json() as Series;
    const chart = page.getByTestId('chart-nps');
    await chart.locator('circle').first().waitFor();
    await chart.getByText('Show the figures as a table').click();
    // A week with too few answers is marked on the axis, not drawn at its (unreliable) value.
    expect(await chart.locator('circle.chart-point').count()).toBe(
      trend.items.filter((i) => i.value !== null && !i.tooFew).length,
    );
    const few = trend.items.filter((i) => i.tooFew && i.n > 0);
    expect(few.length).toBeGreaterThan(0);
    expect(await chart.locator('circle.chart-few-point').count()).toBe(few.length);
    expect(await chart.locator('circle.chart-few-point').first().getAttribute('aria-label')).toMatch(
      new RegExp(`Too few answers \\(n = ${few[0]!.n}\\)$`),
    );
    await chart.getByTestId('chart-few-note').waitFor();
    expect(await chart.locator('td[data-series="nps"]').allTextContents()).toEqual(
      trend.items.map((i) => String(i.value ?? '—')),
    );

    // Each chart's figures download as CSV (built in the browser, with a BOM for Excel).
    const download = page.waitForEvent('download');
    await page.getByRole('region', { name: 'Trends' }).getByRole('button', { name: 'CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('trend.csv');
    const csv = fs.readFileSync(await file.path(), 'utf8');
    expect(csv.startsWith('\uFEFFperiod,nps,nps_n,')).toBe(true);
    const csvRows = csv
      .slice(1)
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(','));
    expect(csvRows.map((r) => [r[0], r[1], r[2]])).toEqual(
      trend.items.map((i) => [i.period, String(i.value ?? ''), String(i.n)]),
    );

    // The touchpoint map and the rankings are there, with their n.
    const map = page.getByTestId('touchpoint-map');
    for (const name of ['Reception desk', 'Face cream', 'Radio advert']) await map.getByText(name).waitFor();
    await page.getByTestId('best-location').getByText('Sofia centre').waitFor();
    await page.getByTestId('worst-location').getByText('Plovdiv mall').waitFor();
    // Driver analysis: every touchpoint is a point of importance against performance, with the API's figures.
    const drivers = (
      await api.get(`/api/v1/metrics/drivers?from=${allQuery.get('from')}&to=${allQuery.get('to')}`)
    ).json() as {
      items: { label: string; share: number | null; performance: number | null; n: number }[];
    };
    const driverSection = page.getByRole('region', { name: 'What drives NPS' });
    for (const d of drivers.items) {
      // 20 customers rated each touchpoint; cases are customer-months, so fewer when the three weeks straddle a month's end.
      expect(d.n).toBeGreaterThan(0);
      expect(d.n).toBeLessThanOrEqual(20);
      await driverSection
        .locator(
          `circle[aria-label="${d.label}: Importance, % ${d.share}%, Performance (0–100) ${d.performance} (n = ${d.n})"]`,
        )
        .waitFor();
    }
    await screenshot(page, 'analytics-desktop');

    // Print / save as PDF goes through the browser's print dialog: the print stylesheet leaves out navigation and controls.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Main navigation' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print / save as PDF' }).isVisible()).toBe(false);
    await screenshot(page, 'analytics-print');
    await page.emulateMedia({ media: 'screen' });

    // The owner opens one person's view from the team table.
    await page.getByText('The whole team').click();
    await page.getByTestId('team').getByRole('link', { name: 'Petar Kolev' }).click();
    await page.getByRole('heading', { name: 'Scores of Petar Kolev', level: 1 }).waitFor();
    await page.getByTestId('tile-nps-n').getByText('24', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Back to the dashboard' }).click();
    await page.getByRole('heading', { name: 'Loyalty analytics', level: 1 }).waitFor();
    await chart.getByText('Show the figures as a table').click();

    // Filter by location: the tiles and the chart redraw with that location's figures (and the address keeps the filter).
    const sofiaSummary = nextCall(page, '/api/v1/metrics/summary', (q) => q.get('locationId') === sofia);
    const sofiaTrend = nextCall(
      page,
      '/api/v1/metrics/timeseries',
      (q) => q.get('locationId') === sofia && q.get('metric') === 'nps',
    );
    await page.getByRole('form', { name: 'Filters' }).getByLabel('Location').selectOption({ label: 'Sofia centre' });
    const sofiaQuery = new URL((await sofiaSummary).url()).searchParams;
    expect(new URL(page.url()).searchParams.get('locationId')).toBe(sofia);
    const one = (await api.get(`/api/v1/metrics/summary?${sofiaQuery}`)).json() as Summary;
    expect(one.nps.n).toBe(36);
    expect(one.nps.value).not.toBe(all.nps.value);
    await page.getByTestId('tile-nps-value').getByText(exactly(one.nps.value)).waitFor();
    expect(await page.getByTestId('tile-nps-n').textContent()).toBe('36');
    expect(await page.getByTestId('tile-csat-value').textContent()).toBe(String(one.csat.value));
    const oneTrend = (
      await api.get(`/api/v1/metrics/timeseries?${new URL((await sofiaTrend).url()).searchParams}`)
    ).json() as Series;
    const cells = chart.locator('td[data-series="nps"]');
    // The chart keeps the old figures while the new ones load: wait for a point that differs, then compare them all.
    const changed = oneTrend.items.findIndex((item, k) => item.value !== trend.items[k]?.value);
    expect(changed).toBeGreaterThanOrEqual(0);
    await cells.nth(changed).getByText(exactly(oneTrend.items[changed]!.value)).waitFor();
    expect(await cells.allTextContents()).toEqual(oneTrend.items.map((i) => String(i.value ?? '—')));

    // NPS by customer segment: nobody here has bought anything, so all of Sofia's answers are under "No purchases yet".
    await page
      .locator('[data-segment="no_purchases"]')
      .getByTestId('seg-value')
      .getByText(exactly(one.nps.value))
      .waitFor();
    // The segment filter: no champions, so no answers; back to all segments, Sofia's 36 again.
    const filters = page.getByRole('form', { name: 'Filters' });
    const champions = nextCall(
      page,
      '/api/v1/metrics/summary',
      (q) => q.get('segment') === 'champions' && q.get('locationId') === sofia,
    );
    await filters.getByLabel('Customer segment').selectOption({ label: 'Champions' });
    await champions;
    await page.getByTestId('tile-nps-n').getByText('0', { exact: true }).waitFor();
    await filters.getByLabel('Customer segment').selectOption({ value: '' });
    await page.getByTestId('tile-nps-n').getByText('36', { exact: true }).waitFor();

    // Download PDF: drawn by the server with the page's filters, the same figures as the tiles.
    const pdfDownload = page.waitForEvent('download');
    await page.getByTestId('download-pdf').click();
    const pdf = await pdfDownload;
    expect(pdf.suggestedFilename()).toMatch(/^zabota-dashboard-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.pdf$/);
    const bytes = fs.readFileSync(await pdf.path());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const pdfText = (
      await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true })
    ).text.replace(/\s+/g, ' ');
    expect(pdfText).toContain('Filters: Location: Sofia centre');
    expect(pdfText).toContain(`NPS ${one.nps.value} 36`);

    // On a phone the dashboard fits the width: nothing scrolls sideways but the wide tables inside their frames.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('tile-nps').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'analytics-phone');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'analytics-phone-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // A staff member sees their own scores and trend (the server gives them nothing else).
    const staff = await ba.newPage();
    await staff.page.goto(new URL(mariaRes.json().inviteUrl as string).pathname);
    await staff.page.getByLabel('Password', { exact: true }).fill('maria pass 12');
    await staff.page.getByLabel('Repeat the password').fill('maria pass 12');
    await staff.page.getByRole('button', { name: 'Set password and sign in' }).click();
    await staff.page.getByRole('heading', { name: 'Welcome, Maria Ivanova' }).waitFor();
    const ownView = nextCall(staff.page, `/api/v1/metrics/staff/${maria}`);
    await staff.page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Analytics' })
      .click();
    await staff.page.getByRole('heading', { name: 'My scores', level: 1 }).waitFor();
    const own = (
      await api.get(`/api/v1/metrics/staff/${maria}?${new URL((await ownView).url()).searchParams}`)
    ).json() as { summary: Summary };
    expect(own.summary.nps.n).toBe(36);
    await staff.page.getByTestId('tile-nps-value').getByText(exactly(own.summary.nps.value)).waitFor();
    expect(await staff.page.getByTestId('chart-nps').locator('circle').count()).toBeGreaterThan(0);
    expect(await staff.page.getByLabel('Location').count()).toBe(0);
  });
});

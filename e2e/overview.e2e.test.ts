import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAsNewOwner, screenshot, startBrowserApp, type BrowserApp } from './support/browser-app.ts';

const stepDone = (page: Page, id: string) =>
  page.getByTestId('setup-checklist').locator(`[data-step="${id}"]`).getAttribute('data-done');

describe('the overview', () => {
  let ba: BrowserApp;
  beforeAll(async () => {
    ba = await startBrowserApp();
  });
  afterAll(async () => {
    await ba?.close();
  });

  it('guides a new organisation through its first hour, then shows the figures of the day', async () => {
    const { context, page } = await openAsNewOwner(ba, { width: 1366, height: 900 });
    const checklist = page.getByTestId('setup-checklist');
    await checklist.getByText('0 of 5 done').waitFor();
    await page.getByText('No comments yet.').waitFor();
    await screenshot(page, 'overview-new-org');

    // The first steps through the API, as an import or a script would do them: the list follows the data.
    const me = (await (await context.request.get('/api/v1/auth/me')).json()) as { org: { id: string } };
    const api = ba.app.as(await ba.app.keyFor(me.org.id, 'owner'));
    const location = await api.post('/api/v1/locations', { name: 'Sofia centre', timeZone: 'Europe/Sofia' });
    const locationId = location.json().id as string;
    await api.post('/api/v1/touchpoints', { name: 'Reception desk', kind: 'service', stage: 'service' });
    const survey = await api.post('/api/v1/surveys', {
      name: 'After the visit',
      languages: ['en'],
      questions: [
        { id: 'nps', type: 'nps', text: { en: 'Would you recommend us?' }, required: true },
        { id: 'why', type: 'text', text: { en: 'Why?' } },
      ],
    });
    expect(survey.statusCode, survey.body).toBe(201);
    await page.reload();
    await checklist.getByText('3 of 5 done').waitFor();
    expect([await stepDone(page, 'location'), await stepDone(page, 'qr'), await stepDone(page, 'answer')]).toEqual([
      'true',
      'false',
      'false',
    ]);

    // A customer scans the poster's QR code and answers: the last two steps are done, and the list goes.
    const phone = await ba.newPage({ width: 390, height: 844 });
    await phone.page.goto(`/s/p/${survey.json().slug as string}?c=qr&l=${locationId}`);
    await phone.page.locator('label', { has: phone.page.getByRole('radio', { name: '2', exact: true }) }).click();
    await phone.page.getByRole('textbox', { name: 'Why?' }).fill('Nobody at the desk for twenty minutes');
    await phone.page.getByRole('button', { name: /Send|Submit|Next/ }).click();
    // An anonymous detractor on a QR code is asked whether we may call back, and agrees.
    await phone.page.getByRole('heading', { name: 'May we contact you?' }).waitFor();
    expect(await phone.page.getByRole('link', { name: 'No, thank you' }).count()).toBe(1);
    await phone.page.getByLabel('Phone').fill('+359 88 765 4321');
    await phone.page.getByRole('checkbox', { name: 'I agree to be contacted about my answer' }).check();
    await phone.page.getByRole('button', { name: 'Send' }).click();
    await phone.page.getByRole('heading', { name: 'Thank you!' }).waitFor();

    // More answers arrive by the API; the detractor's case is opened and the figures are counted.
    for (const [nps, why] of [
      [10, 'Lovely staff'],
      [9, null],
      [7, 'Fine, a bit slow'],
    ] as const) {
      const r = await api.post('/api/v1/responses', {
        surveyId: survey.json().id,
        locationId,
        answers: why ? { nps, why } : { nps },
      });
      expect(r.statusCode, r.body).toBe(201);
    }
    await ba.app.runCaseEngine();
    await ba.app.runRollups();
    await page.reload();
    await page.getByTestId('home-nps-value').waitFor();
    expect(await checklist.count()).toBe(0);

    // Every figure equals a direct count: NPS of the four answers (2 promoters, 1 detractor of 4 → 25).
    expect(await page.getByTestId('home-nps-value').textContent()).toBe('25');
    expect(await page.getByTestId('home-nps-n').textContent()).toBe('4');
    const cases = (await api.get('/api/v1/cases?view=open')).json().items as { id: string; title: string }[];
    expect(cases.length).toBe(1);
    // The case counts come from their own queries and show "…" until they arrive.
    await expect.poll(() => page.getByTestId('home-open-cases').locator('strong').textContent()).toBe('1');
    await expect.poll(() => page.getByTestId('home-overdue-cases').locator('strong').textContent()).toBe('0');
    // The new case nobody has taken yet waits in today's list.
    const attention = page
      .getByTestId('home-attention-list')
      .getByRole('link', { name: new RegExp(`#\\d+ ${cases[0]!.title.slice(0, 10)}`) });
    await attention.waitFor();
    // The case says whom to call: the phone the respondent left, with their consent's time.
    await attention.click();
    await page.getByTestId('origin-contact').filter({ hasText: '+359 88 765 4321' }).waitFor();
    expect(await page.getByTestId('origin-contact').getByRole('link').getAttribute('href')).toBe('tel:+359887654321');
    await page.goBack();
    await page.getByTestId('home-nps-value').waitFor();
    // Latest comments, newest first: the three with text.
    const comments = page.getByTestId('home-comments-list').getByRole('link');
    // Their own query too: the list is not there until it answers.
    await expect
      .poll(() => comments.allTextContents())
      .toEqual(['“Fine, a bit slow”', '“Lovely staff”', '“Nobody at the desk for twenty minutes”']);
    await comments.first().click();
    await page
      .getByRole('heading', { level: 1 })
      .filter({ hasText: /Response|After the visit/ })
      .first()
      .waitFor();
    await page.goBack();
    await page.getByTestId('home-nps-trend').waitFor();
    await screenshot(page, 'overview-figures');

    // The survey's results: counts straight from the four responses.
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Surveys' }).click();
    const cell = page.getByTestId('survey-results-link');
    expect(await cell.textContent()).toBe('4 responses · 100% completed');
    await cell.click();
    await page.getByRole('heading', { name: 'Results: After the visit', level: 1 }).waitFor();
    expect(await page.getByTestId('results-responses').textContent()).toBe('4');
    const npsResult = page.locator('[data-question="nps"]');
    const counts = await Promise.all(
      ['2', '7', '9', '10', '0'].map((v) => npsResult.getByTestId(`count-${v}`).textContent()),
    );
    expect(counts).toEqual(['1', '1', '1', '1', '0']);
    expect(await page.locator('[data-question="why"]').getByRole('link').allTextContents()).toEqual([
      '“Fine, a bit slow”',
      '“Lovely staff”',
      '“Nobody at the desk for twenty minutes”',
    ]);
    await screenshot(page, 'survey-results');
  });
});

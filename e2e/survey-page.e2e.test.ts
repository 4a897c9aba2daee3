import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, startBrowserApp, type BrowserApp } from './support/browser-app.ts';

/** A customer answers on a phone: with JavaScript in English, without it in Russian; the API then has both. */
describe('respondent page', () => {
  let ba: BrowserApp;
  let org: Awaited<ReturnType<BrowserApp['app']['newOrg']>>;
  let slug: string;
  let surveyId: string;

  beforeAll(async () => {
    ba = await startBrowserApp();
    org = await ba.app.newOrg('Klinika Zdrave');
    const north = (await org.as.post('/api/v1/locations', { name: 'North' })).json().id;
    await org.as.post('/api/v1/staff', {
      name: 'Petar Ivanov',
      email: 'petar@x.example',
      role: 'staff',
      locationIds: [north],
      sendInvite: false,
    });
    const res = await org.as.post('/api/v1/surveys', {
      name: 'After the visit',
      languages: ['en', 'ru'],
      questions: [
        {
          id: 'nps',
          type: 'nps',
          required: true,
          text: { en: 'Would you recommend us to a friend?', ru: 'Порекомендуете ли вы нас другу?' },
        },
        {
          id: 'wrong',
          type: 'text',
          maxLength: 200,
          showIf: { question: 'nps', max: 6 },
          text: { en: 'What went wrong?', ru: 'Что пошло не так?' },
        },
        { id: 'who', type: 'staff', text: { en: 'Who served you?', ru: 'Кто вас обслуживал?' } },
        { id: 'feel', type: 'emotion', required: true, text: { en: 'How did you feel?', ru: 'Что вы чувствовали?' } },
      ],
      settings: { reviewUrl: 'https://reviews.example.com/klinika' },
    });
    expect(res.statusCode).toBe(201);
    slug = res.json().slug;
    surveyId = res.json().id;
  });
  afterAll(async () => {
    await ba?.close();
  });

  const option = (page: Page, name: string) =>
    page.locator('label', { has: page.getByRole('radio', { name, exact: true }) });

  it('with JavaScript, in English, on a 320 px phone: auto-advance, no reloads, a character counter', async () => {
    const { page } = await ba.newPage({ locale: 'en-GB', width: 320, height: 640 });
    const blocked: string[] = [];
    page.on('console', (m) => m.type() === 'error' && blocked.push(m.text()));
    await page.goto(`/s/p/${slug}`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('group', { name: /Would you recommend us to a friend/ }).waitFor();
    // A conditional question follows: the counter names no total that the answer would change.
    await page.getByText('Question 1', { exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await screenshot(page, 'survey-nps-phone');
    await page.evaluate(() => ((window as unknown as { stay: number }).stay = 1));

    await option(page, '3').click(); // a detractor: the follow-up comes next, without pressing Next
    const comment = page.getByRole('textbox', { name: 'What went wrong?' });
    await comment.waitFor();
    await page.getByText('Question 2', { exact: true }).waitFor();
    await comment.fill('Waited <b>forty</b> minutes');
    await page.getByText('27 of 200 characters').waitFor();
    await page.getByRole('button', { name: 'Next' }).click();
    await option(page, 'Petar Ivanov').click();
    await page.getByRole('button', { name: 'Next' }).click();
    await option(page, 'Annoyed').click();
    // An anonymous detractor: may we contact you? Nothing is kept without the consent box.
    await page.getByRole('heading', { name: 'May we contact you?' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.getByLabel('Email').fill('Olga@Example.com');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('alert').filter({ hasText: 'Tick the box so we may contact you' }).waitFor();
    await page.getByRole('checkbox', { name: 'I agree to be contacted about my answer' }).check();
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('heading', { name: 'Thank you!' }).waitFor();
    await page.getByRole('link', { name: 'Write a review' }).waitFor();
    // The same document all along: answers went by fetch and the form was swapped in place.
    expect(await page.evaluate(() => (window as unknown as { stay?: number }).stay)).toBe(1);
    expect(new URL(page.url()).searchParams.get('done')).toBe('1');
    expect(blocked.filter((m) => /Content Security Policy|Refused/.test(m))).toEqual([]);
    await screenshot(page, 'survey-thanks-phone');
  });

  it('without JavaScript, in Russian: plain form posts, Back keeps the answer', async () => {
    const context = await ba.browser.newContext({
      baseURL: ba.baseUrl,
      locale: 'ru-RU',
      javaScriptEnabled: false,
      viewport: { width: 390, height: 844 },
    });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      await page.goto(`/s/p/${slug}`);
      expect(await page.locator('html').getAttribute('lang')).toBe('ru');
      await page.getByText('Точно не порекомендую').waitFor();
      await page.getByRole('button', { name: 'Далее' }).click();
      await page.getByText('Пожалуйста, ответьте на этот вопрос.').waitFor(); // nothing chosen: stays, says why

      await option(page, '10').click();
      await page.getByRole('button', { name: 'Далее' }).click();
      await page.getByRole('group', { name: /Кто вас обслуживал/ }).waitFor(); // a promoter skips "what went wrong"
      await page.getByRole('link', { name: 'Назад' }).click();
      expect(await page.getByRole('radio', { name: '10', exact: true }).isChecked()).toBe(true);
      await page.getByRole('button', { name: 'Далее' }).click();
      await page.getByRole('button', { name: 'Далее' }).click(); // nobody chosen: optional
      await option(page, 'Восторг').click();
      await page.getByRole('button', { name: 'Отправить' }).click();
      await page.getByRole('heading', { name: 'Спасибо!' }).waitFor();
      await screenshot(page, 'survey-thanks-ru-nojs');
    } finally {
      await context.close();
    }
  });

  it('both responses are in the API, complete, in their languages', async () => {
    const items = (await org.as.get(`/api/v1/responses?surveyId=${surveyId}`)).json().items as Record<
      string,
      unknown
    >[];
    const byLang = Object.fromEntries(items.map((r) => [r.language as string, r]));
    expect(items).toHaveLength(2);
    expect(byLang.en).toMatchObject({
      status: 'complete',
      nps: 3,
      emotion: 'annoyed',
      comment: 'Waited <b>forty</b> minutes',
      channel: 'public',
      contact: { email: 'olga@example.com', consentAt: expect.any(String), source: `/s/p/${slug} (public)` },
    });
    expect(byLang.en!.staffId).toBeTruthy();
    expect(byLang.ru).toMatchObject({
      status: 'complete',
      nps: 10,
      emotion: 'delighted',
      comment: null,
      staffId: null,
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAsNewOwner, screenshot, startBrowserApp, type BrowserApp } from './support/browser-app.ts';

const TOPIC_NAMES: Record<string, string> = {
  wait_time: 'Wait time',
  staff_attitude: 'Staff attitude',
  staff_competence: 'Staff competence',
  price: 'Price',
  product_quality: 'Product quality',
  cleanliness: 'Cleanliness',
  communication: 'Communication',
  booking: 'Booking',
  delivery: 'Delivery',
  billing: 'Billing',
  ambience: 'Ambience',
  other: 'Other',
};

describe('comment labels', () => {
  let ba: BrowserApp;
  beforeAll(async () => {
    ba = await startBrowserApp();
  });
  afterAll(async () => {
    await ba?.close();
  });

  it('shows the automatic labels of a comment with their words, keeps a manager’s correction, ranks topics and relabels after a taxonomy change', async () => {
    const { context, page } = await openAsNewOwner(ba);
    const me = (await (await context.request.get('/api/v1/auth/me')).json()) as { org: { id: string } };
    const api = ba.app.as(await ba.app.keyFor(me.org.id, 'owner'));
    const survey = await api.post('/api/v1/surveys', {
      name: 'After the visit',
      languages: ['en'],
      questions: [
        { id: 'nps', type: 'nps', text: { en: 'Would you recommend us?' }, required: true },
        { id: 'why', type: 'text', text: { en: 'Why?' } },
      ],
    });
    expect(survey.statusCode, survey.body).toBe(201);
    const surveyId = survey.json().id as string;
    // A manager of the location (invited by the owner) will correct the labels.
    const location = await api.post('/api/v1/locations', { name: 'Sofia centre', timeZone: 'Europe/Sofia' });
    expect(location.statusCode, location.body).toBe(201);
    const locationId = location.json().id as string;
    const manager = await api.post('/api/v1/staff', {
      name: 'Ivan Georgiev',
      email: 'ivan@example.com',
      role: 'manager',
      locationIds: [locationId],
      language: 'en',
    });
    expect(manager.statusCode, manager.body).toBe(201);

    // A mixed verdict from a detractor, and a promoter's comment; the labelling sweeper (normally every 300 ms) runs once.
    const comment = 'The food was lovely but the waiter was slow, we waited an hour.';
    const mixed = await api.post('/api/v1/responses', {
      surveyId,
      locationId,
      language: 'en',
      customer: { name: 'Elena Popova' },
      answers: { nps: 5, why: comment },
    });
    expect(mixed.statusCode, mixed.body).toBe(201);
    const responseId = mixed.json().id as string;
    const happy = await api.post('/api/v1/responses', {
      surveyId,
      locationId,
      language: 'en',
      answers: { nps: 9, why: 'Nice place, the parking is a nightmare though.' },
    });
    expect(happy.statusCode, happy.body).toBe(201);
    await ba.app.runTextLabelling();
    const labelled = (await api.get(`/api/v1/responses/${responseId}`)).json() as {
      sentiment: string;
      topics: string[];
      textSource: string;
    };
    expect(labelled.sentiment).toBe('negative');
    expect(labelled.topics).toEqual(expect.arrayContaining(['wait_time', 'product_quality']));
    expect(labelled.textSource).toBe('builtin');

    // The list: labels beside each comment, and a filter by sentiment.
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await nav.getByRole('link', { name: 'Responses' }).click();
    await page.getByRole('heading', { name: 'Responses', level: 1 }).waitFor();
    const rows = page.getByTestId('response-row');
    const row = rows.filter({ hasText: 'The food was lovely' });
    await row.getByTestId('sentiment-chip').filter({ hasText: 'Negative' }).waitFor();
    expect(await row.getByTestId('topic-chip').allTextContents()).toEqual(labelled.topics.map((id) => TOPIC_NAMES[id]));
    await rows.filter({ hasText: 'parking is a nightmare' }).waitFor();
    const filtered = page.waitForResponse(
      (r) => r.url().includes('/api/v1/responses?') && r.url().includes('sentiment=negative'),
    );
    await page.getByRole('form', { name: 'Filters' }).getByLabel('Sentiment').selectOption('negative');
    expect((await filtered).status()).toBe(200);
    await rows.filter({ hasText: 'parking is a nightmare' }).waitFor({ state: 'detached' });
    await row.waitFor(); // the new query's rows, not the gap while it loads
    expect(await rows.count()).toBe(1);
    await screenshot(page, 'text-responses-desktop');

    // The response: the comment with the words behind the labels marked, labelled by the built-in analyser.
    await row.getByRole('link').first().click();
    const analysis = page.getByRole('region', { name: 'Comment analysis' });
    await analysis.getByTestId('label-source').filter({ hasText: 'Built-in analyser' }).waitFor();
    expect(await analysis.getByTestId('highlighted-comment').textContent()).toBe(comment);
    expect(await analysis.getByTestId('highlighted-comment').locator('mark').allTextContents()).toEqual(
      expect.arrayContaining(['food', 'waited']),
    );
    expect(await analysis.getByTestId('sentiment-chip').textContent()).toContain('Negative');
    await screenshot(page, 'text-response-labels-desktop');

    // The manager signs in and corrects it: a mixed verdict is neutral, and it is about the food and the wait, nothing else.
    const { page: mpage } = await ba.newPage();
    await mpage.goto(new URL(manager.json().inviteUrl as string).pathname);
    await mpage.getByLabel('Password', { exact: true }).fill('manager pass 1');
    await mpage.getByLabel('Repeat the password').fill('manager pass 1');
    await mpage.getByRole('button', { name: 'Set password and sign in' }).click();
    await mpage.getByRole('heading', { name: 'Welcome, Ivan Georgiev' }).waitFor();
    await mpage.goto(`/responses/${responseId}`);
    const manalysis = mpage.getByRole('region', { name: 'Comment analysis' });
    await manalysis.getByTestId('label-source').filter({ hasText: 'Built-in analyser' }).waitFor();
    await manalysis.getByRole('button', { name: 'Correct labels' }).click();
    const form = mpage.getByRole('form', { name: 'Correct the labels' });
    await form.getByRole('radio', { name: 'Neutral' }).click();
    await form.getByLabel('Emotion').selectOption('disappointment');
    for (const id of labelled.topics)
      await form
        .getByRole('checkbox', { name: TOPIC_NAMES[id], exact: true })
        .setChecked(id === 'wait_time' || id === 'product_quality');
    await screenshot(mpage, 'text-correct-form-desktop');
    const corrected = mpage.waitForResponse(
      (r) => r.url().endsWith(`/api/v1/responses/${responseId}/labels`) && r.request().method() === 'POST',
    );
    await form.getByRole('button', { name: 'Save correction' }).click();
    expect((await corrected).status()).toBe(200);
    await manalysis.getByTestId('label-source').filter({ hasText: 'Corrected by hand' }).waitFor();

    // Kept after a reload, and marked as manual: for the manager and for the owner.
    await mpage.reload();
    await manalysis.getByTestId('label-source').filter({ hasText: 'Corrected by hand' }).waitFor();
    expect(await manalysis.getByTestId('sentiment-chip').textContent()).toContain('Neutral');
    await page.reload();
    await analysis.getByTestId('label-source').filter({ hasText: 'Corrected by hand' }).waitFor();
    expect(await analysis.getByTestId('sentiment-chip').textContent()).toContain('Neutral');
    expect(await analysis.getByTestId('emotion-label').textContent()).toBe('Disappointment');
    expect(
      await analysis
        .getByRole('list', { name: 'Topics' })
        .getByTestId('topic-chip')
        .allTextContents()
        .then((l) => l.sort()),
    ).toEqual(['Product quality', 'Wait time']);
    await screenshot(page, 'text-response-corrected-desktop');
    const phone = await ba.newPage({ width: 390, height: 844 });
    await phone.context.addCookies(await context.cookies());
    await phone.page.goto(`/responses/${responseId}`);
    await phone.page
      .getByRole('region', { name: 'Comment analysis' })
      .getByTestId('label-source')
      .filter({ hasText: 'Corrected by hand' })
      .waitFor();
    await screenshot(phone.page, 'text-response-phone');
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // Topics × sentiment: what detractors write about comes first; examples link to the responses.
    await page.getByRole('link', { name: '← Responses' }).click();
    await page.getByRole('heading', { name: 'Responses', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Topics', exact: true }).click();
    await page.getByRole('heading', { name: 'Comment topics', level: 1 }).waitFor();
    const topicRows = page.getByTestId('topic-row');
    await topicRows.first().waitFor();
    const names = await topicRows.locator('th').allTextContents();
    expect(names[0]).toMatch(/^(Wait time|Product quality)/);
    const wait = topicRows.filter({ hasText: 'Wait time' });
    expect(await wait.getByRole('link', { name: /The food was lovely/ }).getAttribute('href')).toBe(
      `/responses/${responseId}`,
    );
    expect(await wait.textContent()).toContain('100%');
    await page.getByTestId('topics-summary').getByText('2 labelled comments').waitFor();
    await screenshot(page, 'text-topics-desktop');
    await phone.page.goto('/text/topics');
    await phone.page.getByTestId('topic-row').first().waitFor();
    await screenshot(phone.page, 'text-topics-phone');
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // The owner adds a topic; past comments are relabelled in the background (the correction is kept).
    await nav.getByRole('link', { name: 'Settings' }).click();
    const editor = page.getByTestId('taxonomy-editor');
    await editor.getByRole('tab', { name: /English/ }).waitFor();
    await editor.getByLabel('New topic id').fill('parking');
    await editor.getByRole('button', { name: 'Add topic' }).click();
    const parking = editor.getByRole('listitem', { name: 'parking', exact: true });
    await parking.getByRole('textbox', { name: 'New term for parking' }).fill('parking, car park');
    await parking.getByRole('button', { name: 'Add term' }).click();
    expect(
      await parking.getByRole('list', { name: 'Terms of parking (en)' }).getByRole('listitem').allTextContents(),
    ).toEqual(['parking×', 'car park×']);
    await editor.getByRole('tab', { name: /Български/ }).click();
    await parking.getByRole('textbox', { name: 'New term for parking' }).fill('паркинг*');
    await parking.getByRole('button', { name: 'Add term' }).click();
    const saved = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/text/taxonomy') && r.request().method() === 'PUT',
    );
    await editor.getByRole('button', { name: 'Save topics' }).click();
    expect((await saved).status()).toBe(200);
    await editor.getByTestId('relabel-status').getByText('Relabelling past comments: 0 of 1').waitFor();
    await screenshot(page, 'text-taxonomy-desktop');
    await ba.app.runTextLabelling();
    await editor.getByTestId('relabel-status').getByText('Past comments relabelled (1).').waitFor();
    expect(((await api.get(`/api/v1/responses/${happy.json().id}`)).json() as { topics: string[] }).topics).toContain(
      'parking',
    );
    const kept = (await api.get(`/api/v1/responses/${responseId}`)).json() as { sentiment: string; textSource: string };
    expect(kept).toMatchObject({ sentiment: 'neutral', textSource: 'manual' });
  });
});

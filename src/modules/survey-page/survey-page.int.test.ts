import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import * as invitations from '../invitations/invitations.repo.ts';

let t: TestApp;
let org: Awaited<ReturnType<TestApp['newOrg']>>;
let other: Awaited<ReturnType<TestApp['newOrg']>>;
let surveyId: string;
let slug: string;
let north: string;
let petar: string;

const survey = {
  name: 'After the visit',
  languages: ['en', 'ru'],
  questions: [
    { id: 'nps', type: 'nps', text: { en: 'Would you recommend us?', ru: 'Порекомендуете нас?' }, required: true },
    {
      id: 'wrong',
      type: 'text',
      text: { en: 'What went wrong?', ru: 'Что пошло не так?' },
      maxLength: 200,
      showIf: { question: 'nps', max: 6 },
    },
    { id: 'who', type: 'staff', text: { en: 'Who served you?', ru: 'Кто вас обслуживал?' } },
    { id: 'feel', type: 'emotion', text: { en: 'How did you feel?', ru: 'Что вы чувствовали?' }, required: true },
  ],
  thanks: { en: 'We read every answer.', ru: 'Мы читаем каждый ответ.' },
  settings: { reviewUrl: 'https://reviews.example.com/our-clinic' },
};

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });
const post = (url: string, fields: Record<string, string | string[]>, headers: Record<string, string> = {}) => {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) body.append(k, x);
  return t.app.inject({ method: 'POST', url, payload: body.toString(), headers: { ...FORM, ...headers } });
};
const responsesOf = async () =>
  (await org.as.get(`/api/v1/responses?surveyId=${surveyId}&limit=100`)).json().items as Record<string, unknown>[];
const hiddenR = (html: string) => /name="r" value="([^"]+)"/.exec(html)?.[1];

beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg('Klinika <Zdrave>');
  other = await t.newOrg();
  north = (await org.as.post('/api/v1/locations', { name: 'North' })).json().id;
  petar = (
    await org.as.post('/api/v1/staff', {
      name: 'Petar',
      email: 'petar@x.example',
      role: 'staff',
      locationIds: [north],
      sendInvite: false,
    })
  ).json().id;
  await org.as.post('/api/v1/staff', {
    name: 'Elsewhere Ivan',
    email: 'ivan@x.example',
    role: 'staff',
    locationIds: [],
    sendInvite: false,
  });
  const res = await org.as.post('/api/v1/surveys', survey);
  expect(res.statusCode).toBe(201);
  surveyId = res.json().id;
  slug = res.json().slug;
});
afterAll(() => t.close());

describe('public link', () => {
  it('walks a detractor through every question, keeping each answer as it comes', async () => {
    const first = await get(`/s/p/${slug}`, { 'accept-language': 'en-GB,en;q=0.9' });
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(first.headers['content-security-policy']).toMatch(/default-src 'none'; script-src 'sha256-/);
    expect(first.body).toContain('<html lang="en" dir="ltr">');
    expect(first.body).toContain('Would you recommend us?');
    expect(first.body).toContain('Klinika &lt;Zdrave&gt;');
    expect(first.body).toContain(`action="/s/p/${slug}"`);

    const a1 = await post(`/s/p/${slug}`, { q: 'nps', a: '3' });
    expect(a1.statusCode).toBe(303);
    const next = new URL(a1.headers.location as string, 'http://x');
    expect(next.pathname).toBe(`/s/p/${slug}`);
    expect(next.searchParams.get('q')).toBe('wrong');
    const r = next.searchParams.get('r')!;
    expect(r).toBeTruthy();
    // Half-finished already counts.
    const [partial] = await responsesOf();
    expect(partial).toMatchObject({
      status: 'partial',
      nps: 3,
      channel: 'public',
      language: 'en',
      answers: { nps: 3 },
    });

    const q2 = await get(a1.headers.location as string);
    expect(q2.body).toContain('What went wrong?');
    expect(hiddenR(q2.body)).toBe(r);
    expect(q2.body).toContain(`href="/s/p/${slug}?r=${r}&amp;q=nps"`); // Back

    const a2 = await post(`/s/p/${slug}`, { q: 'wrong', a: '<script>alert(1)</script> waited <b>an hour</b>', r });
    expect(new URL(a2.headers.location as string, 'http://x').searchParams.get('q')).toBe('who');
    const a3 = await post(`/s/p/${slug}`, { q: 'who', a: petar, r });
    expect(new URL(a3.headers.location as string, 'http://x').searchParams.get('q')).toBe('feel');
    const a4 = await post(`/s/p/${slug}`, { q: 'feel', a: 'annoyed', r });
    expect(a4.statusCode).toBe(303);
    // An anonymous detractor is asked whether we may contact them: phone or email, and consent.
    expect(a4.headers.location).toBe(`/s/p/${slug}?r=${r}&contact=1`);
    const ask = await get(a4.headers.location as string);
    expect(ask.body).toContain('May we contact you?');
    expect(ask.body).toContain('<input type="checkbox" name="consent" value="yes">');
    expect(hiddenR(ask.body)).toBe(r);
    const noConsent = await post(`/s/p/${slug}`, { q: '_contact', r, phone: '+359 88 123 4567' });
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.body).toContain('Tick the box so we may contact you');
    expect(noConsent.body).toContain('value="+359 88 123 4567"');
    const badEmail = await post(`/s/p/${slug}`, { q: '_contact', r, email: 'not-an-address', consent: 'yes' });
    expect(badEmail.body).toContain('Give a phone number or an email address');
    const before = Date.now();
    const agreed = await post(`/s/p/${slug}`, { q: '_contact', r, phone: '+359 88 123 4567', consent: 'yes' });
    expect([agreed.statusCode, agreed.headers.location]).toEqual([303, `/s/p/${slug}?done=1`]);
    const thanks = await get(agreed.headers.location as string);
    expect(thanks.body).toContain('Thank you!');
    expect(thanks.body).toContain('We read every answer.');
    expect(thanks.body).toContain('Would you share your experience on reviews.example.com?');
    expect(thanks.body).toContain(`href="/s/p/${slug}?done=1&amp;lang=ru"`);

    const all = await responsesOf();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      status: 'complete',
      nps: 3,
      staffId: petar,
      emotion: 'annoyed',
      comment: '<script>alert(1)</script> waited <b>an hour</b>',
      contact: { phone: '+359 88 123 4567', source: `/s/p/${slug} (public)` },
    });
    const consentAt = Date.parse((all[0]!.contact as { consentAt: string }).consentAt);
    expect(consentAt).toBeGreaterThanOrEqual(before - 1000);
    expect(consentAt).toBeLessThanOrEqual(Date.now());

    // The comment is stored as text and shown escaped.
    const back = await get(`/s/p/${slug}?r=${r}&q=wrong`);
    expect(back.body).not.toContain('<script>alert(1)');
    expect(back.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt; waited &lt;b&gt;an hour&lt;/b&gt;</textarea>');
  });

  it('skips the follow-up for a promoter, resumes from the token, and in the browser language', async () => {
    const a1 = await post(`/s/p/${slug}`, { q: 'nps', a: '10' }, { 'accept-language': 'ru-RU,ru;q=0.9' });
    const loc = new URL(a1.headers.location as string, 'http://x');
    expect(loc.searchParams.get('q')).toBe('who');
    const r = loc.searchParams.get('r')!;
    const resumed = await get(`/s/p/${slug}?r=${encodeURIComponent(r)}`, { 'accept-language': 'en' });
    expect(resumed.body).toContain('<html lang="ru"'); // the response's language wins over the browser
    expect(resumed.body).toContain('Кто вас обслуживал?');
    expect(resumed.body).not.toContain('value="undefined"');
    const switched = await get(`/s/p/${slug}?r=${encodeURIComponent(r)}&lang=en`);
    expect(switched.body).toContain('Who served you?');
    const hidden = await post(`/s/p/${slug}`, { q: 'wrong', a: 'nothing', r });
    expect(hidden.statusCode).toBe(400);
  });

  it('clears a stored answer when a changed earlier answer hides its question', async () => {
    const a1 = await post(`/s/p/${slug}`, { q: 'nps', a: '4' });
    const r = new URL(a1.headers.location as string, 'http://x').searchParams.get('r')!;
    await post(`/s/p/${slug}`, { q: 'wrong', a: 'We waited', r });
    const changed = await post(`/s/p/${slug}`, { q: 'nps', a: '9', r });
    expect(new URL(changed.headers.location as string, 'http://x').searchParams.get('q')).toBe('who');
    const [latest] = await responsesOf();
    expect(latest).toMatchObject({ answers: { nps: 9 }, nps: 9, comment: null });
  });

  it('ignores location and touchpoint ids of another organisation, keeps its own', async () => {
    const theirLocation = (await other.as.post('/api/v1/locations', { name: 'Theirs' })).json().id;
    const theirTouchpoint = (
      await other.as.post('/api/v1/touchpoints', { name: 'Desk', kind: 'service', stage: 'service' })
    ).json().id;
    const ours = (
      await org.as.post('/api/v1/touchpoints', { name: 'Reception', kind: 'service', stage: 'service' })
    ).json().id;

    const foreign = await post(`/s/p/${slug}?l=${theirLocation}&t=${theirTouchpoint}&c=qr`, { q: 'nps', a: '8' });
    expect(foreign.statusCode).toBe(303);
    expect(foreign.headers.location).not.toContain(theirLocation);
    const own = await post(`/s/p/${slug}?l=${north}&t=${ours}&st=${petar}&c=qr`, { q: 'nps', a: '9' });
    const picker = await get(own.headers.location as string);
    expect(picker.body).toContain('Petar');
    expect(picker.body).not.toContain('Elsewhere Ivan'); // only staff of the QR code's location
    expect(picker.body).toContain(`value="${petar}" checked`);
    const [latest, before] = await responsesOf();
    expect(latest).toMatchObject({ nps: 9, locationId: north, touchpointId: ours, staffId: petar, channel: 'qr' });
    expect(before).toMatchObject({ nps: 8, locationId: null, touchpointId: null, channel: 'qr' });
  });
});

describe('bad input', () => {
  it('refuses out-of-range scores, unknown questions, oversized text and other content types, storing nothing', async () => {
    const count = (await responsesOf()).length;
    const range = await post(`/s/p/${slug}`, { q: 'nps', a: '11' });
    expect(range.statusCode).toBe(400);
    expect(range.body).toContain('role="alert">Choose a number from 0 to 10.');
    expect(range.body).toContain('aria-describedby="err-nps e-nps"');
    const missing = await post(`/s/p/${slug}`, { q: 'nps' }, { 'accept-language': 'ru' });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('Пожалуйста, ответьте на этот вопрос.');
    const unknown = await post(`/s/p/${slug}`, { q: 'nope', a: '1' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('This question is not part of the survey.');
    const json = await t.app.inject({ method: 'POST', url: `/s/p/${slug}`, payload: { q: 'nps', a: 5 } });
    expect(json.statusCode).toBe(415);
    expect(json.headers['content-type']).toContain('text/html');
    expect((await responsesOf()).length).toBe(count);

    const a1 = await post(`/s/p/${slug}`, { q: 'nps', a: '2' });
    const r = new URL(a1.headers.location as string, 'http://x').searchParams.get('r')!;
    const long = await post(`/s/p/${slug}`, { q: 'wrong', a: 'x'.repeat(201), r });
    expect(long.statusCode).toBe(400);
    expect(long.body).toContain('Please shorten your answer to 200 characters (it has 201).');
    const emotion = await post(`/s/p/${slug}`, { q: 'feel', a: 'bored', r });
    expect(emotion.statusCode).toBe(400);
    const [stored] = await responsesOf();
    expect(stored).toMatchObject({ answers: { nps: 2 }, status: 'partial' });
  });

  it('answers an unknown slug or resume token with a friendly 404 page', async () => {
    const res = await get('/s/p/does-not-exist', { 'accept-language': 'bg' });
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('Анкетата не е намерена');
    expect((await post(`/s/p/${slug}`, { q: 'nps', a: '5', r: 'forged' })).statusCode).toBe(404);
  });

  it('refuses answers as soon as the survey is closed, though answers to the link were just accepted', async () => {
    const kiosk = (await org.as.post('/api/v1/surveys', { ...survey, name: 'Kiosk' })).json();
    const at = `/s/p/${kiosk.slug}?l=${north}&c=qr`;
    expect((await post(at, { q: 'nps', a: '9' })).statusCode).toBe(303);
    expect((await org.as.patch(`/api/v1/surveys/${kiosk.id}`, { status: 'closed' })).statusCode).toBe(200);
    expect((await post(at, { q: 'nps', a: '9' })).statusCode).toBe(410);
    const stored = (await org.as.get(`/api/v1/responses?surveyId=${kiosk.id}`)).json().items;
    expect(stored.map((r: { locationId: string; channel: string }) => [r.locationId, r.channel])).toEqual([
      [north, 'qr'],
    ]);
  });
});

describe('personal link', () => {
  it('marks the invitation opened and answered, in the customer language, and refuses a second completion', async () => {
    const customer = (
      await org.as.post('/api/v1/customers', { name: 'Olga', email: 'olga@x.example', language: 'ru' })
    ).json();
    const { invitation, token } = await invitations.create(t.db, {
      orgId: org.orgId,
      surveyId,
      customerId: customer.id,
      interactionId: null,
      channel: 'email',
      scheduledFor: new Date(),
      ttlDays: 7,
    });
    const url = `/s/${token}`;

    const page = await get(url, { 'accept-language': 'en' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<html lang="ru" dir="ltr">');
    expect(page.body).toContain('Порекомендуете нас?');
    expect(page.body).toContain('Точно не порекомендую');
    expect(page.body).not.toContain('name="r"');
    expect(await invitations.get(t.db, org.orgId, invitation.id)).toMatchObject({ status: 'opened' });

    const a1 = await post(url, { q: 'nps', a: '9' });
    expect(a1.headers.location).toBe(`${url}?q=who`);
    expect((await invitations.get(t.db, org.orgId, invitation.id))?.answeredAt).toBeNull();
    // Still editable: back to the first question, change the score.
    expect((await post(url, { q: 'nps', a: '10' })).statusCode).toBe(303);
    await post(url, { q: 'who', a: '' });
    const done = await post(url, { q: 'feel', a: 'delighted' });
    expect(done.headers.location).toBe(`${url}?done=1`);
    expect(await invitations.get(t.db, org.orgId, invitation.id)).toMatchObject({ status: 'answered' });
    expect((await get(done.headers.location as string)).body).toContain('Спасибо!');

    const again = await post(url, { q: 'nps', a: '0' });
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('Вы уже ответили на этот опрос. Спасибо!');
    const mine = (await responsesOf()).filter((r) => r.invitationId === invitation.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      nps: 10,
      emotion: 'delighted',
      customerId: customer.id,
      channel: 'email',
      status: 'complete',
      language: 'ru',
    });
  });

  it('says an expired link has expired (410) and an unknown one is not found (404)', async () => {
    const { token } = await invitations.create(t.db, {
      orgId: org.orgId,
      surveyId,
      customerId: null,
      interactionId: null,
      channel: 'link',
      scheduledFor: new Date(Date.now() - 10 * 86_400_000),
      ttlDays: 7,
    });
    const expired = await get(`/s/${token}`, { 'accept-language': 'en' });
    expect(expired.statusCode).toBe(410);
    expect(expired.body).toContain('This link has expired');
    expect((await post(`/s/${token}`, { q: 'nps', a: '5' })).statusCode).toBe(410);
    const unknown = await get('/s/not-a-real-token', { 'accept-language': 'ru' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('Опрос не найден');
  });
});

describe('how did you hear about us?', () => {
  it('offers the channels and a field for who recommended, without JavaScript; naming someone means a recommendation', async () => {
    const created = (
      await org.as.post('/api/v1/surveys', {
        name: 'Welcome',
        languages: ['en', 'ru'],
        questions: [
          { id: 'heard', type: 'referral_source', text: { en: 'How did you hear about us?', ru: 'Откуда узнали?' } },
        ],
      })
    ).json();
    const page = await get(`/s/p/${created.slug}`, { 'accept-language': 'ru' });
    expect(page.body.match(/type="radio" name="a"/g)).toHaveLength(7);
    expect(page.body).toContain('Мне вас порекомендовали');
    expect(page.body).toContain('<input type="text" name="who"');
    const answered = async (fields: Record<string, string>) => {
      const res = await post(`/s/p/${created.slug}`, { q: 'heard', ...fields });
      expect(res.statusCode).toBe(303);
      const items = (await org.as.get(`/api/v1/responses?surveyId=${created.id}&limit=1`)).json().items;
      return items[0].answers.heard as string;
    };
    expect(await answered({ a: 'maps' })).toBe('maps');
    expect(await answered({ a: 'search', who: '  Anna   K3M9QT ' })).toBe('referral:Anna K3M9QT');
    expect(await answered({ who: 'Maria' })).toBe('referral:Maria');
    const bad = await post(`/s/p/${created.slug}`, { q: 'heard', a: 'tv' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('role="alert"');
  });
});

describe('review sites on the thank-you page', () => {
  it('shows the location’s review sites to a promoter and a detractor alike, and to nobody by default', async () => {
    await org.as.post('/api/v1/review-sources', {
      locationId: north,
      platform: '2gis',
      url: 'https://2gis.example/north/reviews',
    });
    const make = async (showReviewSites?: boolean) =>
      (
        await org.as.post('/api/v1/surveys', {
          name: `Thanks ${showReviewSites}`,
          languages: ['en'],
          locationId: north,
          questions: [{ id: 'nps', type: 'nps', text: { en: 'Would you recommend us?' }, required: true }],
          ...(showReviewSites === undefined ? {} : { settings: { showReviewSites } }),
        })
      ).json().slug as string;
    const thanksAfter = async (slug: string, score: string) => {
      const res = await post(`/s/p/${slug}`, { q: 'nps', a: score });
      let location = res.headers.location as string;
      if (Number(score) <= 6) {
        // A detractor is first asked whether we may contact them, and declines: the same thanks follow.
        expect(location).toMatch(new RegExp(`^/s/p/${slug}\\?r=[^&]+&contact=1$`));
        const ask = await get(location);
        expect(ask.body).toContain('May we contact you?');
        location = /<div class="nav"><a href="([^"]+)">/.exec(ask.body)![1]!.replaceAll('&amp;', '&');
      }
      expect(location).toBe(`/s/p/${slug}?done=1`);
      return /<div class="card">.*<\/div>/s.exec((await get(location)).body)![0];
    };
    const shown = await make(true);
    const promoter = await thanksAfter(shown, '10');
    const detractor = await thanksAfter(shown, '0');
    expect(promoter).toContain(
      '<a href="https://2gis.example/north/reviews" rel="noopener noreferrer" target="_blank">2GIS</a>',
    );
    expect(detractor).toBe(promoter);
    const off = await make();
    for (const score of ['10', '0']) expect(await thanksAfter(off, score)).not.toContain('2gis.example');
  });
});

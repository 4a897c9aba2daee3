import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { openRecoveryCases } from './recovery-engine.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Org = Awaited<ReturnType<TestApp['newOrg']>>;

async function setUpOrg(name: string) {
  const org = await t.newOrg(name);
  await org.as.patch('/api/v1/org', { quietHoursStart: 0, quietHoursEnd: 0 });
  const location = (await org.as.post('/api/v1/locations', { name: 'Central' })).json();
  const google = (
    await org.as.post('/api/v1/review-sources', {
      locationId: location.id,
      platform: 'google',
      url: 'https://g.page/r/central/review',
    })
  ).json();
  const yandex = (
    await org.as.post('/api/v1/review-sources', {
      locationId: location.id,
      platform: 'yandex_maps',
      url: 'https://yandex.ru/maps/org/central/reviews',
    })
  ).json();
  const survey = (
    await org.as.post('/api/v1/surveys', {
      name: 'NPS',
      languages: ['en'],
      questions: [{ id: 'nps', type: 'nps', text: { en: 'Recommend?' }, required: true }],
    })
  ).json();
  return { org, location, google, yandex, survey };
}

const waitFor = async <T>(f: () => Promise<T | undefined>, ms = 15_000): Promise<T> => {
  const until = Date.now() + ms;
  for (;;) {
    const v = await f();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
};

describe('review requests never depend on what customers answered', () => {
  const people = [
    { externalId: 'c1', email: 'c1@example.com', consentEmail: true },
    { externalId: 'c2', email: 'c2@example.com', consentEmail: true },
    { externalId: 'c3', email: null, consentEmail: true },
    { externalId: 'c4', email: 'c4@example.com', consentEmail: false },
    { externalId: 'c5', email: 'c5@example.com', consentEmail: true, insider: true },
    { externalId: 'c6', email: 'c6@example.com', consentEmail: true },
    { externalId: 'c7', email: 'c7@example.com', consentEmail: true },
    { externalId: 'c8', email: 'c8@example.com', consentEmail: true },
  ];
  const scores = [0, 2, 5, 6, 7, 8, 9, 10];

  async function requestsWith(orgName: string, npsOf: number[]) {
    const { org, location, survey } = await setUpOrg(orgName);
    const ids: Record<string, string> = {};
    for (const [i, p] of people.entries()) {
      const c = (
        await org.as.post('/api/v1/customers', {
          externalId: p.externalId,
          name: p.externalId,
          email: p.email,
          consentEmail: p.consentEmail,
        })
      ).json();
      ids[c.id] = p.externalId;
      if (p.insider) await org.as.call('PUT', `/api/v1/customers/${c.id}/review-insider`, { insider: true });
      expect(
        (
          await org.as.post('/api/v1/responses', {
            surveyId: survey.id,
            customerId: c.id,
            answers: { nps: npsOf[i] },
          })
        ).statusCode,
      ).toBe(201);
    }
    expect(
      (await org.as.call('PUT', '/api/v1/review-settings', { requestsEnabled: true, delayHours: 0 })).statusCode,
    ).toBe(200);
    const now = new Date().toISOString();
    const customerIds = Object.keys(ids);
    // Two visits of c1 and c2: the second is within 90 days of the first request.
    const items = [...customerIds, customerIds[0], customerIds[1]].map((customerId) => ({
      occurredAt: now,
      customerId,
      locationId: location.id,
    }));
    expect((await org.as.post('/api/v1/interactions/batch', { items })).statusCode).toBeLessThan(300);
    const list = await waitFor(async () => {
      const page = (await org.as.get('/api/v1/review-requests?limit=100')).json();
      return page.items.length === items.length ? page.items : undefined;
    });
    return {
      org,
      set: list
        .map(
          (r: { customerId: string; status: string; reason: string | null }) =>
            `${ids[r.customerId]}:${r.status === 'skipped' ? `skipped:${r.reason}` : 'asked'}`,
        )
        .sort(),
    };
  }

  it('gives the same set of requests when every NPS score is shuffled among the customers', async () => {
    const a = await requestsWith('Scores as given', scores);
    const b = await requestsWith('Scores shuffled', [...scores].reverse());
    expect(a.set).toEqual(b.set);
    expect(a.set).toEqual([
      'c1:asked',
      'c1:skipped:recently_asked',
      'c2:asked',
      'c2:skipped:recently_asked',
      'c3:skipped:no_email',
      'c4:skipped:no_consent',
      'c5:skipped:insider',
      'c6:asked',
      'c7:asked',
      'c8:asked',
    ]);
  });

  it('mails the request in the customer language and its link leads to the review site', async () => {
    const { org, location, google, yandex } = await setUpOrg('Mail org');
    // Yandex already has a recent review, so the rotation asks for Google.
    const csv = `source,location,rating,text,author,date,externalId\nyandex_maps,Central,5,Fine,Olga,${new Date().toISOString()},y-1\n`;
    expect((await org.as.post('/api/v1/reviews/import', csv, { 'content-type': 'text/csv' })).statusCode).toBe(200);
    await org.as.call('PUT', '/api/v1/review-settings', { requestsEnabled: true, delayHours: 0 });
    const customer = (
      await org.as.post('/api/v1/customers', {
        name: 'Ира',
        email: 'ira@example.com',
        consentEmail: true,
        language: 'ru',
      })
    ).json();
    await org.as.post('/api/v1/interactions', {
      occurredAt: new Date().toISOString(),
      customerId: customer.id,
      locationId: location.id,
    });
    const mail = await t.waitForMail('ira@example.com');
    expect(mail.subject).toContain('Как прошёл ваш визит');
    const link = /http:\/\/\S+\/rv\/\S+/.exec(mail.text!)![0];
    const res = await t.app.inject({ method: 'GET', url: new URL(link).pathname });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe(google.url);
    expect(yandex.id).toBeTruthy();
    const [req] = (await org.as.get(`/api/v1/review-requests?customerId=${customer.id}`)).json().items;
    expect(req).toMatchObject({ status: 'clicked', sourceId: google.id, language: 'ru' });
  });

  it('refuses a request template that asks for a rating or praise, field by field', async () => {
    const { org } = await setUpOrg('Template org');
    const res = await org.as.call('PUT', '/api/v1/review-settings', {
      requestTemplates: { ru: { subject: 'Ваш визит', body: 'Оставьте, пожалуйста, отличный отзыв: {link}' } },
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields)).toEqual(['requestTemplates.ru.body']);
    expect((await org.as.get('/api/v1/review-settings')).json().requestTemplates).toEqual({});
  });
});

describe('reviews inbox and recovery', () => {
  let org: Org;
  let location: { id: string };
  const csv = [
    'source,location,rating,text,author,date,externalId',
    'yandex_maps,Central,2,Waited an hour,Anna,2026-05-01 10:00,y-1',
    '2gis,Central,5,Lovely staff,Boris,2026-05-02 11:00,g-1',
    '2gis,Central,4,"Rude receptionist, terrible attitude",Vera,2026-05-03 12:00,g-2',
  ].join('\n');

  beforeAll(async () => {
    ({ org, location } = await setUpOrg('Inbox org'));
  });

  const casesOf = async () =>
    (await org.as.get('/api/v1/cases?view=all&limit=100'))
      .json()
      .items.filter((c: { source: string }) => c.source === 'review');

  it('refuses a CSV with a bad row, naming line and field, and stores nothing', async () => {
    const bad = `${csv}\nyandex_maps,Nowhere,7,x,y,2026-05-04,y-9\n`;
    const res = await org.as.post('/api/v1/reviews/import', bad, { 'content-type': 'text/csv' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toMatchObject({ 'line 5: rating': expect.any(String) });
    expect((await org.as.get('/api/v1/reviews')).json().items).toEqual([]);
  });

  it('imports once by external id, labels the text and opens exactly one case per bad review', async () => {
    const first = await org.as.post('/api/v1/reviews/import', csv, { 'content-type': 'text/csv' });
    expect(first.json()).toEqual({ created: 3, existing: 0 });
    const again = await org.as.post('/api/v1/reviews/import', csv, { 'content-type': 'text/csv' });
    expect(again.json()).toEqual({ created: 0, existing: 3 });
    const items = (await org.as.get('/api/v1/reviews')).json().items;
    expect(items.map((r: { externalId: string }) => r.externalId)).toEqual(['g-2', 'g-1', 'y-1']);
    expect(items[0].sentiment).toBe('negative');

    // Retries, parallel sweeps and a "restart" that forgets every mark: still one case per bad review.
    await Promise.all([1, 2, 3].map(() => openRecoveryCases({ pool: t.database.pool })));
    await t.database.pool.query(`update reviews set recovery_checked_at = null`);
    await Promise.all([1, 2].map(() => openRecoveryCases({ pool: t.database.pool })));
    const cases = await casesOf();
    expect(cases).toHaveLength(2);
    const reviews = (await org.as.get('/api/v1/reviews')).json().items;
    const withCase = reviews
      .filter((r: { caseId: string | null }) => r.caseId)
      .map((r: { externalId: string }) => r.externalId);
    expect(withCase.sort()).toEqual(['g-2', 'y-1']);
    for (const c of cases) {
      const hours = (new Date(c.dueAt).getTime() - new Date(c.openedAt).getTime()) / 3600_000;
      expect(hours).toBe(48);
    }
  });

  it('replies with a log, and matches a review to a customer and interaction a person confirms', async () => {
    const [review] = (await org.as.get('/api/v1/reviews')).json().items;
    const replied = await org.as.post(`/api/v1/reviews/${review.id}/reply`, { text: 'We are sorry, please call us.' });
    expect(replied.statusCode).toBe(200);
    expect(replied.json().replyText).toBe('We are sorry, please call us.');
    expect((await org.as.post(`/api/v1/reviews/${review.id}/reply`, { text: ' ' })).statusCode).toBe(400);
    const customer = (await org.as.post('/api/v1/customers', { name: 'Vera' })).json();
    const other = (await org.as.post('/api/v1/customers', { name: 'Other' })).json();
    const visit = (
      await org.as.post('/api/v1/interactions', {
        occurredAt: '2026-05-03T09:00:00Z',
        customerId: customer.id,
        locationId: location.id,
      })
    ).json();
    const wrong = await org.as.patch(`/api/v1/reviews/${review.id}`, { customerId: other.id, interactionId: visit.id });
    expect(wrong.statusCode).toBe(400);
    const ok = await org.as.patch(`/api/v1/reviews/${review.id}`, { interactionId: visit.id });
    expect(ok.json()).toMatchObject({ customerId: customer.id, interactionId: visit.id });
    const figures = (
      await org.as.get('/api/v1/metrics/reputation?from=2026-04-01T00:00:00Z&to=2026-06-01T00:00:00Z')
    ).json();
    expect(figures).toMatchObject({ reviews: 3, averageRating: 3.67, replied: 1, negative: 2, negativeRecovered: 0 });
    // Ratings 2, 5, 4: mean 3.67, sd 1.53, ± 1.96·sd/√3 = 1.73, capped at 5 stars.
    expect(figures.byMonth).toEqual([
      { month: '2026-05', reviews: 3, averageRating: 3.67, ratingCi95: [1.94, 5], replied: 1 },
    ]);
    const low = (await org.as.get('/api/v1/reviews?maxRating=3')).json().items;
    expect(low.map((r: { externalId: string }) => r.externalId)).toEqual(['y-1']);
    const high = (await org.as.get('/api/v1/reviews?minRating=4&unanswered=true')).json().items;
    expect(high.map((r: { externalId: string }) => r.externalId).sort()).toEqual(
      ['g-1', 'g-2'].filter((e) => e !== review.externalId),
    );
  });

  it('keeps a draft until it is posted, and logs every draft and reply with who wrote it', async () => {
    const [, review] = (await org.as.get('/api/v1/reviews?unanswered=true')).json().items;
    expect((await org.as.call('PUT', `/api/v1/reviews/${review.id}/draft`, { text: '' })).statusCode).toBe(400);
    await org.as.call('PUT', `/api/v1/reviews/${review.id}/draft`, { text: 'Thank you' });
    const saved = await org.as.call('PUT', `/api/v1/reviews/${review.id}/draft`, { text: 'Thank you, Gleb!' });
    expect(saved.json()).toMatchObject({ draftText: 'Thank you, Gleb!', replyText: null });
    const drafted = (await org.as.get('/api/v1/reviews?drafted=true')).json().items;
    expect(drafted.map((r: { id: string }) => r.id)).toEqual([review.id]);
    const posted = (await org.as.post(`/api/v1/reviews/${review.id}/reply`, { text: 'Thank you, Gleb!' })).json();
    expect(posted).toMatchObject({ replyText: 'Thank you, Gleb!', draftText: null, draftAt: null });
    expect((await org.as.get('/api/v1/reviews?drafted=true')).json().items).toEqual([]);
    const log = (await org.as.get(`/api/v1/reviews/${review.id}/replies`)).json().items;
    // A Google review with no Business Profile connection is answered by copying, like any other site.
    expect(log.map((e: { kind: string; text: string; response: null }) => [e.kind, e.text, e.response])).toEqual([
      ['copied', 'Thank you, Gleb!', null],
      ['draft', 'Thank you, Gleb!', null],
      ['draft', 'Thank you', null],
    ]);
    expect(log[0].authorId).toBeTruthy();
    await org.as.call('PUT', `/api/v1/reviews/${review.id}/draft`, { text: 'A second thought' });
    const discarded = await org.as.delete(`/api/v1/reviews/${review.id}/draft`);
    expect(discarded.json()).toMatchObject({ draftText: null, replyText: 'Thank you, Gleb!' });
  });

  it("suggests who wrote a review from the location's visits in the days before it and the author's name", async () => {
    const reviews = (await org.as.get('/api/v1/reviews')).json().items as { id: string; externalId: string }[];
    const y1 = reviews.find((r) => r.externalId === 'y-1')!;
    const elsewhere = (await org.as.post('/api/v1/locations', { name: 'Elsewhere' })).json();
    const visit = async (name: string, occurredAt: string, locationId = location.id) => {
      const c = (await org.as.post('/api/v1/customers', { name })).json();
      const i = (await org.as.post('/api/v1/interactions', { occurredAt, customerId: c.id, locationId })).json();
      return { customerId: c.id as string, interactionId: i.id as string };
    };
    // The review y-1 by "Anna" on 2026-05-01 10:00 UTC.
    const anna = await visit('Анна Петрова', '2026-04-29T09:00:00Z');
    await visit('Anna Elsewhere', '2026-04-30T10:00:00Z', elsewhere.id);
    await visit('Anna Long Ago', '2026-04-20T10:00:00Z');
    await visit('Boris', '2026-04-30T10:00:00Z');
    const res = await org.as.get(`/api/v1/reviews/${y1.id}/suggestions`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([
      expect.objectContaining({
        ...anna,
        customerName: 'Анна Петрова',
        daysBefore: 2,
        sameLocation: true,
        nameMatched: ['Анна'],
      }),
    ]);
    const confirmed = await org.as.patch(`/api/v1/reviews/${y1.id}`, { interactionId: anna.interactionId });
    expect(confirmed.json()).toMatchObject(anna);
  });
});

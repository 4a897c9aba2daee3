import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { qrSvg } from '../channels/qr.ts';
import { LINK_POSTS_PER_WINDOW } from './link-page-guard.ts';

let t: TestApp;
let org: Awaited<ReturnType<TestApp['newOrg']>>;
let location: string;
let touchpoint: string;
const people: { id: string; email: string; as: ReturnType<TestApp['as']> }[] = [];

beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg('Voice cafe');
  location = (await org.as.post('/api/v1/locations', { name: 'Small corner' })).json().id;
  touchpoint = (
    await org.as.post('/api/v1/touchpoints', { name: 'Checkout', kind: 'service', stage: 'service' })
  ).json().id;
  const langs = ['en', 'ru', 'bg'];
  for (let i = 0; i < 3; i++) {
    const email = `barista${i}@voice.example`;
    const s = (
      await org.as.post('/api/v1/staff', {
        name: `Barista ${i}`,
        email,
        locationIds: [location],
        language: langs[i],
        sendInvite: false,
      })
    ).json();
    people.push({ id: s.id, email, as: t.as(await t.keyFor(org.orgId, 'staff', s.id)) });
  }
});
afterAll(() => t.close());

describe('insights', () => {
  it('posts, votes once per person, and tells the outcome to the author and every voter in their language', async () => {
    const [author, v1, v2] = people as [(typeof people)[0], (typeof people)[0], (typeof people)[0]];
    const created = await author.as.post('/api/v1/insights', {
      kind: 'irritant',
      title: 'Customers wait too long at the checkout queue',
      locationId: location,
      touchpointId: touchpoint,
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect(created.json().author.id).toBe(author.id);
    for (const p of [v1, v2, v1]) expect((await p.as.post(`/api/v1/insights/${id}/votes`)).statusCode).toBe(200);
    expect((await org.as.get(`/api/v1/insights/${id}`)).json().votes).toBe(2);

    const short = await org.as.patch(`/api/v1/insights/${id}`, { status: 'done', outcome: 'Fixed' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.fields.outcome).toBeTruthy();
    const noOutcome = await org.as.patch(`/api/v1/insights/${id}`, { status: 'done' });
    expect(noOutcome.statusCode).toBe(400);
    expect(noOutcome.json().error.fields.outcome).toBeTruthy();
    expect((await author.as.patch(`/api/v1/insights/${id}`, { status: 'reviewing' })).statusCode).toBe(403);

    const done = await org.as.patch(`/api/v1/insights/${id}`, {
      status: 'done',
      outcome: 'A second till opens at rush hour from Monday',
    });
    expect(done.statusCode).toBe(200);
    expect(done.json().outcomeAt).toBeTruthy();
    const mails = await Promise.all(people.map((p) => t.waitForMail(p.email)));
    expect(mails[0]!.text).toContain('A second till opens at rush hour');
    expect(mails[1]!.subject).toContain('Сделано');
    expect(mails[2]!.subject).toContain('Направено');
    expect((await org.as.patch(`/api/v1/insights/${id}`, { status: 'planned' })).statusCode).toBe(400);
  });

  it('merges a duplicate: votes move and nobody is counted twice', async () => {
    const [a, b, c] = people as [(typeof people)[0], (typeof people)[0], (typeof people)[0]];
    const target = (await a.as.post('/api/v1/insights', { kind: 'want', title: 'Oat milk for coffee' })).json().id;
    const source = (await b.as.post('/api/v1/insights', { kind: 'want', title: 'Plant milk please' })).json().id;
    await c.as.post(`/api/v1/insights/${target}/votes`);
    await c.as.post(`/api/v1/insights/${source}/votes`);
    const merged = await org.as.patch(`/api/v1/insights/${source}`, { mergedInto: target });
    expect(merged.statusCode).toBe(200);
    expect(merged.json()).toMatchObject({ status: 'duplicate', mergedIntoId: target, votes: 0 });
    // c once, b (the duplicate's author) once; a is the target's author.
    expect((await org.as.get(`/api/v1/insights/${target}`)).json().votes).toBe(2);
    const count = await t.database.pool.query(`select count(*)::int n from insight_votes where insight_id = $1`, [
      target,
    ]);
    expect(count.rows[0].n).toBe(2);
    expect((await org.as.patch(`/api/v1/insights/${target}`, { mergedInto: target })).statusCode).toBe(400);
  });

  it('keeps an anonymous post at organisation level where the location has fewer than 5 staff', async () => {
    const anon = await people[0]!.as.post('/api/v1/insights', {
      kind: 'idea',
      title: 'Music is too loud in the evening',
      locationId: location,
      anonymous: true,
    });
    expect(anon.json()).toMatchObject({ anonymous: true, author: null, locationId: null });
    const stored = await t.database.pool.query(`select author_id from insights where id = $1`, [anon.json().id]);
    expect(stored.rows[0].author_id).toBeNull();
    const atLocation = (await org.as.get(`/api/v1/insights?locationId=${location}`)).json().items;
    expect(atLocation.map((i: { id: string }) => i.id)).not.toContain(anon.json().id);
  });

  it('answers bad input with 400 and a field per problem', async () => {
    const res = await org.as.post('/api/v1/insights', { kind: 'rant', title: 'x', locationId: 'nope' });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(['kind', 'locationId', 'title']);
  });

  it('serves the staff form at /i/{token} without JavaScript, and a revoked link stops working', async () => {
    const link = (await org.as.post('/api/v1/insight-links', { staffId: people[1]!.id })).json();
    // The poster's QR is the QR of exactly this link.
    expect(Buffer.from(link.qr.replace('data:image/svg+xml;base64,', ''), 'base64').toString()).toBe(
      await qrSvg(link.url),
    );
    const path = new URL(link.url).pathname;
    const page = await t.app.inject({ method: 'GET', url: path });
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('<script');
    expect(page.body).toContain('Barista 1');
    const posted = await t.app.inject({
      method: 'POST',
      url: path,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'kind=irritant&title=No+card+payment+on+the+terrace&anonymous=1',
    });
    expect(posted.statusCode).toBe(303);
    const after = await t.app.inject({ method: 'GET', url: posted.headers.location as string });
    expect(after.body).toContain('No card payment on the terrace');
    await org.as.post('/api/v1/insight-links', { staffId: people[1]!.id });
    expect((await t.app.inject({ method: 'GET', url: path })).statusCode).toBe(404);
  });

  it('refuses a post to /i/{token} from another site, and slows a script down with a 429 in the page’s language', async () => {
    const link = (await org.as.post('/api/v1/insight-links', { staffId: people[2]!.id })).json();
    const path = new URL(link.url).pathname;
    const form = (url: string, payload: string, headers: Record<string, string> = {}, remoteAddress = '127.0.0.1') =>
      t.app.inject({
        method: 'POST',
        url,
        payload,
        remoteAddress,
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      });
    const title = 'title=Posted+from+elsewhere&kind=idea';
    expect((await form(path, title, { origin: 'https://evil.example' })).statusCode).toBe(403);
    expect((await form(path, title, { 'sec-fetch-site': 'cross-site', origin: 'null' })).statusCode).toBe(403);
    const before = (await org.as.get('/api/v1/insights')).json();
    expect(JSON.stringify(before)).not.toContain('Posted from elsewhere');
    // The page's own post: Chromium sends Origin: null under no-referrer, and Sec-Fetch-Site says it is ours.
    const page = (await t.app.inject({ method: 'GET', url: path })).body;
    const action = page.match(/<form class="card" method="post" action="([^"]+)"/)![1]!;
    expect(action).toBe(`${path}?lang=bg`);
    const own = { 'sec-fetch-site': 'same-origin', origin: 'null' };
    const codes: number[] = [];
    for (let i = 2; i < LINK_POSTS_PER_WINDOW; i++) codes.push((await form(action, 'kind=idea', own)).statusCode);
    expect(codes.every((c) => c === 400)).toBe(true);
    const limited = await form(action, 'kind=idea&title=One+more', own);
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeTruthy();
    expect(limited.body).toContain('Твърде много публикации');
    expect((await form(path, 'kind=idea', { 'accept-language': 'ru' })).body).toContain('Слишком много сообщений');
    expect((await t.app.inject({ method: 'GET', url: path })).statusCode).toBe(200);
    // A language typed into the query never reaches the Location header as typed (a line break there was a 500).
    const odd = await form(`${path}?lang=bg%0D%0AX-Evil:1`, 'kind=idea&title=Odd+language', own, '203.0.113.9');
    expect(odd.statusCode).toBe(303);
    expect(odd.headers.location).toMatch(/^\/i\/[^\s]+\?posted=[\w-]+&lang=bg$/);
  });

  it('shows evidence (customer comments on the topic at the location, cases with the root cause) and the figures', async () => {
    const survey = (
      await org.as.post('/api/v1/surveys', {
        name: 'After visit',
        languages: ['en'],
        questions: [
          { id: 'nps', type: 'nps', text: { en: 'Recommend?' }, required: true },
          { id: 'why', type: 'text', text: { en: 'Why?' } },
        ],
      })
    ).json();
    for (const [nps, why] of [
      [3, 'The queue was long and the wait took forever'],
      [9, 'Lovely staff'],
    ] as const)
      await org.as.post('/api/v1/responses', {
        surveyId: survey.id,
        locationId: location,
        touchpointId: touchpoint,
        answers: { nps, why },
      });
    await t.runTextLabelling();
    const rootCause = (await org.as.get('/api/v1/root-causes')).json().items[0].id;
    const theCase = (
      await org.as.post('/api/v1/cases', { title: 'Queue complaint', source: 'phone', locationId: location })
    ).json();
    await org.as.patch(`/api/v1/cases/${theCase.id}`, { rootCauseId: rootCause });
    const post = await people[2]!.as.post('/api/v1/insights', {
      kind: 'irritant',
      title: 'The queue is long and people wait',
      locationId: location,
      touchpointId: touchpoint,
      rootCauseId: rootCause,
    });
    expect(post.json().topics).toContain('wait_time');
    const detail = (await org.as.get(`/api/v1/insights/${post.json().id}`)).json();
    expect(detail.evidence.customerComments.count).toBe(1);
    expect(detail.evidence.customerComments.items[0].comment).toMatch(/queue/);
    expect(detail.evidence.cases.map((c: { id: string }) => c.id)).toContain(theCase.id);

    const figures = (await org.as.get('/api/v1/insights/figures')).json();
    const here = figures.perLocation.find((l: { locationId: string }) => l.locationId === location);
    // Direct count: the staff posts named at this location (the anonymous one stays organisation-level).
    const direct = await t.database.pool.query(
      `select count(*)::int n from insights where location_id = $1 and not anonymous`,
      [location],
    );
    expect(here.insights).toBe(direct.rows[0].n);
    expect(here.staff).toBe(3);
    const irritant = figures.topIrritants.find((r: { touchpointId: string }) => r.touchpointId === touchpoint);
    expect(irritant).toMatchObject({ nps: 0, npsN: 2 }); // one promoter, one detractor
  });
});

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { analyze } from './analyzer/analyze.ts';
import { DEFAULT_TAXONOMY } from './analyzer/taxonomy.ts';
import { startTextLabelling } from './labelling.ts';

let t: TestApp;
let org: Awaited<ReturnType<TestApp['newOrg']>>;
let surveyId: string;

const SURVEY = {
  name: 'Visit',
  languages: ['en', 'ru'],
  questions: [
    { id: 'nps', type: 'nps', text: { en: 'Recommend?', ru: 'Порекомендуете?' }, required: true },
    { id: 'why', type: 'text', text: { en: 'Why?', ru: 'Почему?' } },
  ],
};

const respond = async (
  o: typeof org,
  survey: string,
  nps: number,
  why?: string,
  extra: Record<string, unknown> = {},
) => {
  const res = await o.as.post('/api/v1/responses', {
    surveyId: survey,
    answers: why === undefined ? { nps } : { nps, why },
    ...extra,
  });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string };
};
const get = async (o: typeof org, id: string) => (await o.as.get(`/api/v1/responses/${id}`)).json();

beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg();
  surveyId = (await org.as.post('/api/v1/surveys', SURVEY)).json().id;
});
afterAll(() => t.close());

describe('labelling responses', () => {
  it('labels a new response within a second through the sweeper at its real interval', async () => {
    const sweeper = startTextLabelling(t.database.pool);
    try {
      const started = Date.now();
      const { id } = await respond(org, surveyId, 3, 'Ждали 40 минут, администратор нахамил 😡');
      let got = await get(org, id);
      while (!got.textAnalyzedAt && Date.now() - started < 3000) {
        await new Promise((r) => setTimeout(r, 50));
        got = await get(org, id);
      }
      // The sweeper's latency as the database saw it, from the response stored to its labels stored: the
      // test's own requests, slow on a busy machine, are not part of it.
      expect(got.textAnalyzedAt).not.toBeNull();
      expect(Date.parse(got.textAnalyzedAt) - Date.parse(got.createdAt)).toBeLessThan(1000);
      expect(got).toMatchObject({
        sentiment: 'negative',
        textEmotion: 'anger',
        textLanguage: 'ru',
        textSource: 'builtin',
      });
      expect(got.sentimentScore).toBeLessThan(0);
      expect(got.topics).toEqual(expect.arrayContaining(['wait_time', 'staff_attitude']));
      const comment = got.comment as string;
      for (const e of got.textEvidence) expect(comment.slice(e.start, e.end)).toBe(e.text);
    } finally {
      await sweeper.stop();
    }
  });

  it('leaves responses without a comment alone and labels each comment once', async () => {
    const bare = await respond(org, surveyId, 9);
    const withComment = await respond(org, surveyId, 10, 'Great staff, thank you!');
    await t.runTextLabelling();
    expect(await get(org, bare.id)).toMatchObject({ sentiment: null, topics: null, textAnalyzedAt: null });
    const first = await get(org, withComment.id);
    expect(first).toMatchObject({ sentiment: 'positive', textEmotion: 'gratitude' });
    await t.runTextLabelling();
    expect((await get(org, withComment.id)).textAnalyzedAt).toBe(first.textAnalyzedAt);
  });

  it('filters the list by sentiment and by topic', async () => {
    const other = await t.newOrg();
    const s = (await other.as.post('/api/v1/surveys', SURVEY)).json().id;
    const bad = await respond(other, s, 2, 'The bill was wrong, charged twice');
    const good = await respond(other, s, 10, 'Lovely cosy place');
    await t.runTextLabelling();
    const ids = async (q: string) =>
      (await other.as.get(`/api/v1/responses?${q}`)).json().items.map((r: { id: string }) => r.id);
    expect(await ids('sentiment=negative')).toEqual([bad.id]);
    expect(await ids('sentiment=positive')).toEqual([good.id]);
    expect(await ids('topic=billing')).toEqual([bad.id]);
    expect(await ids('topic=ambience&sentiment=positive')).toEqual([good.id]);
    expect((await other.as.get('/api/v1/responses?sentiment=angry')).statusCode).toBe(400);
  });
});

describe('corrections', () => {
  it('keeps a manual label, even through a relabel, and applies what it taught to a similar new comment', async () => {
    const o = await t.newOrg();
    const s = (await o.as.post('/api/v1/surveys', SURVEY)).json().id;
    const { id } = await respond(o, s, 5, 'Кофе как из болота');
    await t.runTextLabelling();
    expect(await get(o, id)).toMatchObject({ sentiment: 'neutral', textSource: 'builtin' });

    const res = await o.as.post(`/api/v1/responses/${id}/labels`, {
      sentiment: 'negative',
      emotion: 'disappointment',
      topics: ['product_quality'],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      sentiment: 'negative',
      textEmotion: 'disappointment',
      topics: ['product_quality'],
      textSource: 'manual',
    });
    expect(res.json().learnt).toContainEqual(
      expect.objectContaining({ lang: 'ru', kind: 'sentiment', term: 'болот*', weight: -2 }),
    );

    // The organisation's analyser uses it at once, in the API and in the sweeper…
    expect((await o.as.post('/api/v1/text/analyze', { text: 'Чай тоже как из болота' })).json().sentiment).toBe(
      'negative',
    );
    const similar = await respond(o, s, 6, 'Чай тоже как из болота');
    await t.runTextLabelling();
    expect(await get(o, similar.id)).toMatchObject({ sentiment: 'negative', textSource: 'builtin' });
    // …and only that organisation's: another gets the shipped analyser's verdict, untaught.
    const other = (await org.as.post('/api/v1/text/analyze', { text: 'Чай тоже как из болота' })).json().sentiment;
    expect(other).toBe(analyze('Чай тоже как из болота').sentiment);
    expect(other).not.toBe('negative');

    // A relabel keeps the manual label.
    const tax = (await o.as.get('/api/v1/text/taxonomy')).json();
    expect(
      (await o.as.call('PUT', '/api/v1/text/taxonomy', { topics: tax.topics, fallback: tax.fallback })).statusCode,
    ).toBe(200);
    await t.runTextLabelling();
    expect(await get(o, id)).toMatchObject({
      sentiment: 'negative',
      textEmotion: 'disappointment',
      topics: ['product_quality'],
      textSource: 'manual',
    });
  });

  it('refuses an unknown topic, an empty correction and a response without a comment', async () => {
    const { id } = await respond(org, surveyId, 8, 'ok');
    expect((await org.as.post(`/api/v1/responses/${id}/labels`, { topics: ['no_such_topic'] })).statusCode).toBe(400);
    expect((await org.as.post(`/api/v1/responses/${id}/labels`, {})).statusCode).toBe(400);
    const bare = await respond(org, surveyId, 8);
    expect((await org.as.post(`/api/v1/responses/${bare.id}/labels`, { sentiment: 'positive' })).statusCode).toBe(400);
    expect(
      (await org.as.post('/api/v1/responses/00000000-0000-7000-8000-000000000000/labels', { sentiment: 'positive' }))
        .statusCode,
    ).toBe(404);
  });
});

describe('organisation taxonomy', () => {
  it('starts with the default taxonomy; a change relabels past comments in the background with progress', async () => {
    const o = await t.newOrg();
    const s = (await o.as.post('/api/v1/surveys', SURVEY)).json().id;
    const got = (await o.as.get('/api/v1/text/taxonomy')).json();
    expect(got).toMatchObject({ isDefault: true, fallback: 'other' });
    expect(got.topics.map((x: { id: string }) => x.id)).toEqual(DEFAULT_TAXONOMY.topics.map((x) => x.id));
    expect((await o.as.get('/api/v1/text/relabel-status')).json()).toEqual({ run: null });

    const a = await respond(o, s, 4, 'No parking anywhere near, drove around for ages');
    const b = await respond(o, s, 6, 'Парковки нет, кружили полчаса');
    await respond(o, s, 9);
    await t.runTextLabelling();
    expect((await get(o, a.id)).topics).not.toContain('parking');

    const topics = [
      ...got.topics,
      {
        id: 'parking',
        kind: 'service',
        terms: { en: ['parking', 'park', 'car park'], ru: ['парковк*', 'припарков*'], bg: ['паркинг*', 'паркира*'] },
      },
    ];
    const put = await o.as.call('PUT', '/api/v1/text/taxonomy', { topics, fallback: 'other' });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ isDefault: false, relabel: { total: 2, done: 0, state: 'running' } });
    expect((await o.as.get('/api/v1/text/relabel-status')).json().run).toMatchObject({
      total: 2,
      done: 0,
      state: 'running',
    });

    await t.runTextLabelling();
    const status = (await o.as.get('/api/v1/text/relabel-status')).json().run;
    expect(status).toMatchObject({ total: 2, done: 2, state: 'done' });
    expect(status.finishedAt).toBeTruthy();
    expect((await get(o, a.id)).topics).toContain('parking');
    expect((await get(o, b.id)).topics).toContain('parking');
    expect((await o.as.get('/api/v1/text/taxonomy')).json().topics.at(-1)).toMatchObject({
      id: 'parking',
      kind: 'service',
    });
    expect(
      (await o.as.post('/api/v1/text/analyze', { text: 'Нормально припарковаться невозможно' })).json().topics,
    ).toContain('parking');
  });

  it('refuses duplicate ids, a missing fallback and a root shorter than three letters', async () => {
    const bad = [
      {
        topics: [
          { id: 'a', kind: 'service', terms: {} },
          { id: 'a', kind: 'brand', terms: {} },
        ],
        fallback: 'a',
      },
      { topics: [{ id: 'a', kind: 'service', terms: {} }] },
      {
        topics: [
          { id: 'a', kind: 'service', terms: { en: ['ab*'] } },
          { id: 'other', kind: 'brand', terms: {} },
        ],
      },
      { topics: [{ id: 'Bad Id', kind: 'service', terms: {} }] },
    ];
    for (const body of bad)
      expect((await org.as.call('PUT', '/api/v1/text/taxonomy', body)).statusCode, JSON.stringify(body)).toBe(400);
    expect((await org.as.get('/api/v1/text/taxonomy')).json().isDefault).toBe(true);
  });

  it('lets staff read it but not change it', async () => {
    const key = await t.keyFor(org.orgId, 'staff');
    const staff = t.as(key);
    expect((await staff.get('/api/v1/text/taxonomy')).statusCode).toBe(200);
    expect(
      (await staff.call('PUT', '/api/v1/text/taxonomy', { topics: [{ id: 'other', kind: 'brand', terms: {} }] }))
        .statusCode,
    ).toBe(403);
  });
});

describe('GET /api/v1/text/topics', () => {
  it('shows the topics that drive detractors, with sentiment, NPS, shares, change and examples', async () => {
    const o = await t.newOrg();
    const s = (await o.as.post('/api/v1/surveys', SURVEY)).json().id;
    const now = Date.now();
    const at = (daysAgo: number) => new Date(now - daysAgo * 86_400_000).toISOString();
    const items: [number, string, number][] = [
      [1, 'We waited 50 minutes for a table', 2],
      [2, 'Waited forever, nobody came', 3],
      [3, 'Slow service, long queue', 5],
      [4, 'Endless waiting, awful', 1],
      [5, 'The staff were lovely and so friendly', 10],
      [6, 'Friendly waiter, great food', 9],
      [7, 'Prices are a bit high', 7],
      // The previous period: fewer complaints about waiting.
      [40, 'We waited a while', 6],
      [41, 'Lovely staff', 10],
    ];
    for (const [daysAgo, why, nps] of items) await respond(o, s, nps, why, { submittedAt: at(daysAgo) });
    await t.runTextLabelling();

    const res = await o.as.get(
      `/api/v1/text/topics?from=${encodeURIComponent(at(30))}&to=${encodeURIComponent(at(0))}`,
    );
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ comments: 7, detractors: 4, promoters: 2 });
    const wait = body.topics[0];
    expect(wait).toMatchObject({
      topic: 'wait_time',
      kind: 'service',
      count: 4,
      npsN: 4,
      nps: -100,
      detractorShare: 1,
      promoterShare: 0,
    });
    expect(wait.sentiment.negative).toBe(4);
    expect(wait.share).toBeCloseTo(4 / 7, 3);
    expect(wait.previous).toEqual({ count: 1, share: 0.5 });
    expect(wait.change.count).toBe(3);
    expect(wait.examples).toHaveLength(3);
    for (const e of wait.examples)
      expect(e).toMatchObject({ sentiment: 'negative', comment: expect.any(String), id: expect.any(String) });
    const attitude = body.topics.find((x: { topic: string }) => x.topic === 'staff_attitude');
    expect(attitude).toMatchObject({ promoterShare: 1 });
    expect(attitude.nps).toBeGreaterThan(0);

    // Narrowed to a location with nothing: empty, not an error.
    const loc = (await o.as.post('/api/v1/locations', { name: 'Empty' })).json().id;
    expect((await o.as.get(`/api/v1/text/topics?locationId=${loc}`)).json()).toMatchObject({ comments: 0, topics: [] });
    expect(
      (await o.as.get(`/api/v1/text/topics?from=${encodeURIComponent(at(0))}&to=${encodeURIComponent(at(5))}`))
        .statusCode,
    ).toBe(400);
  });
});

describe('external classifier', () => {
  it('labels with an OpenAI-compatible endpoint when switched on, and falls back to the built-in analyser on failure or timeout', async () => {
    let mode: 'ok' | 'fail' | 'slow' = 'ok';
    const seen: { auth?: string; body: { model: string; messages: { role: string; content: string }[] } }[] = [];
    // The slow answer comes long after the 2 s timeout, so a loaded machine cannot blur the two.
    const SLOW_MS = 10_000;
    const late: NodeJS.Timeout[] = [];
    const server = http.createServer((req, res) => {
      let raw = '';
      req.on('data', (c) => (raw += c));
      req.on('end', () => {
        if (req.url !== '/v1/chat/completions' || req.method !== 'POST') return void res.writeHead(404).end();
        seen.push({ auth: req.headers.authorization, body: JSON.parse(raw) });
        if (mode === 'fail') return void res.writeHead(500).end('boom');
        const answer = () => {
          const content = JSON.stringify({
            sentiment: 'positive',
            score: 0.9,
            emotion: 'joy',
            topics: ['ambience', 'not_a_topic'],
          });
          res
            .writeHead(200, { 'content-type': 'application/json' })
            .end(JSON.stringify({ choices: [{ message: { role: 'assistant', content } }] }));
        };
        if (mode === 'slow') late.push(setTimeout(answer, SLOW_MS));
        else answer();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const o = await t.newOrg();
      const s = (await o.as.post('/api/v1/surveys', SURVEY)).json().id;
      expect((await o.as.get('/api/v1/text/settings')).json()).toEqual({
        external: { enabled: false, url: null, model: null, hasKey: false },
      });
      expect((await o.as.call('PUT', '/api/v1/text/settings', { external: { enabled: true } })).statusCode).toBe(400);
      const put = await o.as.call('PUT', '/api/v1/text/settings', {
        external: { enabled: true, url, model: 'local-llm', apiKey: 'sk-local' },
      });
      expect(put.statusCode).toBe(200);
      expect(put.json()).toEqual({ external: { enabled: true, url, model: 'local-llm', hasKey: true } });
      expect(put.body).not.toContain('sk-local');

      const ok = await respond(o, s, 9, 'Nice music and a cosy terrace');
      await t.runTextLabelling();
      expect(await get(o, ok.id)).toMatchObject({
        sentiment: 'positive',
        sentimentScore: 0.9,
        textEmotion: 'joy',
        topics: ['ambience'],
        textSource: 'external',
        textLanguage: 'en',
      });
      expect(seen.at(-1)).toMatchObject({ auth: 'Bearer sk-local', body: { model: 'local-llm' } });
      expect(seen.at(-1)!.body.messages.at(-1)!.content).toBe('Nice music and a cosy terrace');

      mode = 'fail';
      const failed = await respond(o, s, 2, 'Rude staff, dirty tables');
      await t.runTextLabelling();
      expect(await get(o, failed.id)).toMatchObject({ sentiment: 'negative', textSource: 'builtin' });

      mode = 'slow';
      const slow = await respond(o, s, 2, 'Terrible, rude waiter');
      const started = Date.now();
      await t.runTextLabelling();
      expect(Date.now() - started).toBeLessThan(SLOW_MS - 1000);
      expect(await get(o, slow.id)).toMatchObject({ sentiment: 'negative', textSource: 'builtin' });

      await o.as.call('PUT', '/api/v1/text/settings', { external: { enabled: false } });
      mode = 'ok';
      const off = await respond(o, s, 2, 'Terrible, rude waiter');
      const calls = seen.length;
      await t.runTextLabelling();
      expect(seen.length).toBe(calls);
      expect(await get(o, off.id)).toMatchObject({ sentiment: 'negative', textSource: 'builtin' });
    } finally {
      late.forEach(clearTimeout);
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });
});

describe('a comment that changes', () => {
  it('is labelled again when a partial response gets a new comment, unless a manager labelled it', async () => {
    const { updateAnswers } = await import('../responses/responses.repo.ts');
    const o = await t.newOrg();
    const s = (await o.as.post('/api/v1/surveys', SURVEY)).json().id;
    const { id } = await respond(o, s, 9, 'Great staff');
    await t.runTextLabelling();
    expect(await get(o, id)).toMatchObject({ sentiment: 'positive' });
    await updateAnswers(t.db, o.orgId, id, { comment: 'Actually the waiter was rude' });
    expect((await get(o, id)).textAnalyzedAt).toBeNull();
    await t.runTextLabelling();
    expect(await get(o, id)).toMatchObject({ sentiment: 'negative', textSource: 'builtin' });
    // The same comment again changes nothing; a manual label survives a new comment.
    const labelled = (await get(o, id)).textAnalyzedAt;
    await updateAnswers(t.db, o.orgId, id, { comment: 'Actually the waiter was rude' });
    expect((await get(o, id)).textAnalyzedAt).toBe(labelled);
    await o.as.post(`/api/v1/responses/${id}/labels`, { sentiment: 'neutral' });
    await updateAnswers(t.db, o.orgId, id, { comment: 'Whatever' });
    await t.runTextLabelling();
    expect(await get(o, id)).toMatchObject({ sentiment: 'neutral', textSource: 'manual' });
  });
});

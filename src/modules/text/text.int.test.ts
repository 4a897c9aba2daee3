import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('POST /api/v1/text/analyze', () => {
  it('labels one comment with evidence that points into the text', async () => {
    const { as } = await t.newOrg();
    const text = 'Еда вкусная, но ждали горячее 40 минут, официант нахамил 😡';
    const res = await as.post('/api/v1/text/analyze', { text });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ lang: 'ru', sentiment: 'negative', emotion: 'anger' });
    expect(body.topics).toEqual(expect.arrayContaining(['wait_time', 'staff_attitude', 'product_quality']));
    expect(body.score).toBeLessThan(0);
    for (const e of body.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('labels a batch by id and honours a given language', async () => {
    const { as } = await t.newOrg();
    const res = await as.post('/api/v1/text/analyze', {
      items: [
        { id: 'a', text: 'Not bad at all, quick and friendly' },
        { id: 'b', text: 'Не е лошо, персоналът е любезен', lang: 'bg' },
        { id: 'c', text: '👍👍' },
      ],
    });
    expect(res.statusCode).toBe(200);
    expect(
      res.json().items.map((i: { id: string; lang: string; sentiment: string }) => [i.id, i.lang, i.sentiment]),
    ).toEqual([
      ['a', 'en', 'positive'],
      ['b', 'bg', 'positive'],
      ['c', 'other', 'positive'],
    ]);
  });

  it('answers 400 on a body that is neither shape, and on more than 1,000 items', async () => {
    const { as } = await t.newOrg();
    for (const body of [
      {},
      { text: 42 },
      { items: [] },
      { items: [{ text: 'no id' }] },
      { text: 'x', extra: true },
      { items: Array.from({ length: 1001 }, (_, i) => ({ id: String(i), text: 'ok' })) },
    ]) {
      const res = await as.post('/api/v1/text/analyze', body);
      expect(res.statusCode, JSON.stringify(body).slice(0, 60)).toBe(400);
      expect(res.json().error.code).toBe('invalid');
    }
  });

  it('needs credentials', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/text/analyze', payload: { text: 'hello' } });
    expect(res.statusCode).toBe(401);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { evaluateResponses } from './case-engine.ts';

/** Rules on the comment's sentiment and emotion: they need the text labels, so the engine waits for them. */
let t: TestApp;
let org: Awaited<ReturnType<TestApp['newOrg']>>;
let surveyId: string;

const answer = async (nps: number, why?: string) => {
  const res = await org.as.post('/api/v1/responses', { surveyId, answers: why === undefined ? { nps } : { nps, why } });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string };
};
const casesOf = async () =>
  (await org.as.get('/api/v1/cases?view=all')).json().items as { responseId: string; ruleId: string }[];

beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg();
  surveyId = (
    await org.as.post('/api/v1/surveys', {
      name: 'Visit',
      languages: ['ru'],
      questions: [
        { id: 'nps', type: 'nps', text: { ru: 'Порекомендуете?' }, required: true },
        { id: 'why', type: 'text', text: { ru: 'Почему?' } },
      ],
    })
  ).json().id;
});
afterAll(() => t.close());

describe('case rules on text labels', () => {
  it('opens a case on negative sentiment, only once the comment is labelled', async () => {
    const rule = (
      await org.as.post('/api/v1/case-rules', {
        name: 'Negative comment',
        conditions: { sentiment: 'negative' },
        priority: 'high',
      })
    ).json();
    expect(rule.id).toBeTruthy();
    // A passive score, so the default detractor rule does not fire: only the comment can open the case.
    const angry = await answer(8, 'ужасное обслуживание, больше не приду');
    const happy = await answer(8, 'Всё понравилось, спасибо!');

    // Unlabelled comments wait (up to 10 s) instead of being judged without their sentiment.
    const deps = {
      pool: t.database.pool,
      jobs: { send: async () => {} } as never,
      baseUrl: () => 'http://zabota.test',
    };
    await evaluateResponses(deps);
    const { rows } = await t.database.pool.query<{ id: string; checked: boolean }>(
      `select id, cases_checked_at is not null as checked from responses where id = any($1::uuid[])`,
      [[angry.id, happy.id]],
    );
    expect(rows.every((r) => !r.checked)).toBe(true);
    expect(await casesOf()).toEqual([]);

    await t.runTextLabelling();
    await t.runCaseEngine();
    const cases = await casesOf();
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ responseId: angry.id, ruleId: rule.id, priority: 'high', source: 'rule' });
  });

  it('opens a case on an emotion the analyser read in the comment', async () => {
    const rule = (
      await org.as.post('/api/v1/case-rules', {
        name: 'Anger',
        conditions: { emotions: ['anger'] },
        priority: 'urgent',
      })
    ).json();
    const r = await answer(7, 'Администратор нахамил, это возмутительно!');
    await t.runCaseEngine();
    expect((await casesOf()).find((c) => c.responseId === r.id)).toMatchObject({ ruleId: rule.id, priority: 'urgent' });
  });

  it('does not hold back a response without a comment', async () => {
    const r = await answer(2);
    const deps = {
      pool: t.database.pool,
      jobs: { send: async () => {} } as never,
      baseUrl: () => 'http://zabota.test',
    };
    await evaluateResponses(deps);
    const { rows } = await t.database.pool.query<{ checked: boolean }>(
      `select cases_checked_at is not null as checked from responses where id = $1`,
      [r.id],
    );
    expect(rows[0]!.checked).toBe(true);
  });
});

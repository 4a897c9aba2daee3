import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

describe('GET /surveys/:id/results', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('counts every answer of every question, equal to a direct count of the rows', async () => {
    const org = await t.newOrg();
    const survey = await org.as.post('/api/v1/surveys', {
      name: 'After the visit',
      languages: ['en'],
      questions: [
        { id: 'nps', type: 'nps', text: { en: 'Recommend?' }, required: true },
        {
          id: 'liked',
          type: 'multi',
          text: { en: 'What did you like?' },
          options: [
            { id: 'staff', text: { en: 'Staff' } },
            { id: 'price', text: { en: 'Price' } },
            { id: 'place', text: { en: 'Place' } },
          ],
        },
        { id: 'why', type: 'text', text: { en: 'Why?' } },
      ],
    });
    expect(survey.statusCode, survey.body).toBe(201);
    const surveyId = survey.json().id as string;
    const answers = [
      { nps: 10, liked: ['staff', 'price'], why: 'Great' },
      { nps: 9, liked: ['staff'] },
      { nps: 3, why: 'Slow' },
      { nps: 10 },
    ];
    for (const [i, a] of answers.entries()) {
      const r = await org.as.post('/api/v1/responses', {
        surveyId,
        answers: a,
        submittedAt: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
      });
      expect(r.statusCode, r.body).toBe(201);
    }
    // One left half-way: counted as a response, not as complete.
    await t.db.execute(sql`update responses set status = 'partial' where org_id = ${org.orgId} and nps = 3`);

    const res = await org.as.get(`/api/v1/surveys/${surveyId}/results`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ responses: 4, complete: 3, partial: 1, completionRate: 0.75 });
    const [nps, liked, why] = body.questions;
    expect(nps.answered).toBe(4);
    expect(nps.distribution.map((d: { n: number }) => d.n)).toEqual([0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 2]);
    expect(nps.mean).toBe(8);
    expect(liked).toMatchObject({
      answered: 2,
      distribution: [
        { value: 'staff', n: 2 },
        { value: 'price', n: 1 },
        { value: 'place', n: 0 },
      ],
    });
    expect(why.answered).toBe(2);
    expect(why.latest.map((l: { text: string }) => l.text)).toEqual(['Slow', 'Great']);

    // The same figures as a count straight from the table.
    const { rows } = await t.db.execute<{ n: number }>(
      sql`select count(*)::int as n from responses where org_id = ${org.orgId} and (answers->>'nps')::int >= 9`,
    );
    expect(nps.distribution.slice(9).reduce((s: number, d: { n: number }) => s + d.n, 0)).toBe(rows[0]!.n);

    const unknown = await org.as.get('/api/v1/surveys/00000000-0000-7000-8000-000000000000/results');
    expect(unknown.statusCode).toBe(404);
  });
});

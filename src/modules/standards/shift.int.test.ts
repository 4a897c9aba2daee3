import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

/**
 * Shift on interactions (API, CSV import) and compliance by shift beside the NPS and CSAT of that
 * shift's interactions: every figure equals a direct count of the rows.
 */
let t: TestApp;
let org: Awaited<ReturnType<TestApp['newOrg']>>;
const ids = {} as Record<'location' | 'tp' | 'survey' | 'checklist' | 'item', string>;

beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg('Shift café');
  ids.location = (await org.as.post('/api/v1/locations', { name: 'Corner' })).json().id;
  ids.tp = (await org.as.post('/api/v1/touchpoints', { name: 'Counter', kind: 'service', stage: 'service' })).json().id;
  ids.survey = (
    await org.as.post('/api/v1/surveys', {
      name: 'Visit',
      languages: ['en'],
      questions: [
        { id: 'nps', type: 'nps', text: { en: 'Recommend?' }, required: true },
        { id: 'csat', type: 'csat', text: { en: 'Satisfied?' } },
      ],
    })
  ).json().id;
  const checklist = (
    await org.as.post('/api/v1/checklists', {
      name: 'Counter check',
      touchpointId: ids.tp,
      items: [{ text: { en: 'Greeted' } }],
    })
  ).json();
  ids.checklist = checklist.id;
  ids.item = checklist.items[0].id;
});
afterAll(() => t.close());

describe('shift on interactions', () => {
  it('is kept from the API and from a CSV (in ru and bg words too), filters the list, and a bad one is a field error', async () => {
    const created = await org.as.post('/api/v1/interactions', {
      occurredAt: '2026-03-02T08:00:00Z',
      locationId: ids.location,
      touchpointId: ids.tp,
      shift: 'morning',
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().shift).toBe('morning');
    const bad = await org.as.post('/api/v1/interactions', { occurredAt: '2026-03-02T08:00:00Z', shift: 'lunch' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty('shift');

    const csv = [
      'external_id,occurred_at,location,touchpoint,shift',
      'S-1,2026-03-02 19:00,Corner,Counter,вечер',
      'S-2,2026-03-03 08:00,Corner,Counter,Сутрин',
      'S-3,2026-03-03 09:00,Corner,Counter,brunch',
    ].join('\n');
    const preview = (await org.as.post('/api/v1/imports/interactions/preview', { csv })).json();
    expect(preview.mapping.shift).toBe('shift');
    const imported = (await org.as.post('/api/v1/imports/interactions', { csv })).json();
    expect(imported).toMatchObject({ created: 2, errorRows: 1 });
    expect(imported.errors[0]).toMatchObject({ line: 4, values: { shift: 'brunch' } });
    expect(imported.errors[0].fields).toHaveProperty('shift');

    const list = (await org.as.get('/api/v1/interactions?shift=morning&limit=100')).json().items;
    const { rows } = await t.database.pool.query(
      `select id::text from interactions where org_id = $1 and shift = 'morning' order by occurred_at desc, id desc`,
      [org.orgId],
    );
    expect(list.map((i: { id: string }) => i.id)).toEqual(rows.map((r) => r.id));
    expect(rows).toHaveLength(2);
  });
});

describe('compliance by shift', () => {
  it('stands beside the NPS and CSAT of the same shift, each equal to a direct count', async () => {
    // Evening: two promoters and a detractor; morning: one detractor; day: no interaction's shift.
    const visits: [string, number, number][] = [
      ['evening', 10, 5],
      ['evening', 9, 4],
      ['evening', 3, 2],
      ['morning', 2, 1],
      ['day', 10, 5],
    ];
    for (const [i, [shift, nps, csat]] of visits.entries()) {
      const interaction = (
        await org.as.post('/api/v1/interactions', {
          occurredAt: `2026-03-0${i + 1}T12:00:00Z`,
          locationId: ids.location,
          touchpointId: ids.tp,
          ...(shift === 'day' ? {} : { shift }),
        })
      ).json();
      const res = await org.as.post('/api/v1/responses', {
        surveyId: ids.survey,
        interactionId: interaction.id,
        locationId: ids.location,
        touchpointId: ids.tp,
        answers: { nps, csat },
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    for (const [shift, result] of [
      ['evening', 'pass'],
      ['morning', 'fail'],
      ['morning', 'pass'],
    ] as const) {
      const audit = (
        await org.as.post('/api/v1/audits', {
          checklistId: ids.checklist,
          locationId: ids.location,
          shift,
          kind: 'manager',
        })
      ).json();
      await org.as.call('PUT', `/api/v1/audits/${audit.id}/answers/${ids.item}`, { result });
      await org.as.post(`/api/v1/audits/${audit.id}/submit`);
    }

    const figures = (await org.as.get('/api/v1/metrics/compliance?by=shift')).json();
    expect(figures.items.map((i: { key: string }) => i.key)).toEqual(['evening', 'morning']);
    const { rows: direct } = await t.database.pool.query<{
      shift: string;
      n: number;
      promoters: number;
      detractors: number;
      csat_n: number;
      csat_top: number;
    }>(
      `select i.shift::text as shift, count(r.nps)::int as n, count(*) filter (where r.nps >= 9)::int as promoters,
              count(*) filter (where r.nps <= 6)::int as detractors, count(r.csat)::int as csat_n,
              count(*) filter (where r.csat >= 4)::int as csat_top
         from responses r join interactions i on i.org_id = r.org_id and i.id = r.interaction_id
        where r.org_id = $1 and i.shift is not null group by 1`,
      [org.orgId],
    );
    const of = (s: string) => direct.find((d) => d.shift === s)!;
    const evening = figures.items.find((i: { key: string }) => i.key === 'evening');
    const morning = figures.items.find((i: { key: string }) => i.key === 'morning');
    expect(evening).toMatchObject({ compliance: 100, n: 1, npsN: of('evening').n, csatN: of('evening').csat_n });
    expect(evening.nps).toBeCloseTo(((of('evening').promoters - of('evening').detractors) / of('evening').n) * 100, 1);
    expect(evening.csat).toBeCloseTo((of('evening').csat_top / of('evening').csat_n) * 100, 1);
    expect(morning).toMatchObject({ compliance: 50, n: 2, npsN: 1, nps: -100, csatN: 1 });
    const { rows: audits } = await t.database.pool.query(
      `select shift::text, count(*)::int as n from audits where org_id = $1 and status = 'submitted' group by 1 order by 1`,
      [org.orgId],
    );
    expect(figures.items.map((i: { key: string; n: number }) => ({ shift: i.key, n: i.n }))).toEqual(audits);
  });
});

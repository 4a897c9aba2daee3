import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

/**
 * Mystery results show staff by role and shift, never by name, by default; and they stay out of
 * figures per staff member. This fails if a staff member's name or id appears in a mystery result, the
 * audit list, or the lessons the visit assigned, or if a per-person training figure counts such a lesson.
 */
let t: TestApp;
let org: Awaited<ReturnType<TestApp['newOrg']>>;
const ids = {} as Record<'location' | 'anna' | 'checklist' | 'item' | 'lesson', string>;
let anna: ReturnType<TestApp['as']>;

beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg('Mystery bakery');
  ids.location = (await org.as.post('/api/v1/locations', { name: 'Bakery' })).json().id;
  ids.anna = (
    await org.as.post('/api/v1/staff', {
      name: 'Anna Petrova',
      email: 'anna@bakery.example',
      role: 'staff',
      position: 'Barista',
      locationIds: [ids.location],
      sendInvite: false,
    })
  ).json().id;
  anna = t.as(await t.keyFor(org.orgId, 'staff', ids.anna));
  const standardId = (await org.as.post('/api/v1/standards', { title: { en: 'Greet at once' } })).json().id;
  ids.lesson = (await org.as.post('/api/v1/lessons', { standardId, title: { en: 'Greeting' } })).json().id;
  const checklist = (
    await org.as.post('/api/v1/checklists', {
      name: 'Counter',
      items: [{ standardId, text: { en: 'Greeted at once' } }],
    })
  ).json();
  ids.checklist = checklist.id;
  ids.item = checklist.items[0].id;
  await org.as.post('/api/v1/staff-notices', { body: { en: 'Mystery visits happen. Not when.' } });
});
afterAll(() => t.close());

describe('a mystery result', () => {
  it('names no staff member, even one the request or the shopper named, and shows the shift', async () => {
    const now = Date.now();
    const created = await org.as.post('/api/v1/audits', {
      checklistId: ids.checklist,
      locationId: ids.location,
      staffId: ids.anna,
      shift: 'evening',
      kind: 'mystery',
      shopper: {
        ref: 'shopper@example.com',
        validFrom: new Date(now - 3_600_000).toISOString(),
        validTo: new Date(now + 3_600_000).toISOString(),
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const audit = created.json();
    expect(audit).toMatchObject({ staffId: null, shift: 'evening' });
    const sent = await t.app.inject({
      method: 'POST',
      url: new URL(audit.shopperUrl).pathname,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        [`item.${ids.item}`]: 'fail',
        [`comment.${ids.item}`]: 'Anna Petrova did not look up; ANNA took 2 minutes',
      }).toString(),
    });
    expect(sent.statusCode).toBe(200);

    const result = await org.as.get(`/api/v1/audits/${audit.id}`);
    expect(result.json()).toMatchObject({ status: 'submitted', staffId: null, shift: 'evening' });
    expect(result.json().answers[0].comment).toBe('[Barista] did not look up; [Barista] took 2 minutes');
    const list = await org.as.get('/api/v1/audits?kind=mystery');
    // The failed item's lesson went to everyone at the location: here Anna alone.
    const lessons = await org.as.get(`/api/v1/training-assignments?auditId=${audit.id}`);
    expect(lessons.json().items).toEqual([expect.objectContaining({ staffId: null, staffName: 'Barista' })]);
    const allLessons = await org.as.get('/api/v1/training-assignments');
    for (const body of [result.body, list.body, lessons.body, allLessons.body]) {
      expect(body).not.toMatch(/anna|petrova/i);
      expect(body).not.toContain(ids.anna);
    }
    // Anna herself sees her own lesson, to take it.
    const own = (await anna.get('/api/v1/training-assignments')).json().items;
    expect(own).toEqual([expect.objectContaining({ staffId: ids.anna, staffName: 'Anna Petrova' })]);
    // Stored as the shopper wrote it: only what the dashboard shows is masked.
    const { rows } = await t.database.pool.query(`select comment from audit_answers where audit_id = $1`, [audit.id]);
    expect(rows[0].comment).toContain('Anna Petrova');
  });

  it('stays out of figures per staff member and counts for the location', async () => {
    const byStaff = (await org.as.get('/api/v1/metrics/compliance?by=location&staffRole=staff')).json();
    expect(byStaff.items).toEqual([]);
    const byPosition = (await org.as.get('/api/v1/metrics/compliance?by=location&position=Barista')).json();
    expect(byPosition.items).toEqual([]);
    const byLocation = (await org.as.get('/api/v1/metrics/compliance?by=location')).json();
    expect(byLocation.items).toEqual([expect.objectContaining({ key: ids.location, n: 1, compliance: 0 })]);
    const { rows } = await t.database.pool.query(
      `select count(*)::int as n from audits where org_id = $1 and staff_id is not null`,
      [org.orgId],
    );
    expect(rows[0].n).toBe(0);
  });

  it('leaves the lessons it assigned out of training figures per person, and counts them per location', async () => {
    const byHand = await org.as.post('/api/v1/training-assignments', {
      lessonId: ids.lesson,
      staffIds: [ids.anna],
      dueAt: new Date(Date.now() - 86_400_000).toISOString(),
    });
    expect(byHand.statusCode, byHand.body).toBe(201);
    const byStaff = (await org.as.get('/api/v1/metrics/training?by=staff')).json();
    const byLocation = (await org.as.get('/api/v1/metrics/training?by=location')).json();
    // Anna has two lessons: the visit's and the one by hand. Only the one by hand is hers to count.
    expect(byStaff.items).toEqual([expect.objectContaining({ key: ids.anna, assigned: 1, overdue: 1 })]);
    expect(byLocation.items).toEqual([expect.objectContaining({ key: ids.location, assigned: 2 })]);
    // Every figure is a direct count of the rows it claims: per person without mystery lessons, per location all.
    const direct = async (by: 'staff_id' | 'location_id', mystery: boolean) =>
      (
        await t.database.pool.query(
          `select ta.${by}::text as key, count(*)::int as assigned,
                  (count(*) filter (where ta.status = 'passed'))::int as completed,
                  (count(*) filter (where ta.status = 'assigned' and ta.due_at < now()))::int as overdue
             from training_assignments ta left join audits a on a.org_id = ta.org_id and a.id = ta.audit_id
            where ta.org_id = $1 and ($2 or a.kind is distinct from 'mystery') group by 1 order by 1`,
          [org.orgId, mystery],
        )
      ).rows;
    const shown = (f: { items: { key: string; assigned: number; completed: number; overdue: number }[] }) =>
      f.items.map(({ key, assigned, completed, overdue }) => ({ key, assigned, completed, overdue }));
    expect(shown(byStaff)).toEqual(await direct('staff_id', false));
    expect(shown(byLocation)).toEqual(await direct('location_id', true));
  });
});

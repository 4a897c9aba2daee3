import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

/**
 * Mystery results show staff by role and shift, never by name, by default; and they stay out of
 * figures per staff member. This fails if a staff member's name or id appears in a mystery result, the
 * audit list, or the lessons the visit assigned.
 */
let t: TestApp;
let org: Awaited<ReturnType<TestApp['newOrg']>>;
const ids = {} as Record<'location' | 'anna' | 'checklist' | 'item', string>;
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
  await org.as.post('/api/v1/lessons', { standardId, title: { en: 'Greeting' } });
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
});

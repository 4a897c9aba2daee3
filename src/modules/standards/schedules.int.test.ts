import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { assignRefreshers } from '../training/refreshers.ts';
import { createDueAudits } from './schedule-engine.ts';

/** Schedules make their audits once per period, and recurring lessons come back, on an injected clock. */
let t: TestApp;
let org: Awaited<ReturnType<TestApp['newOrg']>>;
const ids = {} as Record<'location' | 'ana' | 'bo' | 'vera' | 'checklist' | 'selfChecks' | 'walks', string>;

beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg('Scheduled salon');
  await t.database.pool.query(`update orgs set time_zone = 'Europe/Sofia' where id = $1`, [org.orgId]);
  ids.location = (await org.as.post('/api/v1/locations', { name: 'Centre' })).json().id;
  const person = async (name: string, role: 'staff' | 'manager') =>
    (
      await org.as.post('/api/v1/staff', {
        name,
        email: `${name}@schedules.example`,
        role,
        locationIds: [ids.location],
        sendInvite: false,
      })
    ).json().id as string;
  ids.ana = await person('ana', 'staff');
  ids.bo = await person('bo', 'staff');
  ids.vera = await person('vera', 'manager');
  ids.checklist = (
    await org.as.post('/api/v1/checklists', { name: 'Opening', items: [{ text: { en: 'Lights on' } }] })
  ).json().id;
});
afterAll(() => t.close());

const auditsOf = async () =>
  (
    await t.database.pool.query<{ staff_id: string | null; created_by_id: string | null; kind: string; due: string }>(
      `select staff_id, created_by_id, kind, to_char(due_at at time zone 'Europe/Sofia', 'YYYY-MM-DD HH24:MI') as due
         from audits where org_id = $1 order by created_at, staff_id`,
      [org.orgId],
    )
  ).rows;

describe('audit schedules', () => {
  it('refuse a mystery schedule and a person and a role together, with fields', async () => {
    const res = await org.as.post('/api/v1/audit-schedules', {
      checklistId: ids.checklist,
      locationId: ids.location,
      kind: 'mystery',
      rrule: 'FREQ=WEEKLY',
      startsOn: '2026-03-02',
      assigneeId: ids.vera,
      assigneeRole: 'manager',
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(['assigneeRole', 'kind']);
  });

  it('make each period’s audits once, on the organisation’s calendar, however often the job runs', async () => {
    // 2 March 2026 is a Monday. Weekly self-checks for every staff member; fortnightly walk-throughs by Vera.
    const self = await org.as.post('/api/v1/audit-schedules', {
      checklistId: ids.checklist,
      locationId: ids.location,
      kind: 'self',
      rrule: 'FREQ=WEEKLY;BYDAY=MO',
      startsOn: '2026-03-02',
      assigneeRole: 'staff',
    });
    expect(self.statusCode, self.body).toBe(201);
    const walk = await org.as.post('/api/v1/audit-schedules', {
      checklistId: ids.checklist,
      locationId: ids.location,
      kind: 'manager',
      rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO',
      startsOn: '2026-03-02',
      assigneeId: ids.vera,
    });
    expect(walk.statusCode, walk.body).toBe(201);
    const pool = t.database.pool;

    // 23:59 on Sunday in Sofia is still before the first period.
    expect(await createDueAudits(pool, new Date('2026-03-01T21:59:00Z'))).toBe(0);
    // 00:30 on Monday in Sofia (22:30 UTC on Sunday): the first period has begun. Runs at once and again.
    const monday = new Date('2026-03-01T22:30:00Z');
    const made = await Promise.all([1, 2, 3, 4].map(() => createDueAudits(pool, monday)));
    expect(made.reduce((a, b) => a + b, 0)).toBe(3);
    expect(await createDueAudits(pool, monday)).toBe(0);
    const first = await auditsOf();
    expect(first).toHaveLength(3);
    expect(first.filter((a) => a.kind === 'self').map((a) => a.staff_id)).toEqual(
      expect.arrayContaining([ids.ana, ids.bo]),
    );
    expect(first.find((a) => a.kind === 'manager')).toMatchObject({
      staff_id: null,
      created_by_id: ids.vera,
      due: '2026-03-16 00:00',
    });
    expect(first.find((a) => a.kind === 'self')!.due).toBe('2026-03-09 00:00');

    // Later the same week: nothing. Next Monday: self-checks only. The Monday after: both.
    expect(await createDueAudits(pool, new Date('2026-03-05T10:00:00Z'))).toBe(0);
    expect(await createDueAudits(pool, new Date('2026-03-09T08:00:00Z'))).toBe(2);
    expect(await createDueAudits(pool, new Date('2026-03-16T08:00:00Z'))).toBe(3);
    expect(await auditsOf()).toHaveLength(8);

    // Vera sees her scheduled walk-throughs; Ana only her own self-checks.
    const vera = t.as(await t.keyFor(org.orgId, 'manager', ids.vera));
    const veraSees = (await vera.get('/api/v1/audits?status=scheduled')).json().items;
    expect(veraSees.length).toBe(8);
    const ana = t.as(await t.keyFor(org.orgId, 'staff', ids.ana));
    const anaSees = (await ana.get('/api/v1/audits')).json().items as { staffId: string }[];
    expect(anaSees.map((a) => a.staffId)).toEqual([ids.ana, ids.ana, ids.ana]);

    // A paused schedule makes nothing.
    await org.as.patch(`/api/v1/audit-schedules/${self.json().id}`, { active: false });
    expect(await createDueAudits(pool, new Date('2026-03-23T08:00:00Z'))).toBe(0);
  });
});

describe('recurring training', () => {
  it('assigns an annual refresher once, the lesson’s due-in days before the anniversary', async () => {
    const lesson = (
      await org.as.post('/api/v1/lessons', {
        title: { en: 'Hygiene' },
        recurMonths: 12,
        dueInDays: 7,
        quiz: [
          {
            id: 'q1',
            kind: 'single',
            text: { en: 'Gloves?' },
            options: [
              { id: 'a', text: { en: 'Yes' } },
              { id: 'b', text: { en: 'No' } },
            ],
            correct: ['a'],
          },
        ],
      })
    ).json();
    const assigned = await org.as.post('/api/v1/training-assignments', {
      lessonId: lesson.id,
      staffIds: [ids.ana],
      dueAt: '2026-03-10T00:00:00Z',
    });
    expect(assigned.statusCode, assigned.body).toBe(201);
    const ana = t.as(await t.keyFor(org.orgId, 'staff', ids.ana));
    const first = assigned.json().items[0].id as string;
    expect(
      (await ana.post(`/api/v1/training-assignments/${first}/attempts`, { answers: { q1: ['a'] } })).json(),
    ).toMatchObject({ passed: true });
    await t.database.pool.query(`update training_assignments set passed_at = '2026-03-05T12:00:00Z' where id = $1`, [
      first,
    ]);
    const pool = t.database.pool;
    expect(await assignRefreshers(pool, new Date('2027-02-25T12:00:00Z'))).toBe(0);
    const runs = await Promise.all([1, 2, 3].map(() => assignRefreshers(pool, new Date('2027-02-27T12:00:00Z'))));
    expect(runs.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await assignRefreshers(pool, new Date('2027-06-01T00:00:00Z'))).toBe(0);
    const { rows } = await pool.query(
      `select renews_id, status, due_at from training_assignments where lesson_id = $1 order by created_at`,
      [lesson.id],
    );
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ renews_id: first, status: 'assigned' });
    expect(new Date(rows[1].due_at).toISOString()).toBe('2027-03-05T12:00:00.000Z');
  });
});

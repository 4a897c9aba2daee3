import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

/**
 * The loop on real PostgreSQL: an audit with two failed items assigns their lessons to the
 * location's staff at the touchpoint exactly once however often it is submitted, and the last
 * pass schedules a re-audit of only those items.
 */
let t: TestApp;
let org: Awaited<ReturnType<TestApp['newOrg']>>;
const ids = {} as Record<string, string> & { location: string; other: string; tp: string; greet: string; name: string };

beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg('Loop clinic');
  const as = org.as;
  ids.location = (await as.post('/api/v1/locations', { name: 'Central' })).json().id;
  ids.other = (await as.post('/api/v1/locations', { name: 'Elsewhere' })).json().id;
  ids.tp = (await as.post('/api/v1/touchpoints', { name: 'Reception', kind: 'service', stage: 'service' })).json().id;
  const person = async (name: string, locationIds: string[]) =>
    (
      await as.post('/api/v1/staff', {
        name,
        email: `${name}@loop.example`,
        role: 'staff',
        locationIds,
        sendInvite: false,
      })
    ).json().id;
  ids.ana = await person('ana', [ids.location]);
  ids.bo = await person('bo', [ids.location]);
  ids.cy = await person('cy', [ids.other]);
  const standard = async (en: string) =>
    (await as.post('/api/v1/standards', { touchpointId: ids.tp, title: { en }, why: { en: 'Because' } })).json().id;
  ids.greet = await standard('Greet within 10 seconds');
  ids.name = await standard('Use the customer’s name');
  ids.clean = await standard('Desk is clean');
  const lesson = async (standardId: string) =>
    (
      await as.post('/api/v1/lessons', {
        standardId,
        title: { en: 'Lesson' },
        dueInDays: 5,
        quiz: [
          {
            id: 'q1',
            kind: 'single',
            text: { en: 'When?' },
            options: [
              { id: 'a', text: { en: 'At once' } },
              { id: 'b', text: { en: 'Later' } },
            ],
            correct: ['a'],
          },
        ],
      })
    ).json().id;
  ids.lessonGreet = await lesson(ids.greet);
  ids.lessonName = await lesson(ids.name);
  const checklist = (
    await as.post('/api/v1/checklists', {
      name: 'Reception walk-through',
      touchpointId: ids.tp,
      reauditWithinDays: 10,
      items: [
        { standardId: ids.greet, text: { en: 'Greeted within 10 s' }, weight: 3 },
        { standardId: ids.name, text: { en: 'Used the name' }, weight: 2 },
        { standardId: ids.clean, text: { en: 'Desk clean' }, weight: 1, critical: true },
        { text: { en: 'Smile (1–5)' }, kind: 'scale', weight: 2 },
      ],
    })
  ).json();
  ids.checklist = checklist.id;
  [ids.i1, ids.i2, ids.i3, ids.i4] = checklist.items.map((i: { id: string }) => i.id);
});
afterAll(() => t.close());

const answerAll = async (auditId: string, answers: Record<string, object>) => {
  for (const [item, body] of Object.entries(answers)) {
    const res = await org.as.call('PUT', `/api/v1/audits/${auditId}/answers/${ids[item]}`, body);
    expect(res.statusCode, res.body).toBe(200);
  }
};

describe('audit → training → re-audit', () => {
  it('scores, assigns each failed lesson once per staff member, and re-audits only the failed items', async () => {
    const audit = (
      await org.as.post('/api/v1/audits', {
        checklistId: ids.checklist,
        locationId: ids.location,
        touchpointId: ids.tp,
        kind: 'manager',
      })
    ).json();
    await answerAll(audit.id, {
      i1: { result: 'fail' },
      i2: { result: 'fail' },
      i3: { result: 'pass' },
      i4: { value: 5 },
    });
    // The same answer twice is one answer.
    await answerAll(audit.id, { i4: { value: 5 } });

    const results = await Promise.all([1, 2, 3, 4, 5].map(() => org.as.post(`/api/v1/audits/${audit.id}/submit`)));
    for (const r of results) expect(r.statusCode, r.body).toBe(200);
    const first = results[0]!.json();
    // (0 + 0 + 1 + 2) / (3 + 2 + 1 + 2) = 3/8
    expect(first.score).toBe(37.5);
    expect(first.passed).toBe(false);
    expect(new Set(first.failedItemIds)).toEqual(new Set([ids.i1, ids.i2]));
    expect(results.reduce((n, r) => n + r.json().assignmentsCreated, 0)).toBe(4);

    const { rows } = await t.database.pool.query(
      `select staff_id, item_id, due_at - created_at as due from training_assignments where audit_id = $1`,
      [audit.id],
    );
    expect(rows).toHaveLength(4);
    expect(new Set(rows.map((r) => r.staff_id))).toEqual(new Set([ids.ana, ids.bo]));

    // Answers are final once submitted.
    expect(
      (await org.as.call('PUT', `/api/v1/audits/${audit.id}/answers/${ids.i1}`, { result: 'pass' })).statusCode,
    ).toBe(409);

    const assignments = (await org.as.get(`/api/v1/training-assignments?auditId=${audit.id}`)).json().items;
    let reauditId: string | null = null;
    for (const [i, a] of assignments.entries()) {
      const key = await t.keyFor(org.orgId, 'staff', a.staffId);
      const staffApi = t.as(key);
      if (i === 0) {
        const wrong = (
          await staffApi.post(`/api/v1/training-assignments/${a.id}/attempts`, { answers: { q1: ['b'] } })
        ).json();
        expect(wrong).toMatchObject({ passed: false, score: 0, attemptsLeft: 2, reauditId: null });
      }
      const res = await staffApi.post(`/api/v1/training-assignments/${a.id}/attempts`, { answers: { q1: ['a'] } });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().passed).toBe(true);
      if (i < assignments.length - 1) expect(res.json().reauditId).toBeNull();
      else reauditId = res.json().reauditId;
    }
    expect(reauditId).toBeTruthy();
    const reaudit = (await org.as.get(`/api/v1/audits/${reauditId}`)).json();
    expect(reaudit).toMatchObject({ status: 'scheduled', reauditOf: audit.id, kind: 'manager' });
    expect(new Set(reaudit.itemIds)).toEqual(new Set([ids.i1, ids.i2]));
    const days = (Date.parse(reaudit.dueAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(9.9);
    expect(days).toBeLessThan(10.1);

    // The re-audit checks only the failed items; both pass now.
    expect(
      (await org.as.call('PUT', `/api/v1/audits/${reauditId}/answers/${ids.i3}`, { result: 'pass' })).statusCode,
    ).toBe(404);
    await answerAll(reauditId!, { i1: { result: 'pass' }, i2: { result: 'pass' } });
    const again = (await org.as.post(`/api/v1/audits/${reauditId}/submit`)).json();
    expect(again).toMatchObject({ score: 100, passed: true, assignmentsCreated: 0 });

    const figures = (await org.as.get('/api/v1/metrics/compliance?by=touchpoint')).json();
    // (3 + 2 + 3/8·… ) counted from the answers: first audit 3 of 8, re-audit 5 of 5 → 8 / 13
    expect(figures.items).toEqual([
      expect.objectContaining({ key: ids.tp, label: 'Reception', n: 2, items: 6, failed: 2, compliance: 61.5 }),
    ]);
    expect(figures.refailRate).toBe(0);
    expect(figures.daysToFix).toBeGreaterThanOrEqual(0);
  });

  it('fails the audit on a failed critical item and refuses bad answers with fields', async () => {
    const audit = (
      await org.as.post('/api/v1/audits', { checklistId: ids.checklist, locationId: ids.location, kind: 'manager' })
    ).json();
    const bad = await org.as.call('PUT', `/api/v1/audits/${audit.id}/answers/${ids.i4}`, { result: 'pass' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty('value');
    const early = await org.as.post(`/api/v1/audits/${audit.id}/submit`);
    expect(early.statusCode).toBe(400);
    expect(Object.keys(early.json().error.fields)).toHaveLength(4);
    await answerAll(audit.id, {
      i1: { result: 'pass' },
      i2: { result: 'pass' },
      i3: { result: 'fail' },
      i4: { value: 5 },
    });
    const r = (await org.as.post(`/api/v1/audits/${audit.id}/submit`)).json();
    expect(r).toMatchObject({
      score: 87.5,
      passed: false,
      criticalFailed: true,
      assignmentsCreated: 0,
      casesOpened: 1,
    });
  });

  it('refuses not applicable on an item that always applies', async () => {
    const checklist = (
      await org.as.post('/api/v1/checklists', {
        name: 'Always',
        items: [{ text: { en: 'Door unlocked at opening time' }, naAllowed: false }],
      })
    ).json();
    expect(checklist.items[0].naAllowed).toBe(false);
    const audit = (
      await org.as.post('/api/v1/audits', { checklistId: checklist.id, locationId: ids.location, kind: 'manager' })
    ).json();
    const url = `/api/v1/audits/${audit.id}/answers/${checklist.items[0].id}`;
    const na = await org.as.call('PUT', url, { result: 'na' });
    expect(na.statusCode).toBe(400);
    expect(na.json().error.fields).toHaveProperty('result');
    expect((await org.as.get(`/api/v1/audits/${audit.id}`)).json().answers).toEqual([]);
    expect((await org.as.call('PUT', url, { result: 'pass' })).statusCode).toBe(200);
  });

  it('answers 400 with a field per problem', async () => {
    const res = await org.as.post('/api/v1/checklists', {
      name: '',
      items: [{ text: {}, weight: 9, standardId: 'nope' }],
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(
      ['items.0.standardId', 'items.0.text', 'items.0.weight', 'name'].sort(),
    );
    const foreign = await org.as.post('/api/v1/audits', {
      checklistId: ids.checklist,
      locationId: '00000000-0000-7000-8000-000000000000',
      kind: 'manager',
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.fields).toEqual({ locationId: 'No such location' });
  });

  it('lets staff run only self-checks at their own location', async () => {
    const staffApi = t.as(await t.keyFor(org.orgId, 'staff', ids.ana));
    const manager = await staffApi.post('/api/v1/audits', {
      checklistId: ids.checklist,
      locationId: ids.location,
      kind: 'manager',
    });
    expect(manager.statusCode).toBe(403);
    const elsewhere = await staffApi.post('/api/v1/audits', {
      checklistId: ids.checklist,
      locationId: ids.other,
      kind: 'self',
    });
    expect(elsewhere.statusCode).toBe(403);
    const self = await staffApi.post('/api/v1/audits', {
      checklistId: ids.checklist,
      locationId: ids.location,
      kind: 'self',
    });
    expect(self.statusCode).toBe(201);
    expect(self.json().staffId).toBe(ids.ana);
    const mine = (await staffApi.get('/api/v1/audits')).json().items;
    expect(mine.map((a: { id: string }) => a.id)).toEqual([self.json().id]);
    const lesson = (await staffApi.get(`/api/v1/lessons/${ids.lessonGreet}`)).json();
    expect(lesson.quiz[0].correct).toBeUndefined();
  });

  it('lists with each standard the lessons that teach it (training hands standards this reader)', async () => {
    const lessonsOf = async (id?: string) => (await org.as.get(`/api/v1/standards/${id}`)).json().lessonIds;
    expect(await lessonsOf(ids.greet)).toEqual([ids.lessonGreet]);
    expect(await lessonsOf(ids.clean)).toEqual([]);
    const listed = (await org.as.get('/api/v1/standards')).json().items as { id: string; lessonIds: string[] }[];
    expect(listed.find((s) => s.id === ids.name)?.lessonIds).toEqual([ids.lessonName]);
  });
});

describe('mystery shopping', () => {
  it('needs a published staff notice, then locks the same shopper out of the location for N days', async () => {
    const body = {
      checklistId: ids.checklist,
      locationId: ids.location,
      kind: 'mystery',
      shopper: { ref: 'Anna@Shop.example', validFrom: '2026-06-01T08:00:00Z', validTo: '2026-06-03T20:00:00Z' },
    };
    const before = await org.as.post('/api/v1/audits', body);
    expect(before.statusCode).toBe(409);
    expect(before.json().error.fields).toHaveProperty('kind');
    const notice = await org.as.post('/api/v1/staff-notices', { body: { en: 'Mystery visits happen. Not when.' } });
    expect(notice.json().version).toBe(1);
    const first = await org.as.post('/api/v1/audits', body);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().shopperUrl).toMatch(/\/m\/m_/);
    expect(first.json().staffId).toBeNull();
    const again = await org.as.post('/api/v1/audits', {
      ...body,
      shopper: {
        ...body.shopper,
        ref: 'anna@shop.example ',
        validFrom: '2026-07-01T08:00:00Z',
        validTo: '2026-07-02T08:00:00Z',
      },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.fields['shopper.ref']).toMatch(/2026-08-30/);
    const later = await org.as.post('/api/v1/audits', {
      ...body,
      shopper: { ...body.shopper, validFrom: '2026-09-01T08:00:00Z', validTo: '2026-09-02T08:00:00Z' },
    });
    expect(later.statusCode).toBe(201);
  });
});

describe('self-assessment', () => {
  it('levels each dimension, plans for the weakest three beside measured evidence, and is final once complete', async () => {
    const bad = await org.as.post('/api/v1/self-assessments', { answers: { 'standards.1': 7, nope: 1 } });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['answers.nope', 'answers.standards.1']);
    const dims = { standards: 1, listening: 4, recovery: 0, loyalty: 3, word_of_mouth: 2, people: 4 };
    const answers = Object.fromEntries(
      Object.entries(dims).flatMap(([d, v]) => [1, 2, 3, 4, 5].map((i) => [`${d}.${i}`, v])),
    );
    const draft = (await org.as.post('/api/v1/self-assessments', { answers: { 'standards.1': 1 } })).json();
    expect(draft.completedAt).toBeNull();
    const done = await org.as.patch(`/api/v1/self-assessments/${draft.id}`, { answers, complete: true });
    expect(done.statusCode, done.body).toBe(200);
    const a = done.json();
    expect(a.levels.map((l: { level: number }) => l.level)).toEqual([2, 5, 1, 4, 3, 5]);
    expect(a.overall).toBe(3);
    expect(new Set(a.plan.map((p: { dimension: string }) => p.dimension))).toEqual(
      new Set(['recovery', 'standards', 'word_of_mouth']),
    );
    // Measured here: the compliance of the audits above, no survey yet, and the open case of the critical fail.
    expect(a.evidence).toMatchObject({ surveyCoverage: 0, recoveryRate: 0, enps: null });
    expect(a.evidence.auditCompliance).toBeGreaterThan(0);
    expect((await org.as.patch(`/api/v1/self-assessments/${draft.id}`, { answers })).statusCode).toBe(409);
    const item = a.plan[0];
    const closed = (await org.as.patch(`/api/v1/action-items/${item.id}`, { status: 'done' })).json();
    expect(closed.status).toBe('done');
    expect(closed.doneAt).toBeTruthy();
  });
});

describe('the mystery shopper page', () => {
  it('works as a plain HTML form inside its window, keeps answers given, and closes once sent', async () => {
    const now = Date.now();
    const created = await org.as.post('/api/v1/audits', {
      checklistId: ids.checklist,
      locationId: ids.other,
      kind: 'mystery',
      shopper: {
        ref: 'page@shop.example',
        scenario: 'Ask for a cleaning appointment',
        validFrom: new Date(now - 3_600_000).toISOString(),
        validTo: new Date(now + 3_600_000).toISOString(),
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const path = new URL(created.json().shopperUrl).pathname;
    const page = await t.app.inject({ method: 'GET', url: `${path}?lang=ru` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Тайный визит');
    expect(page.body).toContain('Ask for a cleaning appointment');
    expect(page.body).toContain(`name="item.${ids.i1}"`);
    const form = (o: Record<string, string>) => ({
      method: 'POST' as const,
      url: path,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams(o).toString(),
    });
    const partial = await t.app.inject(form({ [`item.${ids.i1}`]: 'fail', [`comment.${ids.i1}`]: 'Waited 40 s' }));
    expect(partial.statusCode).toBe(400);
    expect(partial.body).toContain('checked');
    const audit = (await org.as.get(`/api/v1/audits/${created.json().id}`)).json();
    expect(audit.answers).toEqual([
      expect.objectContaining({ itemId: ids.i1, result: 'fail', comment: 'Waited 40 s' }),
    ]);
    const sent = await t.app.inject(
      form({
        [`item.${ids.i1}`]: 'fail',
        [`item.${ids.i2}`]: 'pass',
        [`item.${ids.i3}`]: 'na',
        [`item.${ids.i4}`]: '4',
      }),
    );
    expect(sent.statusCode).toBe(200);
    const after = (await org.as.get(`/api/v1/audits/${created.json().id}`)).json();
    expect(after).toMatchObject({ status: 'submitted', staffId: null });
    expect(after.failedItemIds).toEqual([ids.i1]);
    expect((await t.app.inject({ method: 'GET', url: path })).statusCode).toBe(410);
    expect((await t.app.inject({ method: 'GET', url: '/m/m_nonsense' })).statusCode).toBe(404);
  });
});

describe('figures over time and by person', () => {
  it('counts compliance by week and month, and training by person, straight from the rows', async () => {
    const { rows } = await t.database.pool.query<{ n: number }>(
      `select count(*)::int as n from audits where org_id = $1 and status = 'submitted'`,
      [org.orgId],
    );
    for (const by of ['week', 'month'] as const) {
      const trend = (await org.as.get(`/api/v1/metrics/compliance?by=${by}`)).json();
      expect(trend.items.reduce((s: number, i: { n: number }) => s + i.n, 0)).toBe(rows[0]!.n);
      for (const i of trend.items as { key: string }[]) {
        expect(i.key).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        const d = new Date(`${i.key}T00:00:00Z`);
        if (by === 'week') expect(d.getUTCDay()).toBe(1);
        else expect(d.getUTCDate()).toBe(1);
      }
    }
    const figures = (await org.as.get('/api/v1/metrics/training?by=staff')).json();
    // Per person, lessons a mystery visit assigned are not counted (it measures the process).
    const { rows: direct } = await t.database.pool.query(
      `select ta.staff_id::text as key, count(*)::int as assigned,
              count(*) filter (where ta.status = 'passed')::int as completed,
              count(*) filter (where ta.status = 'assigned' and ta.due_at < now())::int as overdue
         from training_assignments ta left join audits a on a.org_id = ta.org_id and a.id = ta.audit_id
        where ta.org_id = $1 and a.kind is distinct from 'mystery' group by 1 order by 1`,
      [org.orgId],
    );
    expect(figures.items.map(({ label: _l, passRate: _p, ...r }: Record<string, unknown>) => r)).toEqual(direct);
    expect(figures.items.find((i: { key: string }) => i.key === ids.ana)).toMatchObject({
      label: 'ana',
      passRate: 100,
    });
    const staffApi = t.as(await t.keyFor(org.orgId, 'staff', ids.bo));
    const own = (await staffApi.get('/api/v1/metrics/training')).json();
    expect(own.items.map((i: { key: string }) => i.key)).toEqual([ids.bo]);
  });
});

describe('compliance by shift and staff', () => {
  it('reads audits by shift, role and position instead of by name', async () => {
    await org.as.patch(`/api/v1/staff/${ids.bo}`, { position: 'Hygienist' });
    const checklist = (
      await org.as.post('/api/v1/checklists', { name: 'Shift check', items: [{ text: { en: 'Phones answered' } }] })
    ).json();
    const at = ids.other;
    for (const [shift, staffId, result] of [
      ['evening', ids.ana, 'pass'],
      ['morning', ids.bo, 'fail'],
    ] as const) {
      const audit = await org.as.post('/api/v1/audits', {
        checklistId: checklist.id,
        locationId: at,
        staffId,
        shift,
        kind: 'manager',
      });
      expect(audit.statusCode, audit.body).toBe(201);
      expect(audit.json().shift).toBe(shift);
      await org.as.call('PUT', `/api/v1/audits/${audit.json().id}/answers/${checklist.items[0].id}`, { result });
      await org.as.post(`/api/v1/audits/${audit.json().id}/submit`);
    }
    const of = async (q: string) =>
      (await org.as.get(`/api/v1/metrics/compliance?by=location&locationId=${at}&${q}`)).json().items;
    expect(await of('shift=evening')).toEqual([expect.objectContaining({ compliance: 100, n: 1 })]);
    expect(await of('shift=morning')).toEqual([expect.objectContaining({ compliance: 0, n: 1 })]);
    expect(await of('position=hygienist')).toEqual([expect.objectContaining({ compliance: 0, n: 1 })]);
    expect(await of('staffRole=staff')).toEqual([expect.objectContaining({ n: 2 })]);
    expect(await of('staffRole=manager')).toEqual([]);
    const bad = await org.as.get('/api/v1/metrics/compliance?shift=lunch');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty('shift');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { drainRecognition } from './index.ts';

let t: TestApp;
let org: Awaited<ReturnType<TestApp['newOrg']>>;
let location: string;
let staffId: string;
beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg('Recognition café');
  location = (await org.as.post('/api/v1/locations', { name: 'Main street' })).json().id;
  staffId = (
    await org.as.post('/api/v1/staff', {
      name: 'Mira',
      email: 'mira@cafe.example',
      locationIds: [location],
      sendInvite: false,
    })
  ).json().id;
});
afterAll(() => t.close());

const drain = () => drainRecognition(t.database.pool);
const customer = async (name: string) => (await org.as.post('/api/v1/customers', { name })).json().id as string;
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
const visit = async (customerId: string, h: number, revenue = 20) =>
  (
    await org.as.post('/api/v1/interactions', {
      occurredAt: hoursAgo(h),
      customerId,
      locationId: location,
      staffId,
      revenue,
    })
  ).json().id as string;
const tasksOf = async (customerId: string) =>
  (await org.as.get(`/api/v1/gesture-tasks?customerId=${customerId}`)).json().items as {
    id: string;
    status: string;
    occasion: string;
    gestureId: string;
  }[];

describe('recognition', () => {
  it('refuses bad tiers and gestures field by field, storing nothing', async () => {
    const tier = await org.as.post('/api/v1/tiers', { name: '', rank: 0, criteria: {} });
    expect(tier.statusCode).toBe(400);
    expect(Object.keys(tier.json().error.fields).sort()).toEqual(['criteria', 'name', 'rank']);
    const gesture = await org.as.post('/api/v1/gestures', { name: '', kind: 'hug', trigger: 'nth_visit' });
    expect(gesture.statusCode).toBe(400);
    expect(Object.keys(gesture.json().error.fields).sort()).toEqual(['kind', 'name']);
    const noVisit = await org.as.post('/api/v1/gestures', { name: 'Coffee', kind: 'surprise', trigger: 'nth_visit' });
    expect(noVisit.json().error.fields).toEqual({ triggerVisit: 'Say which visit (n)' });
    const unknown = await org.as.post('/api/v1/gestures', {
      name: 'Coffee',
      kind: 'surprise',
      trigger: 'manual',
      tierIds: ['00000000-0000-7000-8000-000000000000'],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields).toEqual({ 'tierIds.0': 'No such tier' });
    expect((await org.as.get('/api/v1/tiers')).json().items).toEqual([]);
    expect((await org.as.get('/api/v1/gestures')).json().items).toEqual([]);
  });

  it('qualifies customers by rolling visits in the background, previews a change and keeps the grace period', async () => {
    const silver = (await org.as.post('/api/v1/tiers', { name: 'Friend', rank: 1, criteria: { minVisits: 2 } })).json();
    const gold = await org.as.post('/api/v1/tiers', { name: 'Regular', rank: 2, criteria: { minVisits: 4 } });
    expect(gold.statusCode).toBe(201);
    expect(
      (await org.as.post('/api/v1/tiers', { name: 'Dup', rank: 2, criteria: { minVisits: 9 } })).json().error.fields,
    ).toEqual({
      rank: 'Another tier has this rank',
    });
    const ann = await customer('Ann');
    for (const h of [200, 150, 100, 50]) await visit(ann, h);
    const old = await customer('Old');
    await visit(old, 24 * 400);
    await drain();
    const card = (await org.as.get(`/api/v1/customers/${ann}/loyalty`)).json();
    expect(card).toMatchObject({
      tier: { id: gold.json().id, name: 'Regular' },
      figures: { visits: 4, spend: 80 },
      progress: null,
    });
    expect((await org.as.get(`/api/v1/customers/${old}/loyalty`)).json()).toMatchObject({
      tier: null,
      figures: { visits: 0 },
      progress: { tierId: silver.id, criteria: [{ criterion: 'visits', have: 0, need: 2 }] },
    });

    const preview = await org.as.post('/api/v1/tiers/preview', {
      tiers: [
        { id: silver.id, name: 'Friend', rank: 1, criteria: { minVisits: 2 } },
        { id: gold.json().id, name: 'Regular', rank: 2, criteria: { minVisits: 10 } },
      ],
    });
    // Raising the bar moves nobody today: Ann keeps her tier through the grace period.
    expect(preview.json()).toMatchObject({ customers: 2, moving: 0 });
    const immediate = await org.as.post('/api/v1/tiers/preview', {
      tiers: [{ id: silver.id, name: 'Friend', rank: 1, criteria: { minVisits: 2 } }],
    });
    expect(immediate.json()).toMatchObject({ moving: 1, down: 1 });

    await org.as.patch(`/api/v1/tiers/${gold.json().id}`, { criteria: { minVisits: 10 } });
    await drain();
    const graced = (await org.as.get(`/api/v1/customers/${ann}/loyalty`)).json();
    expect(graced.tier.name).toBe('Regular');
    expect(graced.belowSince).not.toBeNull();
    expect((await org.as.get('/api/v1/tiers')).json().items.map((x: { customers: number }) => x.customers)).toEqual([
      0, 1,
    ]);
    await org.as.patch(`/api/v1/tiers/${gold.json().id}`, { criteria: { minVisits: 4 } });
    await drain();
  });

  it("owes one gesture per customer's fifth visit whatever the retries, delivered at an interaction", async () => {
    const fifth = await org.as.post('/api/v1/gestures', {
      name: 'A pastry on the house',
      kind: 'surprise',
      costEstimate: 3.5,
      trigger: 'nth_visit',
      triggerVisit: 5,
    });
    expect(fifth.statusCode).toBe(201);
    const bob = await customer('Bob');
    for (const h of [9, 8, 7, 6]) await visit(bob, h);
    await drain();
    expect(await tasksOf(bob)).toEqual([]);
    // Now, not an hour ago: in the first hour after midnight an hour ago is yesterday, and "visiting today" is false.
    const today = await visit(bob, 0);
    await Promise.all([drain(), drain(), drain()]);
    await drain();
    const [task, ...more] = await tasksOf(bob);
    expect(more).toEqual([]);
    expect(task).toMatchObject({ status: 'pending', occasion: 'visit:5', gestureId: fifth.json().id });

    const waiting = (await org.as.get(`/api/v1/gesture-tasks?due=today&locationId=${location}`)).json().items;
    expect(waiting.map((x: { id: string; visitingToday: boolean }) => [x.id, x.visitingToday])).toContainEqual([
      task!.id,
      true,
    ]);

    const other = await visit(await customer('Someone else'), 0);
    const wrong = await org.as.post(`/api/v1/gesture-tasks/${task!.id}/deliver`, { staffId, interactionId: other });
    expect(wrong.statusCode).toBe(400);
    expect(Object.keys(wrong.json().error.fields)).toEqual(['interactionId']);
    const done = await org.as.post(`/api/v1/gesture-tasks/${task!.id}/deliver`, { staffId, interactionId: today });
    expect(done.json()).toMatchObject({ status: 'delivered', deliveredBy: staffId, interactionId: today });
    expect((await org.as.post(`/api/v1/gesture-tasks/${task!.id}/skip`, { reason: 'x' })).statusCode).toBe(409);
    await visit(bob, 0);
    await drain();
    expect(await tasksOf(bob)).toHaveLength(1);
  });

  it('owes a gesture for entering a tier and for a resolved recovery case, and expires what is not delivered', async () => {
    const tiers = (await org.as.get('/api/v1/tiers')).json().items as { id: string; name: string }[];
    const regular = tiers.find((x) => x.name === 'Regular')!;
    const welcome = (
      await org.as.post('/api/v1/gestures', {
        name: 'Welcome card',
        kind: 'recognition',
        trigger: 'tier_entry',
        triggerTierId: regular.id,
      })
    ).json();
    const sorry = (
      await org.as.post('/api/v1/gestures', {
        name: 'Call from the owner',
        kind: 'personal_touch',
        trigger: 'recovery_resolved',
        dueDays: 1,
      })
    ).json();
    const cleo = await customer('Cleo');
    for (const h of [40, 30, 20, 10]) await visit(cleo, h);
    await drain();
    expect((await tasksOf(cleo)).map((x) => x.gestureId)).toEqual([welcome.id]);

    const kase = (
      await org.as.post('/api/v1/cases', {
        title: 'Cold soup',
        source: 'phone',
        customerId: cleo,
        locationId: location,
      })
    ).json();
    const rootCauseId = (await org.as.get('/api/v1/root-causes')).json().items[0].id;
    const resolved = await org.as.patch(`/api/v1/cases/${kase.id}`, {
      status: 'resolved',
      resolution: 'Apologised',
      rootCauseId,
    });
    expect(resolved.statusCode).toBe(200);
    await drain();
    const owed = (await tasksOf(cleo)).find((x) => x.gestureId === sorry.id)!;
    expect(owed.occasion).toBe(`case:${kase.id}`);
    await drainRecognition(t.database.pool, new Date(Date.now() + 2 * 86_400_000));
    expect((await tasksOf(cleo)).find((x) => x.id === owed.id)!.status).toBe('expired');
  });

  it('keeps what staff remember, a tier given by hand, and refuses an unknown tier', async () => {
    const dan = await customer('Dan');
    const bad = await org.as.patch(`/api/v1/customers/${dan}/loyalty`, { birthday: '1990-13-01', tierId: 'nope' });
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['birthday', 'tierId']);
    const tierId = (await org.as.get('/api/v1/tiers')).json().items[0].id;
    const card = await org.as.patch(`/api/v1/customers/${dan}/loyalty`, {
      birthday: '1990-04-30',
      remember: 'Oat milk, window seat',
      tierId,
    });
    expect(card.json()).toMatchObject({
      manual: true,
      tier: { id: tierId },
      profile: { remember: 'Oat milk, window seat' },
    });
    await drain();
    expect((await org.as.get(`/api/v1/customers/${dan}/loyalty`)).json()).toMatchObject({
      manual: true,
      tier: { id: tierId },
    });
  });

  it('figures equal direct counts of the tasks, the visits and the tier moves', async () => {
    const to = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const from = new Date(Date.now() - 86_400_000).toISOString();
    const f = (await org.as.get(`/api/v1/metrics/recognition?from=${from}&to=${to}`)).json();
    const q = async (text: string) => (await t.database.pool.query(text, [org.orgId, from, to])).rows;
    const tasks = await q(
      `select customer_id, status, delivered_at <= due_at as on_time, closed_at from gesture_tasks
       where org_id = $1 and status <> 'pending' and closed_at >= $2 and closed_at < $3`,
    );
    const n = (p: (r: (typeof tasks)[number]) => boolean) => tasks.filter(p).length;
    expect(f.delivery).toMatchObject({
      closed: tasks.length,
      delivered: n((r) => r.status === 'delivered'),
      onTime: n((r) => r.status === 'delivered' && r.on_time),
      expired: n((r) => r.status === 'expired'),
    });
    expect(f.delivery.delivered).toBeGreaterThan(0);
    expect(f.delivery.expired).toBeGreaterThan(0);
    const gifted = new Set(tasks.filter((r) => r.status === 'delivered').map((r) => r.customer_id));
    const expired = new Set(
      tasks.filter((r) => r.status === 'expired' && !gifted.has(r.customer_id)).map((r) => r.customer_id),
    );
    expect(f.gifted.customers).toBe(gifted.size);
    expect(f.expired.customers).toBe(expired.size);
    const returned = await q(
      `select distinct t.customer_id from gesture_tasks t join interactions i on i.org_id = t.org_id
         and i.customer_id = t.customer_id and i.occurred_at > t.closed_at
       where t.org_id = $1 and t.status = 'delivered' and t.closed_at >= $2 and t.closed_at < $3`,
    );
    expect(f.gifted.repeatVisit).toMatchObject({ n: gifted.size, value: (returned.length / gifted.size) * 100 });
    const moves = await q('select count(*)::int as n from tier_changes where org_id = $1 and at >= $2 and at < $3');
    expect(f.tierMigration.reduce((s: number, m: { customers: number }) => s + m.customers, 0)).toBe(moves[0]!.n);
    expect(f.byLocation.reduce((s: number, l: { closed: number }) => s + l.closed, 0)).toBe(tasks.length);
    expect(f.byStaff.reduce((s: number, l: { delivered: number }) => s + l.delivered, 0)).toBe(f.delivery.delivered);
  });

  it('ranks lead users with reasons, leaves out profiling opt-outs, and needs consent for a co-creation invite', async () => {
    const survey = (
      await org.as.post('/api/v1/surveys', {
        name: 'Visit',
        languages: ['en'],
        questions: [
          { id: 'nps', type: 'nps', text: { en: 'Recommend?' }, required: true },
          { id: 'why', type: 'text', text: { en: 'Why?' } },
        ],
      })
    ).json();
    const long = 'You could open earlier on Saturdays and let regulars pre-order by message; '.repeat(4);
    const eve = (
      await org.as.post('/api/v1/customers', { name: 'Eve', email: 'eve@x.example', consentEmail: true })
    ).json().id;
    const finn = await customer('Finn');
    for (const c of [eve, finn]) {
      const r = await org.as.post('/api/v1/responses', {
        surveyId: survey.id,
        customerId: c,
        answers: { nps: 9, why: long },
      });
      expect(r.statusCode, r.body).toBe(201);
    }
    const ranked = (await org.as.get('/api/v1/lead-users?limit=10')).json();
    expect(ranked.items).toEqual(
      expect.arrayContaining([
        {
          customerId: eve,
          name: 'Eve',
          score: 5,
          reasons: [{ reason: 'comments', count: 1, points: 5 }],
          canInviteToCoCreate: true,
        },
        expect.objectContaining({ customerId: finn, score: 5, canInviteToCoCreate: false }),
      ]),
    );
    expect(ranked.privacyNotice.ru).toMatch(/клиент/);
    await org.as.patch(`/api/v1/customers/${finn}/loyalty`, { profilingOptOut: true });
    const after = (await org.as.get('/api/v1/lead-users'))
      .json()
      .items.map((x: { customerId: string }) => x.customerId);
    expect(after).toContain(eve);
    expect(after).not.toContain(finn);
    expect((await org.as.get('/api/v1/lead-users?limit=0')).statusCode).toBe(400);
  });

  it('keeps the optional points ledger off by default, append-only, once per source event, never for a review', async () => {
    const gil = await customer('Gil');
    const earn = { customerId: gil, kind: 'earn', points: 10, sourceType: 'interaction', sourceId: 'visit-1' };
    expect((await org.as.post('/api/v1/points/ledger', earn)).statusCode).toBe(409);
    expect((await org.as.get(`/api/v1/customers/${gil}/loyalty`)).json().points).toBeNull();
    await org.as.call('PUT', '/api/v1/points/settings', { enabled: true });
    const first = await org.as.post('/api/v1/points/ledger', earn);
    expect(first.statusCode).toBe(201);
    const again = await org.as.post('/api/v1/points/ledger', earn);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ id: first.json().id, balance: 10 });
    const review = await org.as.post('/api/v1/points/ledger', { ...earn, sourceType: 'review', sourceId: 'r1' });
    expect(review.json().error.fields).toEqual({ sourceType: 'Points are never earned for a public review' });
    const overdraw = await org.as.post('/api/v1/points/ledger', {
      ...earn,
      kind: 'spend',
      points: 11,
      sourceId: 'order-1',
    });
    expect(Object.keys(overdraw.json().error.fields)).toEqual(['points']);
    const undo = await org.as.post('/api/v1/points/ledger', {
      ...earn,
      kind: 'reverse',
      sourceType: 'manual',
      sourceId: 'fix-1',
      reversesId: first.json().id,
    });
    expect(undo.json()).toMatchObject({ points: -10, balance: 0 });
    expect((await org.as.get(`/api/v1/customers/${gil}/loyalty`)).json().points).toEqual({ balance: 0 });
    await expect(t.database.pool.query('update points_ledger set points = 99')).rejects.toThrow(/append-only/);
    await expect(t.database.pool.query('delete from points_ledger')).rejects.toThrow(/append-only/);
    expect((await org.as.get(`/api/v1/points/ledger?customerId=${gil}`)).json().items).toHaveLength(2);
  });
});

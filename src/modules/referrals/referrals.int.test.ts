import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { sweepReferrals } from './referrals.service.ts';

let t: TestApp;
let org: Awaited<ReturnType<TestApp['newOrg']>>;
beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg('Referral clinic');
});
afterAll(() => t.close());

const customer = async (body: Record<string, unknown>) => (await org.as.post('/api/v1/customers', body)).json();
const waitFor = async <T>(f: () => Promise<T | undefined>, ms = 15_000): Promise<T> => {
  const until = Date.now() + ms;
  for (;;) {
    const v = await f();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
};

describe('referrals', () => {
  it('refuses a program with bad fields, field by field', async () => {
    const res = await org.as.post('/api/v1/referral-programs', { name: '', referrerReward: 'x', landingUrl: 'nope' });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(['friendReward', 'landingUrl', 'name']);
  });

  it('attributes by code over a staff entry, blocks self-referral, refuses existing customers, qualifies on the first visit', async () => {
    const program = await org.as.post('/api/v1/referral-programs', {
      name: 'Friends',
      referrerReward: 'Free coffee',
      friendReward: 'A welcome gift',
      landingUrl: 'https://clinic.example/book',
    });
    expect(program.statusCode).toBe(201);
    expect(program.json()).toMatchObject({ rewardKind: 'gesture', holdDays: 14 });
    const anna = await customer({ name: 'Anna', email: 'Anna.K@gmail.com', phone: '+7 916 123-45-67' });
    const staffPick = await customer({ name: 'Boris' });
    const friend = await customer({ name: 'Friend', email: 'friend@example.com' });
    const code = (await org.as.get(`/api/v1/customers/${anna.id}/referral-code`)).json();
    expect(code.code).toMatch(/^[ACDEFGHJKMNPQRTUVWXY34679]{6}$/);
    expect(code.url.endsWith(`/r/${code.code}`)).toBe(true);
    expect(code.qrSvg.startsWith('<svg')).toBe(true);
    expect((await org.as.get(`/api/v1/customers/${anna.id}/referral-code`)).json().code).toBe(code.code);

    const landing = await t.app.inject({ method: 'GET', url: `/r/${code.code.toLowerCase()}` });
    expect(landing.statusCode).toBe(302);
    expect(landing.headers.location).toBe('https://clinic.example/book');
    expect((await t.app.inject({ method: 'GET', url: '/r/AAAAAA' })).statusCode).toBe(404);

    const byStaff = await org.as.post('/api/v1/referrals', {
      referredId: friend.id,
      method: 'staff',
      referrerId: staffPick.id,
    });
    expect(byStaff.json()).toMatchObject({ referrerId: staffPick.id, method: 'staff', status: 'pending' });
    const byCode = await org.as.post('/api/v1/referrals', { referredId: friend.id, method: 'code', code: code.code });
    expect(byCode.json()).toMatchObject({
      id: byStaff.json().id,
      referrerId: anna.id,
      method: 'code',
      status: 'pending',
    });
    // A later staff entry does not beat the code.
    await org.as.post('/api/v1/referrals', { referredId: friend.id, method: 'staff', referrerId: staffPick.id });
    expect((await org.as.get('/api/v1/referrals')).json().items).toHaveLength(1);

    const alias = await customer({ name: 'Anna again', email: 'annak+promo@gmail.com' });
    const self = await org.as.post('/api/v1/referrals', { referredId: alias.id, method: 'code', code: code.code });
    expect(self.json().status).toBe('blocked');

    const regular = await customer({ name: 'Regular' });
    await org.as.post('/api/v1/interactions', { occurredAt: '2026-01-10T10:00:00Z', customerId: regular.id });
    const existing = await org.as.post('/api/v1/referrals', {
      referredId: regular.id,
      method: 'code',
      code: code.code,
    });
    expect(existing.statusCode).toBe(400);
    expect(existing.json().error.fields).toHaveProperty('referredId');

    await org.as.post('/api/v1/interactions', {
      occurredAt: new Date().toISOString(),
      customerId: friend.id,
      revenue: 50,
    });
    const qualified = await waitFor(async () => {
      const [r] = (await org.as.get('/api/v1/referrals?status=qualified')).json().items;
      return r;
    });
    expect(qualified).toMatchObject({ referredId: friend.id, referrerId: anna.id });
    expect((await org.as.get(`/api/v1/customers/${friend.id}`)).json()).toMatchObject({
      referrerId: anna.id,
      acquisitionChannel: 'referral',
    });

    const wom = (
      await org.as.get('/api/v1/metrics/word-of-mouth?from=2026-01-01T00:00:00Z&to=2030-01-01T00:00:00Z')
    ).json();
    expect(wom).toMatchObject({ newCustomers: 2, referredNewCustomers: 1, share: 50 });
    expect(wom.referrals).toMatchObject({ qualified: 1, blocked: 1, pending: 0 });
  });

  it('rewards after the hold but never a flagged referral', async () => {
    const ref = await customer({ name: 'Referrer 2', phone: '+359 888 111 222' });
    const a = await customer({ name: 'Friend A' });
    const b = await customer({ name: 'Friend B', phone: '0888 999 000' });
    await customer({ name: 'Same phone as B', phone: '+359 888 999 000' });
    const ra = (
      await org.as.post('/api/v1/referrals', { referredId: a.id, method: 'staff', referrerId: ref.id })
    ).json();
    const rb = (
      await org.as.post('/api/v1/referrals', { referredId: b.id, method: 'staff', referrerId: ref.id })
    ).json();
    expect(rb).toMatchObject({ status: 'flagged', flags: ['shared_phone'] });
    await t.database.pool.query(
      `update referrals set status = case when id = $1 then 'qualified' else status end, qualified_at = now() - interval '20 days' where id in ($1, $2)`,
      [ra.id, rb.id],
    );
    await sweepReferrals(t.database.pool);
    const byId = new Map(
      (await org.as.get('/api/v1/referrals?limit=100'))
        .json()
        .items.map((r: { id: string; status: string }) => [r.id, r.status]),
    );
    expect(byId.get(ra.id)).toBe('rewarded');
    expect(byId.get(rb.id)).toBe('flagged');
    const approved = await org.as.patch(`/api/v1/referrals/${rb.id}`, { decision: 'approve' });
    expect(approved.json()).toMatchObject({ status: 'qualified', flags: [] });
  });

  it('credits a "how did you hear about us?" answer naming a code, once; a name waits for staff', async () => {
    const referrer = await customer({ name: 'Survey Referrer' });
    const code = (await org.as.get(`/api/v1/customers/${referrer.id}/referral-code`)).json().code as string;
    const survey = (
      await org.as.post('/api/v1/surveys', {
        name: 'Welcome',
        languages: ['en'],
        questions: [{ id: 'heard', type: 'referral_source', text: { en: 'How did you hear about us?' } }],
      })
    ).json();
    const byCode = await customer({ name: 'Came by code' });
    const byName = await customer({ name: 'Came by name' });
    const bad = await org.as.post('/api/v1/responses', {
      surveyId: survey.id,
      customerId: byCode.id,
      answers: { heard: 'television' },
    });
    expect(bad.statusCode).toBe(400);
    for (const [c, heard] of [
      [byCode, `referral:${code.slice(0, 3).toLowerCase()}-${code.slice(3)}`],
      [byName, 'referral: Maria from the bakery'],
    ] as const)
      expect(
        (await org.as.post('/api/v1/responses', { surveyId: survey.id, customerId: c.id, answers: { heard } }))
          .statusCode,
      ).toBe(201);

    await sweepReferrals(t.database.pool);
    await sweepReferrals(t.database.pool);
    const mine = (await org.as.get(`/api/v1/referrals?referrerId=${referrer.id}`)).json().items;
    expect(mine).toEqual([
      expect.objectContaining({
        referredId: byCode.id,
        method: 'survey',
        status: 'pending',
        referrerName: 'Survey Referrer',
      }),
    ]);
    const { rows } = await t.database.pool.query(
      `select referred_id from referral_claims where method = 'survey' and referred_id = any($1::uuid[])`,
      [[byCode.id, byName.id]],
    );
    expect(rows).toEqual([{ referred_id: byCode.id }]);
    const names = (await org.as.get('/api/v1/referral-name-credits')).json().items;
    expect(names.map((n: { referredId: string; name: string }) => [n.referredId, n.name])).toEqual([
      [byName.id, 'Maria from the bakery'],
    ]);
  });

  it('a name-only answer waits for staff, who credit the customer it names from a ranked list', async () => {
    const survey = (
      await org.as.post('/api/v1/surveys', {
        name: 'Who recommended',
        languages: ['en'],
        questions: [{ id: 'heard', type: 'referral_source', text: { en: 'Who recommended you?' } }],
      })
    ).json();
    const location = (await org.as.post('/api/v1/locations', { name: 'Name credits' })).json();
    const answer = async (name: string, heard: string, daysAgo: number | null) => {
      const c = await customer({ name });
      if (daysAgo !== null)
        await org.as.post('/api/v1/interactions', {
          occurredAt: new Date(Date.now() - daysAgo * 86_400_000).toISOString(),
          customerId: c.id,
          locationId: location.id,
        });
      const r = await org.as.post('/api/v1/responses', { surveyId: survey.id, customerId: c.id, answers: { heard } });
      expect(r.statusCode).toBe(201);
      return c as { id: string };
    };
    const stefka = await customer({ name: 'Stefka Georgieva' });
    await customer({ name: 'Stefka Petrova' });
    await customer({ name: 'Ivan Stoyanov' });
    const newcomer = await answer('Newcomer One', 'referral:Стефка Г.', 2);
    const oldTimer = await answer('Old Timer', 'referral:Stefka', 100);
    const byCode = await customer({ name: 'Counter Code' });
    const code = (await org.as.get(`/api/v1/customers/${stefka.id}/referral-code`)).json().code as string;
    await org.as.post('/api/v1/referrals', { referredId: byCode.id, method: 'code', code });
    await org.as.post('/api/v1/responses', {
      surveyId: survey.id,
      customerId: byCode.id,
      answers: { heard: 'referral:Stefka' },
    });
    await sweepReferrals(t.database.pool);
    await sweepReferrals(t.database.pool);

    // A code beats a survey answer, so the counter's customer gets no name to resolve.
    const pending = (await org.as.get('/api/v1/referral-name-credits?status=pending&limit=100')).json().items as {
      id: string;
      referredId: string;
      suggestions: { name: string; score: number; matched: string[] }[];
    }[];
    const mine = pending.filter((p) => [newcomer.id, oldTimer.id, byCode.id].includes(p.referredId));
    expect(mine.map((p) => p.referredId).sort()).toEqual([newcomer.id, oldTimer.id].sort());
    const forNewcomer = mine.find((p) => p.referredId === newcomer.id)!;
    expect(forNewcomer.suggestions.slice(0, 2)).toEqual([
      { customerId: stefka.id, name: 'Stefka Georgieva', score: 0.75, matched: ['Stefka', 'Georgieva'] },
      expect.objectContaining({ name: 'Stefka Petrova', score: 0.5 }),
    ]);

    const missing = await org.as.patch(`/api/v1/referral-name-credits/${forNewcomer.id}`, { decision: 'credit' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields).toHaveProperty('referrerId');
    // The answer followed the newcomer's first visit: credited as a survey claim, that visit qualifies it.
    const credited = await org.as.patch(`/api/v1/referral-name-credits/${forNewcomer.id}`, {
      decision: 'credit',
      referrerId: stefka.id,
    });
    expect(credited.statusCode).toBe(200);
    expect(credited.json()).toMatchObject({
      status: 'resolved',
      referrerName: 'Stefka Georgieva',
      suggestions: [],
      referral: { referrerId: stefka.id, method: 'survey', status: 'qualified' },
    });
    const again = await org.as.patch(`/api/v1/referral-name-credits/${forNewcomer.id}`, { decision: 'dismiss' });
    expect(again.statusCode).toBe(400);

    // A customer for 100 days cannot be referred: refused, and the name still waits.
    const forOld = mine.find((p) => p.referredId === oldTimer.id)!;
    const refused = await org.as.patch(`/api/v1/referral-name-credits/${forOld.id}`, {
      decision: 'credit',
      referrerId: stefka.id,
    });
    expect(refused.statusCode).toBe(400);
    const { rows } = await t.database.pool.query(
      `select count(*)::int as n from referral_claims where referred_id = $1`,
      [oldTimer.id],
    );
    expect(rows[0].n).toBe(0);
    const dismissed = await org.as.patch(`/api/v1/referral-name-credits/${forOld.id}`, { decision: 'dismiss' });
    expect(dismissed.json()).toMatchObject({ status: 'dismissed', referral: null });
    const left = (await org.as.get('/api/v1/referral-name-credits?status=pending&limit=100')).json().items as {
      referredId: string;
    }[];
    expect(left.filter((p) => [newcomer.id, oldTimer.id].includes(p.referredId))).toEqual([]);
  });

  it('suggests a customer whose Cyrillic name the answer typed in Latin', async () => {
    const survey = (
      await org.as.post('/api/v1/surveys', {
        name: 'Who recommended, in Latin',
        languages: ['en'],
        questions: [{ id: 'heard', type: 'referral_source', text: { en: 'Who recommended you?' } }],
      })
    ).json();
    const maria = await customer({ name: 'Мария Иванова' });
    await customer({ name: 'Марина Петрова' });
    const newcomer = await customer({ name: 'Latin Typist' });
    await org.as.post('/api/v1/interactions', { occurredAt: new Date().toISOString(), customerId: newcomer.id });
    const r = await org.as.post('/api/v1/responses', {
      surveyId: survey.id,
      customerId: newcomer.id,
      answers: { heard: 'referral:Maria Ivanova' },
    });
    expect(r.statusCode).toBe(201);
    await sweepReferrals(t.database.pool);
    const pending = (await org.as.get('/api/v1/referral-name-credits?status=pending&limit=100')).json().items as {
      referredId: string;
      suggestions: { customerId: string; score: number; matched: string[] }[];
    }[];
    const credit = pending.find((p) => p.referredId === newcomer.id)!;
    expect(credit.suggestions[0]).toEqual(
      expect.objectContaining({ customerId: maria.id, score: 1, matched: ['Мария', 'Иванова'] }),
    );
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

let t: TestApp;
let org: Awaited<ReturnType<TestApp['newOrg']>>;

beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg('Lead bakery');
});
afterAll(() => t.close());

const customer = async (body: Record<string, unknown>) =>
  (await org.as.post('/api/v1/customers', body)).json().id as string;
const reasonsOf = async (id: string) =>
  (await org.as.get('/api/v1/lead-users?limit=100'))
    .json()
    .items.find((x: { customerId: string }) => x.customerId === id)?.reasons;

describe('lead users from ideas and reviews', () => {
  it('counts ideas (double once planned or done) and public reviews with text', async () => {
    const ida = await customer({ name: 'Ida Novak' });
    const ideas = [];
    for (const title of ['Gluten-free bread', 'Evening pickup slot', 'Refill your own jar'])
      ideas.push(
        (
          await org.as.post('/api/v1/insights', {
            audience: 'customer',
            kind: 'idea',
            title,
            onBehalfOfCustomerId: ida,
          })
        ).json().id,
      );
    expect(await reasonsOf(ida)).toEqual([{ reason: 'ideas', count: 3, points: 30 }]);
    const jan = await customer({ name: 'Jan' });
    await org.as.post('/api/v1/insights', {
      audience: 'customer',
      kind: 'idea',
      title: 'Oat milk',
      onBehalfOfCustomerId: jan,
    });
    expect(await reasonsOf(jan)).toEqual([{ reason: 'ideas', count: 1, points: 10 }]);
    const oat = (await org.as.get('/api/v1/insights?audience=customer'))
      .json()
      .items.find((i: { title: string }) => i.title === 'Oat milk').id;
    await org.as.patch(`/api/v1/insights/${oat}`, { status: 'planned' });
    expect(await reasonsOf(jan)).toEqual([{ reason: 'ideas', count: 2, points: 20 }]);

    const kim = await customer({ name: 'Kim' });
    for (const [i, text] of ['Lovely croissants, friendly staff', '', null].entries())
      await t.database.pool.query(
        `insert into reviews (id, org_id, platform, external_id, rating, text, reviewed_at, customer_id)
         values (gen_random_uuid(), $1, 'google', $2, 5, $3, now(), $4)`,
        [org.orgId, `g-${i}`, text, kim],
      );
    expect(await reasonsOf(kim)).toEqual([{ reason: 'reviews', count: 1, points: 5 }]);
  });

  it('invites to co-create only with marketing consent, never after a profiling opt-out, in the customer’s language', async () => {
    const noConsent = await customer({ name: 'Lev', email: 'lev@lead.example' });
    const refused = await org.as.post(`/api/v1/lead-users/${noConsent}/invitations`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('consent');
    const optedOut = await customer({ name: 'Mia', email: 'mia@lead.example', consentEmail: true });
    await org.as.patch(`/api/v1/customers/${optedOut}/loyalty`, { profilingOptOut: true });
    expect((await org.as.post(`/api/v1/lead-users/${optedOut}/invitations`, {})).statusCode).toBe(409);
    const ok = await customer({ name: 'Нина Петрова', email: 'nina@lead.example', consentEmail: true, language: 'bg' });
    const sent = await org.as.post(`/api/v1/lead-users/${ok}/invitations`, { details: 'Четвъртък, 18:00, пекарната' });
    expect(sent.statusCode).toBe(201);
    expect(sent.json()).toEqual({ customerId: ok, to: 'nina@lead.example', language: 'bg' });
    const mail = await t.waitForMail('nina@lead.example');
    expect(mail.subject).toContain('Lead bakery');
    expect(mail.text).toContain('Здравейте, Нина');
    expect(mail.text).toContain('Четвъртък, 18:00, пекарната');
    expect(t.sent.some((m) => m.to === 'lev@lead.example' || m.to === 'mia@lead.example')).toBe(false);
    const staffKey = await t.keyFor(org.orgId, 'staff');
    expect((await t.as(staffKey).post(`/api/v1/lead-users/${ok}/invitations`, {})).statusCode).toBe(403);
    expect((await org.as.post(`/api/v1/lead-users/${ok}/invitations`, { details: 5 })).statusCode).toBe(400);
  });

  it('shows a customer’s answers to "who do you know who does this better?" on their card', async () => {
    const survey = (
      await org.as.post('/api/v1/surveys', {
        name: 'Pyramiding',
        languages: ['en'],
        questions: [
          { id: 'nps', type: 'nps', text: { en: 'Recommend?' }, required: true },
          { id: 'better', type: 'better_elsewhere', text: { en: 'Who do you know who does this better?' } },
        ],
      })
    ).json();
    const ola = await customer({ name: 'Ola' });
    const answered = await org.as.post('/api/v1/responses', {
      surveyId: survey.id,
      customerId: ola,
      answers: { nps: 8, better: 'Mira’s bakery: they text you when the sourdough is out' },
    });
    expect(answered.statusCode, answered.body).toBe(201);
    const tooLong = await org.as.post('/api/v1/responses', {
      surveyId: survey.id,
      customerId: ola,
      answers: { nps: 8, better: 'x'.repeat(501) },
    });
    expect(tooLong.statusCode).toBe(400);
    const card = (await org.as.get(`/api/v1/customers/${ola}/loyalty`)).json();
    expect(card.betterElsewhere).toEqual([
      expect.objectContaining({ answer: 'Mira’s bakery: they text you when the sourdough is out' }),
    ]);
  });

  it('reports tier migration between two moments, the top tenth’s share of ideas and ideas shipped per quarter, each equal to a direct count', async () => {
    const o = await t.newOrg('Figures bakery');
    const pool = t.database.pool;
    const tier = async (name: string, rank: number) =>
      (await o.as.post('/api/v1/tiers', { name, rank, criteria: { minVisits: 50 * rank } })).json().id as string;
    const [friend, regular] = [await tier('Friend', 1), await tier('Regular', 2)];
    const people: string[] = [];
    for (let i = 0; i < 12; i++)
      people.push((await o.as.post('/api/v1/customers', { name: `Customer ${i}` })).json().id);
    const move = (c: string, from: string | null, to: string | null, at: string) =>
      pool.query(
        `insert into tier_changes (id, org_id, customer_id, from_tier_id, to_tier_id, at) values (gen_random_uuid(), $1, $2, $3, $4, $5)`,
        [o.orgId, c, from, to, at],
      );
    // Before the period: 0–3 Friend, 4 Regular. During: 0 → Regular, 1 → none, 5 → Friend; after `to`: 2 → Regular.
    for (const c of people.slice(0, 4)) await move(c, null, friend, '2026-01-10T00:00:00Z');
    await move(people[4]!, null, regular, '2026-01-11T00:00:00Z');
    await move(people[0]!, friend, regular, '2026-02-10T00:00:00Z');
    await move(people[1]!, friend, null, '2026-02-11T00:00:00Z');
    await move(people[5]!, null, friend, '2026-02-12T00:00:00Z');
    await move(people[2]!, friend, regular, '2026-04-10T00:00:00Z');
    // Ideas: customer 6 is the clear lead user (3 ideas, one done in Q1, one done in Q2 after `to`).
    const idea = async (c: string | null, title: string) =>
      (
        await o.as.post('/api/v1/insights', {
          audience: 'customer',
          kind: 'idea',
          title,
          ...(c ? { onBehalfOfCustomerId: c } : {}),
        })
      ).json().id as string;
    const a = await idea(people[6]!, 'Sourdough on Sundays');
    const b = await idea(people[6]!, 'Pre-order by message');
    const c = await idea(people[6]!, 'Loyalty card on the phone');
    await idea(people[7]!, 'Bigger tables');
    await idea(null, 'Heard at the counter: more seats');
    for (const [id, at] of [
      [a, '2026-03-01T00:00:00Z'],
      [b, '2026-04-20T00:00:00Z'],
      // 01:30 on 1 April in Sofia: the second quarter on the organisation's clock, the first in UTC.
      [c, '2026-03-31T22:30:00Z'],
    ] as const)
      await pool.query(
        `update insights set status = 'done', outcome = 'Done for the customers who asked', outcome_at = $2 where id = $1`,
        [id, at],
      );
    await pool.query(`update insights set created_at = '2026-02-01T00:00:00Z' where org_id = $1`, [o.orgId]);
    await pool.query(`update orgs set time_zone = 'Europe/Sofia' where id = $1`, [o.orgId]);

    const f = (await o.as.get('/api/v1/metrics/recognition?from=2026-02-01T00:00:00Z&to=2026-04-01T00:00:00Z')).json();
    const key = (r: { fromTierId: string | null; toTierId: string | null }) => `${r.fromTierId}>${r.toTierId}`;
    expect(
      Object.fromEntries(f.tierMatrix.map((r: never) => [key(r), (r as { customers: number }).customers])),
    ).toEqual({
      [`${friend}>${regular}`]: 1,
      [`${friend}>null`]: 1,
      [`${friend}>${friend}`]: 2,
      [`${regular}>${regular}`]: 1,
      [`null>${friend}`]: 1,
    });
    const direct = await pool.query(
      `select count(distinct customer_id)::int as n from tier_changes where org_id = $1 and at < '2026-04-01'`,
      [o.orgId],
    );
    expect(f.tierMatrix.reduce((s: number, r: { customers: number }) => s + r.customers, 0)).toBe(direct.rows[0].n);
    // Lead users: 6 (ideas) and 7 (one idea) → the top tenth, rounded up, is customer 6 alone: 3 of 5 ideas.
    expect(f.ideasFromTopLeadUsers).toEqual({ leadUsers: 2, topTenth: 1, ideas: 5, fromTopTenth: 3, share: 60 });
    expect(f.ideasShippedPerQuarter).toEqual([
      { quarter: '2026-Q1', shipped: 1 },
      { quarter: '2026-Q2', shipped: 1 },
    ]);
  });
});

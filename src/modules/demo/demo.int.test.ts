import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { catchUpFigures } from '../../server/background.ts';
import { createDemoOrg } from './demo.service.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const count = async (table: string, orgId: string) =>
  (
    await t.db.execute<{ n: number }>(
      sql`select count(*)::int as n from ${sql.identifier(table)} where org_id = ${orgId}`,
    )
  ).rows[0]!.n;

describe('demo organisation', () => {
  // Thousands of rows and the figures caught up: 3–5 s on a quiet machine, over 30 s on a 2-core one
  // loaded by other suites (flake hunt). Slow work, not a wait: it gets two minutes.
  it('writes clinics, staff, touchpoints, customers and 18 months of visits; its owner can sign in', async () => {
    const demo = await createDemoOrg(t.db, { customers: 800, now: new Date('2026-06-01T00:00:00Z') });
    expect(await count('locations', demo.orgId)).toBe(3);
    expect(await count('staff', demo.orgId)).toBe(25);
    expect(await count('touchpoints', demo.orgId)).toBeGreaterThanOrEqual(20);
    expect(await count('customers', demo.orgId)).toBe(800);
    expect(await count('insights', demo.orgId)).toBe(20); // 10 from staff, 10 from customers
    expect(await count('pulse_runs', demo.orgId)).toBe(12);
    expect(await count('pulse_responses', demo.orgId)).toBeGreaterThan(12 * 15);
    const interactions = await count('interactions', demo.orgId);
    expect(interactions).toBe(demo.counts.interactions);
    expect(interactions).toBeGreaterThan(800 * 7);
    expect(interactions).toBeLessThan(800 * 14);
    // May we contact you?: one recent anonymous QR detractor left a phone with consent; its case will show it.
    const contacts = await t.db.execute<{ n: number; i: number; tz: number }>(
      sql`select count(*)::int as n, count(*) filter (where i.shift is not null)::int as tz,
                 (select count(*)::int from interactions where org_id = ${demo.orgId} and shift is not null) as i
            from responses r left join interactions i on i.id = r.interaction_id
           where r.org_id = ${demo.orgId} and r.contact->>'phone' is not null and r.customer_id is null
             and r.nps <= 6 and r.cases_checked_at is null`,
    );
    expect(contacts.rows[0]).toMatchObject({ n: 1, tz: 0, i: interactions });
    // Messaging: the SMS address of each customer who agreed to SMS, with that consent; no channel connected.
    const agreed = await t.db.execute<{ n: number }>(
      sql`select count(*)::int as n from customers where org_id = ${demo.orgId} and phone is not null and consent_sms`,
    );
    expect(await count('customer_channels', demo.orgId)).toBe(agreed.rows[0]!.n);
    expect(await count('channel_connections', demo.orgId)).toBe(0);
    // Advocacy: sources per location, reviews with replies, bad ones with their one recovery case, referrals.
    expect(await count('review_sources', demo.orgId)).toBe(9);
    expect(await count('reviews', demo.orgId)).toBe(demo.counts.reviews);
    expect(demo.counts.reviews).toBe(24);
    // Replies to 4 of the 8 reviews per location, and a draft answer to each location's 2-star review.
    expect(await count('review_replies', demo.orgId)).toBe(15);
    const drafts = await t.db.execute<{ n: number }>(
      sql`select count(*)::int as n from reviews where org_id = ${demo.orgId} and draft_text is not null and rating = 2`,
    );
    expect(drafts.rows[0]!.n).toBe(3);
    // Two "who recommended you?" answers giving a first name only wait for staff.
    expect(await count('referral_name_credits', demo.orgId)).toBe(2);
    const reviewCases = await t.db.execute<{ n: number }>(
      sql`select count(*)::int as n from cases where org_id = ${demo.orgId} and source = 'review'`,
    );
    expect(reviewCases.rows[0]!.n).toBe(12);
    expect(await count('referrals', demo.orgId)).toBe(demo.counts.referrals);
    expect(demo.counts.referrals).toBeGreaterThan(20);
    // Review requests after recent visits, as the request trigger leaves them (the request status screen).
    const requests = await t.db.execute<{ status: string; n: number }>(
      sql`select status, count(*)::int as n from review_requests where org_id = ${demo.orgId} group by 1`,
    );
    expect(requests.rows.map((r) => r.status).sort()).toEqual(expect.arrayContaining(['clicked', 'sent', 'skipped']));
    // The visits sheet and Bitrix24 connectors: paused (no network from a demo), branches matched by name.
    const [crm, sheet] = (
      await t.db.execute<{ kind: string; active: boolean; branches: number }>(
        sql`select kind, active, jsonb_array_length(catalog->'branches')::int as branches from connectors where org_id = ${demo.orgId} order by kind`,
      )
    ).rows;
    expect(crm).toEqual({ kind: 'bitrix24', active: false, branches: 3 });
    expect(sheet).toEqual({ kind: 'csv_url', active: false, branches: 3 });
    // Recognition: tiers, the gesture catalogue, and fifth-visit gestures with a delivery history.
    expect(await count('tiers', demo.orgId)).toBe(3);
    expect(await count('gestures', demo.orgId)).toBe(5);
    expect(await count('gesture_tasks', demo.orgId)).toBe(demo.counts.gestureTasks);
    const delivered = await t.db.execute<{ status: string; n: number }>(
      sql`select status, count(*)::int as n from gesture_tasks where org_id = ${demo.orgId} group by status`,
    );
    const by = Object.fromEntries(delivered.rows.map((r) => [r.status, r.n]));
    expect(by.delivered).toBeGreaterThan(20);
    expect(by.expired).toBeGreaterThan(0);
    expect(await count('customer_tiers', demo.orgId)).toBeGreaterThan(50);
    // The birthday card carries the owner's greeting; the demo leaves no notice waiting to go to its invented customers.
    const notices = await t.db.execute<{ with_notice: number; due: number }>(
      sql`select (select count(*)::int from gestures where org_id = ${demo.orgId} and notice ->> 'ru' like '%{firstName}%') as with_notice,
                 (select count(*)::int from gesture_tasks where org_id = ${demo.orgId} and notice_state in ('due', 'queued')) as due`,
    );
    expect(notices.rows[0]).toEqual({ with_notice: 1, due: 0 });
    // The customer idea board: ideas in every state with customer votes, their authors ranked as lead users.
    const ideas = await t.db.execute<{ status: string; n: number }>(
      sql`select status, count(*)::int as n from insights where org_id = ${demo.orgId} and audience = 'customer' group by status`,
    );
    expect(ideas.rows.map((r) => r.status).sort()).toEqual(['declined', 'done', 'new', 'planned', 'reviewing']);
    expect(await count('insight_customer_votes', demo.orgId)).toBeGreaterThan(30);
    const leads = (await t.as(demo.apiKey).get('/api/v1/lead-users?limit=20')).json();
    expect(
      leads.items.some((l: { reasons: { reason: string }[] }) => l.reasons.some((r) => r.reason === 'ideas')),
    ).toBe(true);

    const { rows } = await t.db.execute<{
      months: number;
      buyers: number;
      repeat: number;
      revenue: number;
      languages: number;
      channels: number;
    }>(sql`
      with purchases as (select customer_id, count(*) as n from interactions where org_id = ${demo.orgId} and revenue > 0 group by 1)
      select
        (select count(distinct date_trunc('month', occurred_at))::int from interactions where org_id = ${demo.orgId}) as months,
        (select count(*)::int from purchases) as buyers,
        (select count(*)::int from purchases where n >= 2) as repeat,
        (select sum(revenue)::float from interactions where org_id = ${demo.orgId}) as revenue,
        (select count(distinct language)::int from customers where org_id = ${demo.orgId}) as languages,
        (select count(distinct acquisition_channel)::int from customers where org_id = ${demo.orgId}) as channels`);
    const r = rows[0]!;
    expect(r.months).toBeGreaterThanOrEqual(18);
    expect(r.buyers).toBeGreaterThan(700);
    expect(r.repeat / r.buyers).toBeGreaterThan(0.3); // some come back…
    expect(r.repeat / r.buyers).toBeLessThan(0.65); // …many do not
    expect(r.revenue).toBeGreaterThan(800 * 100);
    expect(r.languages).toBe(3);
    expect(r.channels).toBeGreaterThanOrEqual(5);

    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: demo.email, password: demo.password },
    });
    expect(login.statusCode).toBe(200);
    const customers = await t.as(demo.apiKey).get('/api/v1/customers?limit=5');
    expect(customers.json().items).toHaveLength(5);

    // Survey answers with a signal the dashboards show: the weaker clinic scores lower.
    expect(demo.counts.responses).toBeGreaterThan(500);
    expect(await count('responses', demo.orgId)).toBe(demo.counts.responses);
    // What `npm run demo` waits for before it prints the sign-in: every answer counted.
    await catchUpFigures(t.database.pool);
    const as = t.as(demo.apiKey);
    const summary = (await as.get('/api/v1/metrics/summary')).json();
    expect(summary.responses).toBe(demo.counts.responses);
    expect(summary.nps.value).toBeGreaterThan(0);
    // Short CSAT and CES surveys after the desk and the booking: those tiles are not empty either.
    expect(summary.csat.n).toBeGreaterThan(50);
    expect(summary.ces.n).toBeGreaterThan(50);
    const byLocation = (await as.get('/api/v1/metrics/breakdown?metric=nps&by=location')).json().items as {
      label: string;
      value: number;
    }[];
    const worst = [...byLocation].sort((a, b) => a.value - b.value)[0]!;
    expect(worst.label).toMatch(/Plovdiv/);
    // Standards: six months of walk-throughs per clinic, the lessons they caused, and a self-assessment.
    expect(await count('audits', demo.orgId)).toBe(18);
    expect(await count('training_assignments', demo.orgId)).toBeGreaterThan(0);
    const compliance = (await as.get('/api/v1/metrics/compliance?by=touchpoint')).json();
    expect(compliance.items[0]).toMatchObject({ label: 'Reception check-in', n: 18 });
    expect(compliance.items[0].nps).not.toBeNull();
    const assessment = (await as.get('/api/v1/self-assessments')).json().items[0];
    expect(assessment.overall).toBeGreaterThanOrEqual(1);
    // The relationship survey gives driver analysis its outcome: the touchpoints that weigh most lead.
    const drivers = (await as.get('/api/v1/metrics/drivers')).json() as {
      n: number;
      items: { label: string | null; importance: number | null }[];
    };
    expect(drivers.n).toBeGreaterThan(100);
    const top = [...drivers.items].sort((a, b) => (b.importance ?? 0) - (a.importance ?? 0))[0]!;
    expect(top.label).toMatch(/check-in|Billing|Phone booking/);
    // Only recent detractors become cases, not 18 months of them.
    await t.runCaseEngine();
    const cases = (await as.get('/api/v1/cases?view=all&limit=500')).json().items.length;
    expect(cases).toBeGreaterThan(0);
    expect(cases).toBeLessThan(demo.counts.responses / 10);

    const again = await createDemoOrg(t.db, { customers: 50, now: new Date('2026-06-01T00:00:00Z') });
    expect(again.orgId).not.toBe(demo.orgId);
    expect(again.email).not.toBe(demo.email);
    expect(await count('customers', demo.orgId)).toBe(800);
  }, 120_000);
});

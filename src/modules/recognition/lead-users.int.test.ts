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
});

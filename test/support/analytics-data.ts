import { ingest } from '../../src/modules/responses/ingest.ts';
import * as surveysRepo from '../../src/modules/surveys/surveys.repo.ts';
import type { TestApp } from './test-app.ts';

/**
 * A small organisation with random data for the derived-data tests: locations, touchpoints of each
 * kind, staff, two surveys, customers with purchases, and responses spread over two months,
 * some near midnight so a time zone change moves them to another day.
 */
export async function randomOrg(t: TestApp, random: () => number, size = { responses: 60, customers: 8 }) {
  const org = await t.newOrg(`Random ${Math.floor(random() * 1e9)}`);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const post = async (url: string, body: unknown) => {
    const res = await org.as.post(url, body);
    if (res.statusCode !== 201 && res.statusCode !== 200) throw new Error(`${url}: ${res.body}`);
    return res.json().id as string;
  };
  const locations = [
    await post('/api/v1/locations', { name: 'North' }),
    await post('/api/v1/locations', { name: 'South' }),
  ];
  const touchpoints: string[] = [];
  for (const kind of ['service', 'product', 'brand'])
    touchpoints.push(await post('/api/v1/touchpoints', { name: `T ${kind}`, kind, stage: 'service' }));
  const staff: string[] = [];
  for (const [i, loc] of locations.entries())
    staff.push(
      await post('/api/v1/staff', {
        name: `S${i}`,
        email: `s${i}-${org.orgId}@data.example`,
        role: 'staff',
        locationIds: [loc],
        sendInvite: false,
      }),
    );
  const surveys: NonNullable<Awaited<ReturnType<typeof surveysRepo.getAnyOrg>>>[] = [];
  for (const name of ['A', 'B']) {
    const id = await post('/api/v1/surveys', {
      name,
      languages: ['en', 'ru'],
      questions: [
        { id: 'nps', type: 'nps', text: { en: 'Recommend?', ru: 'Порекомендуете?' } },
        { id: 'csat', type: 'csat', text: { en: 'Satisfied?', ru: 'Довольны?' } },
        { id: 'ces', type: 'ces', text: { en: 'Easy?', ru: 'Легко?' } },
      ],
    });
    surveys.push((await surveysRepo.getAnyOrg(t.db, id))!);
  }
  const customers: string[] = [];
  for (let i = 0; i < size.customers; i++)
    customers.push(
      await post('/api/v1/customers', { name: `C${i}`, acquisitionChannel: pick(['walk-in', 'ads', null]) }),
    );
  const start = Date.parse('2026-03-01T00:00:00Z');
  const at = () => new Date(start + Math.floor(random() * 60) * 86_400_000 + pick([1, 12, 22.5, 23.5]) * 3_600_000);
  for (const customerId of customers)
    for (let k = Math.floor(random() * 4); k > 0; k--)
      await post('/api/v1/interactions', {
        customerId,
        occurredAt: at().toISOString(),
        revenue: 10 + Math.floor(random() * 90),
      });
  const respond = async () => {
    const answers: Record<string, number> = {};
    if (random() < 0.9) answers.nps = Math.floor(random() * 11);
    if (random() < 0.6) answers.csat = 1 + Math.floor(random() * 5);
    if (random() < 0.4) answers.ces = 1 + Math.floor(random() * 7);
    if (!Object.keys(answers).length) answers.nps = 5;
    const written = await ingest(
      t.db,
      { orgId: org.orgId, survey: pick(surveys), channel: pick(['api', 'qr', 'email'] as const), partial: false },
      {
        answers,
        customerId: random() < 0.8 ? pick(customers) : null,
        locationId: pick([...locations, null]),
        touchpointId: random() < 0.8 ? pick(touchpoints) : null,
        staffId: pick([...staff, null]),
        language: pick(['en', 'ru']),
        submittedAt: at(),
      },
    );
    return written.row.id as string;
  };
  for (let i = 0; i < size.responses; i++) await respond();
  return { org, locations, touchpoints, staff, surveys, customers, respond, at, pick };
}

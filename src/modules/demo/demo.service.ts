import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import { writeDemoConnector } from '../connectors/index.ts';
import { createCustomersBatch } from '../customers/index.ts';
import { BATCH_MAX } from '../interactions/interactions.contract.ts';
import { createBatch } from '../interactions/index.ts';
import { locationsRepo } from '../locations/index.ts';
import { createOrg } from '../access/index.ts';
import { staffRepo } from '../staff/index.ts';
import { touchpointsRepo } from '../touchpoints/index.ts';
import { DEMO_LOCATIONS, DEMO_ORG, DEMO_TOUCHPOINTS } from './demo-data.ts';
import { writeDemoAdvocacy } from './demo-advocacy.ts';
import { writeDemoAddresses } from '../messaging/index.ts';
import { writeDemoIdeas } from './demo-ideas.ts';
import { writeDemoRecognition } from './demo-recognition.ts';
import { writeDemoFeedback } from './demo-feedback.repo.ts';
import { writeDemoStandards } from './demo-standards.ts';
import { generateDemo, type DemoOptions } from './demo-generator.ts';
import { writeDemoVoice } from './demo-voice.repo.ts';
import { generateVoice } from './demo-voice.ts';

const localHour = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', hourCycle: 'h23', timeZone: DEMO_ORG.timeZone });
/** The shift a visit falls in, by its local hour, so figures by shift show at first sight. */
const shiftAt = (at: Date) => {
  const h = Number(localHour.format(at));
  return h < 12 ? 'morning' : h < 17 ? 'day' : h < 22 ? 'evening' : 'night';
};

export type DemoResult = {
  orgId: string;
  email: string;
  password: string;
  apiKey: string;
  counts: {
    locations: number;
    staff: number;
    touchpoints: number;
    customers: number;
    interactions: number;
    responses: number;
    reviews: number;
    referrals: number;
    gestureTasks: number;
  };
};

export type DemoProgress = { step: 'customers' | 'interactions'; done: number; total: number };

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Runs `fn` over the items with at most `width` calls in flight. */
async function inParallel<T>(items: T[], width: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}

/**
 * Creates a new demo organisation every time it runs (a fresh sign-in email each time, so demos
 * never share data or passwords); the people and visits are the same for the same seed.
 */
export async function createDemoOrg(
  db: Db,
  opts: DemoOptions & { onProgress?: (p: DemoProgress) => void } = {},
): Promise<DemoResult> {
  const plan = generateDemo(opts);
  const email = `demo-${randomBytes(4).toString('hex')}@${DEMO_ORG.domain}`;
  const password = randomBytes(9).toString('base64url');
  const org = await createOrg(db, {
    name: DEMO_ORG.name,
    ownerEmail: email,
    ownerPassword: password,
    ownerName: plan.owner.name,
    timeZone: DEMO_ORG.timeZone,
    defaultLanguage: DEMO_ORG.defaultLanguage,
  });
  const actor: Actor = { orgId: org.orgId, role: 'owner', staffId: org.ownerId, locationIds: [], via: 'api_key' };

  const locationIds = new Map<string, string>();
  for (const l of DEMO_LOCATIONS) {
    const { row } = await locationsRepo.insert(db, org.orgId, {
      name: l.name,
      city: l.city,
      address: l.address,
      timeZone: DEMO_ORG.timeZone,
    });
    locationIds.set(l.key, row.id);
  }
  const touchpointIds = new Map<string, string>();
  for (const t of DEMO_TOUCHPOINTS) {
    const { row } = await touchpointsRepo.insert(db, org.orgId, {
      name: t.name,
      description: t.description,
      kind: t.kind,
      stage: t.stage,
      channel: t.channel,
      active: true,
    });
    touchpointIds.set(t.key, row.id);
  }
  const staffIds = new Map<string, string>();
  for (const s of plan.staff) {
    const { id } = await staffRepo.insert(db, {
      orgId: org.orgId,
      name: s.name,
      email: s.email,
      role: s.role,
      position: s.position,
      language: s.language,
      locationIds: [locationIds.get(s.location)!],
    });
    staffIds.set(s.key, id);
  }

  const customerIds = new Map<string, string>();
  let done = 0;
  await inParallel(chunks(plan.customers, BATCH_MAX), 2, async (chunk) => {
    const result = await createCustomersBatch(db, actor, chunk);
    if (result.errors)
      throw new Error(`demo customers refused: ${JSON.stringify(result.results.find((r) => r.error))}`);
    result.results.forEach((r) => customerIds.set(chunk[r.index]!.externalId, r.id!));
    opts.onProgress?.({ step: 'customers', done: (done += chunk.length), total: plan.customers.length });
  });

  done = 0;
  const interactionIds = new Map<string, string>();
  await inParallel(chunks(plan.interactions, BATCH_MAX), 2, async (chunk) => {
    const items = chunk.map((i) => ({
      externalId: i.externalId,
      customerId: customerIds.get(i.customerExternalId),
      touchpointId: touchpointIds.get(i.touchpoint),
      locationId: locationIds.get(i.location),
      staffId: i.staff ? staffIds.get(i.staff) : null,
      shift: shiftAt(i.occurredAt),
      occurredAt: i.occurredAt.toISOString(),
      revenue: i.revenue ?? null,
      currency: i.currency ?? null,
      note: i.note ?? null,
    }));
    const result = await createBatch(db, actor, items);
    if (result.errors)
      throw new Error(`demo interactions refused: ${JSON.stringify(result.results.find((r) => r.error))}`);
    result.results.forEach((r) => interactionIds.set(chunk[r.index]!.externalId, r.id!));
    opts.onProgress?.({ step: 'interactions', done: (done += chunk.length), total: plan.interactions.length });
  });

  const customerLanguage = new Map(plan.customers.map((c) => [c.externalId, c.language ?? 'bg']));
  const responses = await writeDemoFeedback(db, org.orgId, {
    visits: plan.interactions.map((i) => ({
      id: interactionIds.get(i.externalId)!,
      customerId: customerIds.get(i.customerExternalId) ?? null,
      touchpointKey: i.touchpoint,
      locationKey: i.location,
      staffKey: i.staff,
      occurredAt: i.occurredAt,
      language: customerLanguage.get(i.customerExternalId) ?? 'bg',
    })),
    ids: { touchpoints: touchpointIds, locations: locationIds, staff: staffIds },
    now: opts.now,
    seed: opts.seed,
  });

  await writeDemoVoice(
    db,
    org.orgId,
    { staff: staffIds, locations: locationIds, touchpoints: touchpointIds },
    generateVoice(
      plan.staff,
      DEMO_LOCATIONS.map((l) => l.key),
      { now: opts.now ?? new Date(), seed: opts.seed ?? 2026 },
    ),
  );

  const staffByLocation = new Map<string, string[]>();
  for (const s of plan.staff)
    if (s.role === 'staff')
      staffByLocation.set(s.location, [...(staffByLocation.get(s.location) ?? []), staffIds.get(s.key)!]);
  await writeDemoStandards(
    db,
    org.orgId,
    { ownerId: org.ownerId, locations: locationIds, touchpoints: touchpointIds, staffByLocation },
    { now: opts.now, seed: opts.seed },
  );
  const firstVisits = new Map<string, { customerId: string; at: Date; interactionId: string }>();
  for (const i of plan.interactions) {
    const customerId = customerIds.get(i.customerExternalId);
    const seen = customerId && firstVisits.get(customerId);
    if (customerId && (!seen || i.occurredAt < seen.at))
      firstVisits.set(customerId, { customerId, at: i.occurredAt, interactionId: interactionIds.get(i.externalId)! });
  }
  // Drizzle's node-postgres handle is built on the pool; reviews are labelled and cases opened through it.
  const advocacy = await writeDemoAdvocacy({ db, pool: (db as unknown as { $client: pg.Pool }).$client }, org.orgId, {
    locationIds: [...locationIds.values()],
    ownerId: org.ownerId,
    firstVisits: [...firstVisits.values()],
    now: opts.now,
    seed: opts.seed,
  });

  await writeDemoAddresses(
    db,
    org.orgId,
    plan.customers
      .filter((c) => c.phone && c.consentSms && customerIds.has(c.externalId))
      .map((c) => {
        const customerId = customerIds.get(c.externalId)!;
        return { customerId, phone: c.phone!, since: firstVisits.get(customerId)?.at ?? opts.now ?? new Date() };
      }),
  );
  await writeDemoConnector(db, org.orgId, {
    branches: DEMO_LOCATIONS.map((l) => l.name),
    services: DEMO_TOUCHPOINTS.filter((t) => t.kind === 'service').map((t) => t.name),
    now: opts.now ?? new Date(),
  });
  const recognition = await writeDemoRecognition((db as unknown as { $client: pg.Pool }).$client, org.orgId, {
    ownerId: org.ownerId,
    now: opts.now,
  });
  await writeDemoIdeas((db as unknown as { $client: pg.Pool }).$client, org.orgId, { now: opts.now });

  return {
    orgId: org.orgId,
    email,
    password,
    apiKey: org.apiKey,
    counts: {
      locations: locationIds.size,
      staff: plan.staff.length + 1,
      touchpoints: touchpointIds.size,
      customers: customerIds.size,
      interactions: plan.interactions.length,
      responses,
      reviews: advocacy.reviews,
      referrals: advocacy.referrals,
      gestureTasks: recognition.tasks,
    },
  };
}

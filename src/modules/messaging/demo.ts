import type { Db } from '../../platform/db/database.ts';
import { customerChannels, customerPreferredChannels } from './messaging.schema.ts';

/**
 * The demo's customers who agreed to SMS get their phone as an SMS address with that consent, and
 * every third of them prefers SMS. No channel is connected: that takes the owner's own token, so
 * the Channels page shows the demo owner how to connect one.
 */
export async function writeDemoAddresses(
  db: Db,
  orgId: string,
  people: { customerId: string; phone: string; since: Date }[],
): Promise<number> {
  for (let i = 0; i < people.length; i += 1000) {
    const chunk = people.slice(i, i + 1000);
    await db.insert(customerChannels).values(
      chunk.map((p) => ({
        orgId,
        customerId: p.customerId,
        channel: 'sms' as const,
        address: p.phone,
        consentAt: p.since,
        consentSource: 'Booking form: agreed to SMS',
      })),
    );
    const preferring = chunk.filter((_, j) => (i + j) % 3 === 0);
    if (preferring.length)
      await db
        .insert(customerPreferredChannels)
        .values(preferring.map((p) => ({ orgId, customerId: p.customerId, channel: 'sms' as const })));
  }
  return people.length;
}

import type { Db } from '../../platform/db/database.ts';
import type { DeliveryChannel } from '../../shared/domain.ts';
import type { ChannelRoute } from '../invitations/index.ts';
import { DEFAULT_ORDER } from './connections.service.ts';
import * as repo from './messaging.repo.ts';
import { reachable } from './sender.ts';

/** The channels to try, in order: the customer's preferred one, then the owner's fallback order. */
export function channelOrder(preferred: DeliveryChannel | null, fallback: DeliveryChannel[]): DeliveryChannel[] {
  return [...new Set([...(preferred ? [preferred] : []), ...fallback])];
}

/**
 * The order a message is tried in: the channel it was made for, the customer's preferred one,
 * then the owner's fallback order, each once, less the channels already refused for it.
 */
export function deliveryOrder(
  first: DeliveryChannel | undefined,
  preferred: DeliveryChannel | null,
  fallback: DeliveryChannel[],
  refused: ReadonlySet<DeliveryChannel> = new Set(),
): DeliveryChannel[] {
  return channelOrder(first ?? preferred, [...(first && preferred ? [preferred] : []), ...fallback]).filter(
    (c) => !refused.has(c),
  );
}

/**
 * The channel an automatic invitation goes by: the first in `channelOrder` where the customer has
 * an address and consent (and, for a messenger, the organisation a connection). Implements the
 * invitations module's ChannelRoute.
 */
export const routeInvitation: ChannelRoute = async (db: Db, orgId, customer) => {
  const order = channelOrder(
    await repo.preferred(db, orgId, customer.id),
    (await repo.fallbackOrder(db, orgId)) ?? DEFAULT_ORDER,
  );
  const reasons: string[] = [];
  for (const channel of order) {
    if (channel === 'email') {
      if (customer.email && customer.consentEmail) return { channel };
      reasons.push(
        customer.email ? 'The customer has not agreed to receive emails' : 'The customer has no email address',
      );
      continue;
    }
    const target = await reachable(db, orgId, customer.id, channel);
    if (!('reason' in target)) return { channel };
    // A channel the organisation never connected is no reason worth showing on every invitation.
    if (!target.reason.endsWith('is not connected')) reasons.push(target.reason);
  }
  return { reason: reasons.join('; ') || 'No channel reaches the customer' };
};

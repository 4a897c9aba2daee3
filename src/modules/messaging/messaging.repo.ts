import { and, desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import type { DeliveryChannel, MessageStatus, MessagingChannel } from '../../shared/domain.ts';
import {
  channelConnections,
  channelUpdates,
  customerChannels,
  customerPreferredChannels,
  deliveryAttempts,
  messages,
  messagingSettings,
  type ConnectionSettings,
} from './messaging.schema.ts';

export async function connection(db: Db, orgId: string, kind: MessagingChannel) {
  const [row] = await db
    .select()
    .from(channelConnections)
    .where(and(eq(channelConnections.orgId, orgId), eq(channelConnections.kind, kind)));
  return row;
}

/**
 * The connection a provider callback names by its URL token. The only query not led by an
 * organisation: the token is how the organisation is found, and its secret is checked next.
 */
export async function connectionByHookToken(db: Db, kind: MessagingChannel, hookToken: string) {
  const [row] = await db
    .select()
    .from(channelConnections)
    .where(and(eq(channelConnections.hookToken, hookToken), eq(channelConnections.kind, kind)));
  return row;
}

export async function saveConnection(
  db: Db,
  values: {
    orgId: string;
    kind: MessagingChannel;
    settings: ConnectionSettings;
    secret: string | null;
    hookToken: string;
    hookSecret: string;
  },
) {
  const [row] = await db
    .insert(channelConnections)
    .values(values)
    .onConflictDoUpdate({
      target: [channelConnections.orgId, channelConnections.kind],
      set: { settings: values.settings, secret: values.secret, updatedAt: new Date() },
    })
    .returning();
  return row!;
}

export async function deleteConnection(db: Db, orgId: string, kind: MessagingChannel) {
  await db
    .delete(channelConnections)
    .where(and(eq(channelConnections.orgId, orgId), eq(channelConnections.kind, kind)));
}

export async function connectedKinds(db: Db, orgId: string): Promise<MessagingChannel[]> {
  const rows = await db
    .select({ kind: channelConnections.kind })
    .from(channelConnections)
    .where(and(eq(channelConnections.orgId, orgId), isNotNull(channelConnections.secret)));
  return rows.map((r) => r.kind);
}

export async function fallbackOrder(db: Db, orgId: string): Promise<DeliveryChannel[] | undefined> {
  const [row] = await db.select().from(messagingSettings).where(eq(messagingSettings.orgId, orgId));
  return row?.fallbackOrder as DeliveryChannel[] | undefined;
}

export async function setFallbackOrder(db: Db, orgId: string, order: DeliveryChannel[]) {
  await db
    .insert(messagingSettings)
    .values({ orgId, fallbackOrder: order })
    .onConflictDoUpdate({ target: messagingSettings.orgId, set: { fallbackOrder: order, updatedAt: new Date() } });
}

export async function addresses(db: Db, orgId: string, customerId: string) {
  return db
    .select()
    .from(customerChannels)
    .where(and(eq(customerChannels.orgId, orgId), eq(customerChannels.customerId, customerId)));
}

export async function saveAddress(
  db: Db,
  v: {
    orgId: string;
    customerId: string;
    channel: MessagingChannel;
    address: string;
    consentAt: Date | null;
    consentSource: string | null;
  },
) {
  await db
    .insert(customerChannels)
    .values(v)
    .onConflictDoUpdate({
      target: [customerChannels.orgId, customerChannels.customerId, customerChannels.channel],
      set: { address: v.address, consentAt: v.consentAt, consentSource: v.consentSource, updatedAt: new Date() },
    });
}

export async function deleteAddress(db: Db, orgId: string, customerId: string, channel: MessagingChannel) {
  await db
    .delete(customerChannels)
    .where(
      and(
        eq(customerChannels.orgId, orgId),
        eq(customerChannels.customerId, customerId),
        eq(customerChannels.channel, channel),
      ),
    );
}

/** The customer writing from this address (the most recently bound, if several share it). */
export async function customerAt(db: Db, orgId: string, channel: MessagingChannel, address: string) {
  const [row] = await db
    .select()
    .from(customerChannels)
    .where(
      and(
        eq(customerChannels.orgId, orgId),
        eq(customerChannels.channel, channel),
        eq(customerChannels.address, address),
      ),
    )
    .orderBy(desc(customerChannels.updatedAt))
    .limit(1);
  return row;
}

export async function preferred(db: Db, orgId: string, customerId: string): Promise<DeliveryChannel | null> {
  const [row] = await db
    .select()
    .from(customerPreferredChannels)
    .where(and(eq(customerPreferredChannels.orgId, orgId), eq(customerPreferredChannels.customerId, customerId)));
  return row?.channel ?? null;
}

export async function setPreferred(db: Db, orgId: string, customerId: string, channel: DeliveryChannel | null) {
  if (!channel) {
    await db
      .delete(customerPreferredChannels)
      .where(and(eq(customerPreferredChannels.orgId, orgId), eq(customerPreferredChannels.customerId, customerId)));
    return;
  }
  await db
    .insert(customerPreferredChannels)
    .values({ orgId, customerId, channel })
    .onConflictDoUpdate({
      target: [customerPreferredChannels.orgId, customerPreferredChannels.customerId],
      set: { channel },
    });
}

export type MessageInsert = typeof messages.$inferInsert;

export async function insertMessage(db: Db, values: MessageInsert) {
  const [row] = await db.insert(messages).values(values).returning();
  return row!;
}

export async function updateMessage(
  db: Db,
  orgId: string,
  id: string,
  values: Partial<Pick<MessageInsert, 'status' | 'providerId' | 'providerAnswer' | 'awaiting' | 'responseId'>>,
) {
  await db
    .update(messages)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(messages.orgId, orgId), eq(messages.id, id)));
}

export async function message(db: Db, orgId: string, id: string) {
  const [row] = await db
    .select()
    .from(messages)
    .where(and(eq(messages.orgId, orgId), eq(messages.id, id)));
  return row;
}

export async function messageByProviderId(db: Db, orgId: string, channel: MessagingChannel, providerId: string) {
  const [row] = await db
    .select()
    .from(messages)
    .where(and(eq(messages.orgId, orgId), eq(messages.channel, channel), eq(messages.providerId, providerId)))
    .limit(1);
  return row;
}

/** The last message Zabota sent to this address: what a customer's free text answers. */
export async function lastSentTo(db: Db, orgId: string, channel: MessagingChannel, address: string) {
  const [row] = await db
    .select()
    .from(messages)
    .where(
      and(
        eq(messages.orgId, orgId),
        eq(messages.channel, channel),
        eq(messages.address, address),
        eq(messages.direction, 'out'),
      ),
    )
    .orderBy(desc(messages.createdAt), desc(messages.id))
    .limit(1);
  return row;
}

export async function list(
  db: Db,
  orgId: string,
  by: { customerId?: string; invitationId?: string; caseId?: string },
  limit = 100,
) {
  return db
    .select()
    .from(messages)
    .where(
      and(
        eq(messages.orgId, orgId),
        by.customerId ? eq(messages.customerId, by.customerId) : undefined,
        by.invitationId ? eq(messages.invitationId, by.invitationId) : undefined,
        by.caseId ? eq(messages.caseId, by.caseId) : undefined,
      ),
    )
    .orderBy(desc(messages.createdAt), desc(messages.id))
    .limit(limit);
}

/** True the first time this callback is seen; false for a provider's retry (then nothing is done again). */
export async function claimUpdate(db: Db, orgId: string, channel: MessagingChannel, key: string): Promise<boolean> {
  const rows = await db
    .insert(channelUpdates)
    .values({ orgId, channel, updateKey: key })
    .onConflictDoNothing()
    .returning({ key: channelUpdates.updateKey });
  return rows.length > 0;
}

/** A customer row's existence in the organisation (addresses are only kept for its customers). */
export async function customerExists(db: Db, orgId: string, customerId: string): Promise<boolean> {
  const { rows } = await db.execute(
    sql`select 1 from customers where org_id = ${orgId} and id = ${customerId} limit 1`,
  );
  return rows.length > 0;
}

export type AttemptInsert = typeof deliveryAttempts.$inferInsert;

export async function insertAttempt(db: Db, values: AttemptInsert) {
  const [row] = await db.insert(deliveryAttempts).values(values).returning();
  return row!;
}

/** The channels a provider already refused for this subject: each is tried once. */
export async function failedChannels(
  db: Db,
  orgId: string,
  subject: AttemptInsert['subject'],
  subjectId: string,
): Promise<Set<DeliveryChannel>> {
  const rows = await db
    .select({ channel: deliveryAttempts.channel })
    .from(deliveryAttempts)
    .where(
      and(
        eq(deliveryAttempts.orgId, orgId),
        eq(deliveryAttempts.subject, subject),
        eq(deliveryAttempts.subjectId, subjectId),
        eq(deliveryAttempts.status, 'failed'),
      ),
    );
  return new Set(rows.map((r) => r.channel));
}

/** Attempts with their message's current status (a delivery report may have moved it on). */
export async function attempts(
  db: Db,
  orgId: string,
  by: { customerId?: string; subject?: AttemptInsert['subject']; subjectId?: string },
  limit = 200,
) {
  return db
    .select({
      id: deliveryAttempts.id,
      customerId: deliveryAttempts.customerId,
      subject: deliveryAttempts.subject,
      subjectId: deliveryAttempts.subjectId,
      channel: deliveryAttempts.channel,
      status: sql<MessageStatus>`coalesce(${messages.status}, ${deliveryAttempts.status})`,
      providerAnswer: sql<string | null>`coalesce(${messages.providerAnswer}, ${deliveryAttempts.providerAnswer})`,
      createdAt: deliveryAttempts.createdAt,
      updatedAt: sql<Date>`greatest(${messages.updatedAt}, ${deliveryAttempts.updatedAt})`,
    })
    .from(deliveryAttempts)
    .leftJoin(messages, and(eq(messages.orgId, deliveryAttempts.orgId), eq(messages.id, deliveryAttempts.messageId)))
    .where(
      and(
        eq(deliveryAttempts.orgId, orgId),
        by.customerId ? eq(deliveryAttempts.customerId, by.customerId) : undefined,
        by.subject ? eq(deliveryAttempts.subject, by.subject) : undefined,
        by.subjectId ? eq(deliveryAttempts.subjectId, by.subjectId) : undefined,
      ),
    )
    .orderBy(desc(deliveryAttempts.createdAt), desc(deliveryAttempts.id))
    .limit(limit);
}

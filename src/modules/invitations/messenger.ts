import type { Db } from '../../platform/db/database.ts';
import type { DeliveryChannel, MessagingChannel } from '../../shared/domain.ts';
import type { Question } from '../../shared/survey-definition.ts';

/**
 * How an invitation goes out on a messenger or by SMS. The messaging module implements it; the
 * server's workers hand it to delivery (so invitations need not know the messaging module, which
 * itself records in-chat answers on invitations).
 */
export type InvitationMessage = {
  orgId: string;
  invitationId: string;
  customerId: string;
  customerName: string | null;
  channel: MessagingChannel;
  survey: { id: string; questions: Question[]; languages: string[] };
  url: string;
  language: string;
  business: string;
  reminder: boolean;
};

export type MessengerOutcome =
  | { outcome: 'sent' }
  | { outcome: 'skipped'; reason: string }
  | { outcome: 'failed'; reason: string; transient: boolean };

/** Sends through `db`, the delivery's transaction (the message row commits with the invitation's status). */
export type Messenger = (db: Db, m: InvitationMessage) => Promise<MessengerOutcome>;

/**
 * Which channel an automatic invitation takes: the customer's preferred one if they can be reached
 * there with consent, else the first such in the organisation's fallback order (email included).
 */
export type ChannelRoute = (
  db: Db,
  orgId: string,
  customer: { id: string; email: string | null; consentEmail: boolean },
) => Promise<{ channel: DeliveryChannel } | { reason: string }>;

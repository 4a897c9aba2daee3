import type { Db } from '../../platform/db/database.ts';
import type { Mail, Mailer } from '../../platform/mail/mailer.ts';
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

/** What a message to a customer is about; each channel's attempt is recorded against it. */
export type DeliverySubject = { kind: 'invitation' | 'review_request' | 'gesture_task'; id: string };

/**
 * One message to one customer, in every form a channel needs: the mail, and either an invitation
 * (the messaging module asks its first score in the chat) or plain text with the link.
 */
export type Dispatchable = {
  orgId: string;
  customer: { id: string; email: string | null; consentEmail: boolean };
  subject: DeliverySubject;
  /** The channel chosen when it was made; then the customer's preferred one, then the owner's order. */
  first?: DeliveryChannel;
  mail: Mail;
  chat: { invitation: Omit<InvitationMessage, 'channel'> } | { text: string };
};

export type DispatchOutcome =
  { outcome: 'sent'; channel: DeliveryChannel } | { outcome: 'skipped' | 'failed'; reason: string };

/**
 * Sends by the first channel that reaches the customer with consent; a channel whose provider
 * refuses is recorded as failed and the next in the order is tried, each channel once. A
 * passing failure (a timeout, a 4xx SMTP reply) throws for the queue to retry, unless
 * `lastAttempt`. Runs in `db`, the sender's transaction, so the records commit with its status.
 */
export type Dispatch = (
  db: Db,
  deps: { mailer: Mailer; lastAttempt: boolean },
  m: Dispatchable,
) => Promise<DispatchOutcome>;

/**
 * Which channel an automatic invitation takes: the customer's preferred one if they can be reached
 * there with consent, else the first such in the organisation's fallback order (email included).
 */
export type ChannelRoute = (
  db: Db,
  orgId: string,
  customer: { id: string; email: string | null; consentEmail: boolean },
) => Promise<{ channel: DeliveryChannel } | { reason: string }>;

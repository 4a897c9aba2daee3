import type { DeliveryChannel } from '../../shared/domain.ts';
import { isPermanentMailError, type Dispatch } from '../invitations/index.ts';
import { DEFAULT_ORDER } from './connections.service.ts';
import * as repo from './messaging.repo.ts';
import { deliveryOrder } from './route.ts';
import { invitationChat, NAMES, reachable, sendMessage } from './sender.ts';

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e)).slice(0, 1000);

/** A channel the organisation never connected is no reason worth showing on every message. */
const worthShowing = (reason: string) => !reason.endsWith('is not connected');

/**
 * The one router every customer message goes through (invitations, "did we make it right?",
 * review requests): the channel it was made for, the customer's preferred one, then the owner's
 * order — each only where the customer has an address and consent. A provider's refusal is
 * recorded and the next channel tried; a channel refused once is never tried again for that
 * subject, so a retried job resumes down the order.
 */
export const dispatch: Dispatch = async (db, deps, m) => {
  const { orgId, customer, subject } = m;
  const refused = await repo.failedChannels(db, orgId, subject.kind, subject.id);
  const reasons: string[] = [];
  let tried = false;
  const record = (channel: DeliveryChannel, status: 'sent' | 'failed', answer: string, messageId?: string) =>
    repo.insertAttempt(db, {
      orgId,
      customerId: customer.id,
      subject: subject.kind,
      subjectId: subject.id,
      channel,
      status,
      providerAnswer: answer.slice(0, 1000),
      messageId: messageId ?? null,
    });
  const order = deliveryOrder(
    m.first,
    await repo.preferred(db, orgId, customer.id),
    (await repo.fallbackOrder(db, orgId)) ?? DEFAULT_ORDER,
    refused,
  );
  for (const channel of order) {
    if (channel === 'email') {
      if (!customer.email || !customer.consentEmail) {
        reasons.push(
          customer.email ? 'The customer has not agreed to receive emails' : 'The customer has no email address',
        );
        continue;
      }
      tried = true;
      try {
        const info = await deps.mailer.send(m.mail);
        await record('email', 'sent', info.messageId ?? 'ok');
        return { outcome: 'sent', channel };
      } catch (e) {
        if (!isPermanentMailError(e) && !deps.lastAttempt) throw e;
        await record('email', 'failed', errorText(e));
        reasons.push(`Email: ${errorText(e)}`);
        continue;
      }
    }
    const target = await reachable(db, orgId, customer.id, channel);
    if ('reason' in target) {
      if (worthShowing(target.reason)) reasons.push(target.reason);
      continue;
    }
    tried = true;
    const content = 'invitation' in m.chat ? invitationChat(m.chat.invitation, channel) : { text: m.chat.text };
    const sent = await sendMessage(db, target.connection, {
      ...content,
      orgId,
      channel,
      address: target.address,
      customerId: customer.id,
      invitationId: subject.kind === 'invitation' ? subject.id : null,
    });
    if (!sent.ok && sent.transient && !deps.lastAttempt) throw new Error(sent.answer);
    await record(channel, sent.ok ? 'sent' : 'failed', sent.answer, sent.row.id);
    if (sent.ok) return { outcome: 'sent', channel };
    reasons.push(`${NAMES[channel]}: ${sent.answer}`);
  }
  const reason = reasons.join('; ') || 'No channel reaches the customer';
  return { outcome: tried ? 'failed' : 'skipped', reason };
};

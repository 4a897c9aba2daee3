import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import type { Emit } from '../../platform/events.ts';
import type { MessagingChannel } from '../../shared/domain.ts';
import type { MessageKey } from '../../shared/i18n/translate.ts';
import { casesService } from '../cases/index.ts';
import { customersService } from '../customers/index.ts';
import { invitationsService } from '../invitations/index.ts';
import { addAnswer, ingest } from '../responses/index.ts';
import { surveyForIngest } from '../surveys/index.ts';
import { customerOfPayload } from './binding.ts';
import { hookSecretOf } from './connections.service.ts';
import * as repo from './messaging.repo.ts';
import type { ConnectionRow, MessageRow } from './messaging.schema.ts';
import { chatQuestion } from './sender.ts';

/**
 * What a customer does in a chat, whatever the messenger: press a score button, write a comment,
 * answer about their case, start or stop the bot. Runs inside the callback's transaction (with its
 * claimed update key); the bot's replies are collected and sent by the caller after the commit.
 */
export type Reply = { to: string; key: MessageKey; lang: string; askText?: boolean };
export type Inbound = {
  db: Db;
  conn: ConnectionRow;
  channel: MessagingChannel;
  lang: string;
  replies: Reply[];
  emit?: Emit;
};

/** A score button: stored through the responses ingest like the respondent page's first answer. */
export async function answerScore(tx: Inbound, address: string, messageId: string, score: number): Promise<string> {
  const msg = await repo.message(tx.db, tx.conn.orgId, messageId);
  // Only the chat the question went to may answer it.
  if (!msg || msg.channel !== tx.channel || msg.address !== address || !msg.invitationId) return 'ignored';
  const inv = await invitationsService.invitationRow(tx.db, tx.conn.orgId, msg.invitationId);
  const already = () => (tx.replies.push({ to: address, key: 'chat.already', lang: tx.lang }), 'already');
  if (!inv || msg.responseId || inv.answeredAt || inv.expiresAt.getTime() < Date.now()) return already();
  const survey = await surveyForIngest(tx.db, inv.surveyId);
  const question = survey && chatQuestion(survey.questions);
  if (!survey || survey.status === 'closed' || !question) return already();
  const language = survey.languages.includes(tx.lang) ? tx.lang : survey.languages[0]!;
  let responseId: string;
  try {
    const { row } = await ingest(
      tx.db,
      {
        orgId: tx.conn.orgId,
        survey,
        channel: tx.channel === 'viber' ? 'viber' : 'telegram',
        partial: true,
        emit: tx.emit,
      },
      {
        answers: { [question.id]: score },
        language,
        invitationId: inv.id,
        customerId: inv.customerId,
        interactionId: inv.interactionId,
      },
    );
    responseId = row.id;
  } catch (e) {
    if (e instanceof AppError && e.code === 'invalid') return 'invalid';
    throw e;
  }
  const comment = survey.questions.find((x) => x.type === 'text' && x.id !== question.id);
  await repo.updateMessage(tx.db, tx.conn.orgId, msg.id, { responseId, awaiting: comment?.id ?? null });
  if (comment) {
    tx.replies.push({ to: address, key: 'chat.comment', lang: language, askText: true });
    return 'score';
  }
  await invitationsService.markAnsweredInChat(tx.db, tx.conn.orgId, inv.id);
  tx.replies.push({ to: address, key: 'chat.thanks', lang: language });
  return 'answered';
}

/** The customer opened their personal link (Telegram /start, Viber conversation context): their chat is bound, with consent. */
export async function bind(tx: Inbound, address: string, payload: string): Promise<string> {
  const orgId = tx.conn.orgId;
  const customerId = customerOfPayload(payload, hookSecretOf(tx.conn));
  if (!customerId || !(await customersService.exists(tx.db, orgId, customerId))) {
    tx.replies.push({ to: address, key: 'chat.badLink', lang: tx.lang });
    return 'bad link';
  }
  await repo.saveAddress(tx.db, {
    orgId,
    customerId,
    channel: tx.channel,
    address,
    consentAt: new Date(),
    consentSource: `${tx.channel === 'viber' ? 'Viber' : 'Telegram'}: started the bot from their personal link`,
  });
  tx.replies.push({ to: address, key: 'chat.bound', lang: tx.lang });
  return 'bound';
}

export async function stop(tx: Inbound, address: string): Promise<string> {
  const who = await repo.customerAt(tx.db, tx.conn.orgId, tx.channel, address);
  if (who) await repo.saveAddress(tx.db, { ...who, consentAt: null, consentSource: `${tx.channel}: asked to stop` });
  tx.replies.push({ to: address, key: 'chat.stopped', lang: tx.lang });
  return 'stopped';
}

/**
 * Free text: the comment an in-chat survey waits for, else a reply about the customer's case (the
 * message replied to, or the last one sent to this chat, names it), else kept on the customer's page.
 */
export async function inboundText(
  tx: Inbound,
  m: { address: string; text: string; providerId: string; replyTo?: string },
): Promise<string> {
  const orgId = tx.conn.orgId;
  const repliedTo = m.replyTo ? await repo.messageByProviderId(tx.db, orgId, tx.channel, m.replyTo) : undefined;
  const context =
    repliedTo?.address === m.address ? repliedTo : await repo.lastSentTo(tx.db, orgId, tx.channel, m.address);
  const who = await repo.customerAt(tx.db, orgId, tx.channel, m.address);
  const inbound = (extra: Partial<MessageRow>) =>
    repo.insertMessage(tx.db, {
      orgId,
      channel: tx.channel,
      direction: 'in',
      address: m.address,
      body: m.text,
      status: 'received',
      providerId: m.providerId,
      customerId: who?.customerId ?? context?.customerId ?? null,
      ...extra,
    });
  if (context?.awaiting && context.responseId && context.invitationId) return comment(tx, m, context, inbound);
  if (context?.caseId) {
    const row = await inbound({ caseId: context.caseId });
    await casesService.recordMessage(tx.db, orgId, context.caseId, {
      direction: 'in',
      channel: tx.channel,
      text: m.text,
      messageId: row.id,
    });
    tx.replies.push({ to: m.address, key: 'chat.received', lang: tx.lang });
    return 'case reply';
  }
  await inbound({});
  return 'received';
}

async function comment(
  tx: Inbound,
  m: { address: string; text: string },
  context: MessageRow,
  inbound: (extra: Partial<MessageRow>) => Promise<MessageRow>,
): Promise<string> {
  const orgId = tx.conn.orgId;
  const inv = await invitationsService.invitationRow(tx.db, orgId, context.invitationId!);
  const survey = inv && (await surveyForIngest(tx.db, inv.surveyId));
  if (!inv || !survey) return 'ignored';
  try {
    const row = await addAnswer(tx.db, orgId, survey, context.responseId!, { [context.awaiting!]: m.text }, tx.emit);
    await inbound({ invitationId: inv.id, responseId: row.id });
  } catch (e) {
    if (!(e instanceof AppError && e.code === 'invalid')) throw e;
    return 'invalid';
  }
  await repo.updateMessage(tx.db, orgId, context.id, { awaiting: null });
  await invitationsService.markAnsweredInChat(tx.db, orgId, inv.id);
  tx.replies.push({ to: m.address, key: 'chat.thanks', lang: tx.lang });
  return 'comment';
}

import type pg from 'pg';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import type { Emit } from '../../platform/events.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { translate, type MessageKey } from '../../shared/i18n/translate.ts';
import { recordMessage } from '../cases/cases.service.ts';
import { exists as customerExists } from '../customers/customers.service.ts';
import { invitationRow, markAnsweredInChat } from '../invitations/invitations.service.ts';
import { brandOf } from '../orgs/orgs.service.ts';
import { addAnswer, ingest } from '../responses/responses.service.ts';
import { surveyForIngest } from '../surveys/surveys.service.ts';
import { customerOfPayload, sameSecret } from './binding.ts';
import { hookSecretOf, openSecrets } from './connections.service.ts';
import * as repo from './messaging.repo.ts';
import type { ConnectionRow, MessageRow } from './messaging.schema.ts';
import { chatQuestion } from './sender.ts';
import { callTelegram, parseScore, type ReplyMarkup, type TelegramUpdate } from './telegram-api.ts';

export type HookDeps = { db: Db; pool: pg.Pool; emit?: Emit };
type Reply = { chatId: number; key: MessageKey; lang: string; markup?: ReplyMarkup };
type Tx = { db: Db; conn: ConnectionRow; lang: string; replies: Reply[]; emit?: Emit };

/**
 * One Telegram update (https://core.telegram.org/bots/api#setwebhook). Refused unless the
 * X-Telegram-Bot-Api-Secret-Token header carries the secret given to setWebhook. The update's id is
 * claimed in the same transaction as everything it stores, so Telegram's retry of an update that
 * was handled changes nothing. The bot's replies go after the commit.
 */
export async function telegramUpdate(
  deps: HookDeps,
  hookToken: string,
  secretHeader: string | undefined,
  update: TelegramUpdate,
): Promise<{ status: 200 | 401 | 404; handled?: string }> {
  const conn = await repo.connectionByHookToken(deps.db, 'telegram', hookToken);
  if (!conn) return { status: 404 };
  if (!sameSecret(secretHeader, hookSecretOf(conn))) return { status: 401 };
  const lang = (await brandOf(deps.db, conn.orgId))?.language ?? 'en';
  const replies: Reply[] = [];
  const handled = await inTransaction(deps.pool, async ({ db }) => {
    if (!(await repo.claimUpdate(db, conn.orgId, 'telegram', String(update.update_id)))) return 'repeat';
    const tx: Tx = { db, conn, lang: update.message?.from?.language_code ?? lang, replies, emit: deps.emit };
    if (update.callback_query) return onButton(tx, update.callback_query);
    if (update.message?.text) return onText(tx, update.message as TextMessage);
    return 'ignored';
  });
  const token = openSecrets(conn).token;
  if (token) {
    const business = (await brandOf(deps.db, conn.orgId))?.name ?? '';
    for (const r of replies)
      await callTelegram(token, 'sendMessage', {
        chat_id: r.chatId,
        text: translate(r.lang, r.key, { business }),
        ...(r.markup ? { reply_markup: r.markup } : {}),
      });
    if (update.callback_query && handled !== 'repeat')
      await callTelegram(token, 'answerCallbackQuery', { callback_query_id: update.callback_query.id });
  }
  return { status: 200, handled };
}

async function onButton(tx: Tx, q: NonNullable<TelegramUpdate['callback_query']>): Promise<string> {
  const chatId = q.message?.chat.id ?? q.from.id;
  const parsed = parseScore(q.data ?? '');
  if (!parsed) return 'ignored';
  const msg = await repo.message(tx.db, tx.conn.orgId, parsed.messageId);
  // Only the chat the question went to may answer it.
  if (!msg || msg.channel !== 'telegram' || msg.address !== String(chatId) || !msg.invitationId) return 'ignored';
  const inv = await invitationRow(tx.db, tx.conn.orgId, msg.invitationId);
  const already = () => (tx.replies.push({ chatId, key: 'chat.already', lang: tx.lang }), 'already');
  if (!inv || msg.responseId || inv.answeredAt || inv.expiresAt.getTime() < Date.now()) return already();
  const survey = await surveyForIngest(tx.db, inv.surveyId);
  const question = survey && chatQuestion(survey.questions);
  if (!survey || survey.status === 'closed' || !question) return already();
  const language = survey.languages.includes(tx.lang) ? tx.lang : survey.languages[0]!;
  let responseId: string;
  try {
    const { row } = await ingest(
      tx.db,
      { orgId: tx.conn.orgId, survey, channel: 'telegram', partial: true, emit: tx.emit },
      {
        answers: { [question.id]: parsed.score },
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
    tx.replies.push({ chatId, key: 'chat.comment', lang: language, markup: { force_reply: true } });
    return 'score';
  }
  await markAnsweredInChat(tx.db, tx.conn.orgId, inv.id);
  tx.replies.push({ chatId, key: 'chat.thanks', lang: language });
  return 'answered';
}

type TextMessage = NonNullable<TelegramUpdate['message']> & { text: string };

async function onText(tx: Tx, m: TextMessage): Promise<string> {
  const chatId = m.chat.id;
  const address = String(chatId);
  const orgId = tx.conn.orgId;
  const start = /^\/start(?:@\w+)?\s+(\S+)/.exec(m.text);
  if (start) {
    const customerId = customerOfPayload(start[1]!, hookSecretOf(tx.conn));
    if (!customerId || !(await customerExists(tx.db, orgId, customerId))) {
      tx.replies.push({ chatId, key: 'chat.badLink', lang: tx.lang });
      return 'bad link';
    }
    await repo.saveAddress(tx.db, {
      orgId,
      customerId,
      channel: 'telegram',
      address,
      consentAt: new Date(),
      consentSource: 'Telegram: started the bot from their personal link',
    });
    tx.replies.push({ chatId, key: 'chat.bound', lang: tx.lang });
    return 'bound';
  }
  const who = await repo.customerAt(tx.db, orgId, 'telegram', address);
  if (/^\/stop\b/.test(m.text)) {
    if (who)
      await repo.saveAddress(tx.db, {
        ...who,
        consentAt: null,
        consentSource: 'Telegram: sent /stop',
      });
    tx.replies.push({ chatId, key: 'chat.stopped', lang: tx.lang });
    return 'stopped';
  }
  if (m.text.startsWith('/')) return 'ignored';
  const repliedTo = m.reply_to_message
    ? await repo.messageByProviderId(tx.db, orgId, 'telegram', String(m.reply_to_message.message_id))
    : undefined;
  const context = repliedTo?.address === address ? repliedTo : await repo.lastSentTo(tx.db, orgId, 'telegram', address);
  const inbound = (extra: Partial<MessageRow>) =>
    repo.insertMessage(tx.db, {
      orgId,
      channel: 'telegram',
      direction: 'in',
      address,
      body: m.text,
      status: 'received',
      providerId: String(m.message_id),
      customerId: who?.customerId ?? context?.customerId ?? null,
      ...extra,
    });
  if (context?.awaiting && context.responseId && context.invitationId) return onComment(tx, m, context, inbound);
  if (context?.caseId) {
    const row = await inbound({ caseId: context.caseId });
    await recordMessage(tx.db, orgId, context.caseId, {
      direction: 'in',
      channel: 'telegram',
      text: m.text,
      messageId: row.id,
    });
    tx.replies.push({ chatId, key: 'chat.received', lang: tx.lang });
    return 'case reply';
  }
  await inbound({});
  return 'received';
}

async function onComment(
  tx: Tx,
  m: TextMessage,
  context: MessageRow,
  inbound: (extra: Partial<MessageRow>) => Promise<MessageRow>,
): Promise<string> {
  const orgId = tx.conn.orgId;
  const inv = await invitationRow(tx.db, orgId, context.invitationId!);
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
  await markAnsweredInChat(tx.db, orgId, inv.id);
  tx.replies.push({ chatId: m.chat.id, key: 'chat.thanks', lang: tx.lang });
  return 'comment';
}

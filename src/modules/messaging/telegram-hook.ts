import type pg from 'pg';
import type { Db } from '../../platform/db/database.ts';
import type { Emit } from '../../platform/events.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { brandOf } from '../orgs/index.ts';
import { sameSecret } from './binding.ts';
import { hookSecretOf, openSecrets } from './connections.service.ts';
import { answerScore, bind, inboundText, stop, type Inbound, type Reply } from './inbound.ts';
import * as repo from './messaging.repo.ts';
import { callTelegram, parseScore, type TelegramUpdate } from './telegram-api.ts';

export type HookDeps = { db: Db; pool: pg.Pool; emit?: Emit };

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
  const brand = await brandOf(deps.db, conn.orgId);
  const replies: Reply[] = [];
  const handled = await inTransaction(deps.pool, async ({ db }) => {
    if (!(await repo.claimUpdate(db, conn.orgId, 'telegram', String(update.update_id)))) return 'repeat';
    const lang = update.message?.from?.language_code ?? brand?.language ?? 'en';
    const tx: Inbound = { db, conn, channel: 'telegram', lang, replies, emit: deps.emit };
    const q = update.callback_query;
    if (q) {
      const parsed = parseScore(q.data ?? '');
      return parsed
        ? answerScore(tx, String(q.message?.chat.id ?? q.from.id), parsed.messageId, parsed.score)
        : 'ignored';
    }
    const m = update.message;
    if (!m?.text) return 'ignored';
    const address = String(m.chat.id);
    const start = /^\/start(?:@\w+)?\s+(\S+)/.exec(m.text);
    if (start) return bind(tx, address, start[1]!);
    if (/^\/stop\b/.test(m.text)) return stop(tx, address);
    if (m.text.startsWith('/')) return 'ignored';
    return inboundText(tx, {
      address,
      text: m.text,
      providerId: String(m.message_id),
      replyTo: m.reply_to_message ? String(m.reply_to_message.message_id) : undefined,
    });
  });
  const token = openSecrets(conn).token;
  if (token) {
    for (const r of replies)
      await callTelegram(token, 'sendMessage', {
        chat_id: r.to,
        text: translate(r.lang, r.key, { business: brand?.name ?? '' }),
        ...(r.askText ? { reply_markup: { force_reply: true } } : {}),
      });
    if (update.callback_query && handled !== 'repeat')
      await callTelegram(token, 'answerCallbackQuery', { callback_query_id: update.callback_query.id });
  }
  return { status: 200, handled };
}

import type pg from 'pg';
import type { Db } from '../../platform/db/database.ts';
import type { Emit } from '../../platform/events.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { brandOf } from '../orgs/index.ts';
import { openSecrets } from './connections.service.ts';
import { answerScore, bind, inboundText, stop, type Inbound, type Reply } from './inbound.ts';
import * as repo from './messaging.repo.ts';
import { parseScore } from './telegram-api.ts';
import { callViber, viberSigned, type ViberCallback } from './viber-api.ts';

/**
 * One Viber callback (https://developers.viber.com/docs/api/rest-bot-api/#callbacks), refused
 * unless X-Viber-Content-Signature is the HMAC of the raw body under the bot's token. Each event
 * (kind and message token) is claimed once with what it stores; replies go after the commit.
 */
export async function viberCallback(
  deps: { db: Db; pool: pg.Pool; emit?: Emit },
  hookToken: string,
  signature: string | undefined,
  raw: string,
  cb: ViberCallback,
): Promise<{ status: 200 | 401 | 404; handled?: string }> {
  const conn = await repo.connectionByHookToken(deps.db, 'viber', hookToken);
  if (!conn) return { status: 404 };
  const token = openSecrets(conn).token;
  if (!token || !viberSigned(raw, token, signature)) return { status: 401 };
  if (cb.event === 'webhook') return { status: 200, handled: 'webhook' };
  const brand = await brandOf(deps.db, conn.orgId);
  const replies: Reply[] = [];
  const key = `${cb.event}:${cb.message_token ?? `${cb.user_id ?? cb.user?.id}:${cb.timestamp}`}`;
  const handled = await inTransaction(deps.pool, async ({ db }) => {
    if (!(await repo.claimUpdate(db, conn.orgId, 'viber', key))) return 'repeat';
    const who = cb.sender ?? cb.user;
    const tx: Inbound = {
      db,
      conn,
      channel: 'viber',
      lang: who?.language ?? brand?.language ?? 'en',
      replies,
      emit: deps.emit,
    };
    switch (cb.event) {
      case 'conversation_started':
        return cb.context && cb.user ? bind(tx, cb.user.id, cb.context) : 'ignored';
      case 'unsubscribed':
        return cb.user_id ? stop({ ...tx, replies: [] }, cb.user_id) : 'ignored';
      case 'delivered':
      case 'failed': {
        const msg = await repo.messageByProviderId(db, conn.orgId, 'viber', String(cb.message_token));
        if (!msg) return 'ignored';
        await repo.updateMessage(db, conn.orgId, msg.id, {
          status: cb.event,
          providerAnswer: cb.event === 'failed' ? `Viber: ${cb.desc ?? 'failed'}` : 'Viber: delivered',
        });
        return cb.event;
      }
      case 'message': {
        const text = cb.message?.text;
        if (!cb.sender || cb.message?.type !== 'text' || !text) return 'ignored';
        const score = parseScore(text);
        if (score) return answerScore(tx, cb.sender.id, score.messageId, score.score);
        return inboundText(tx, { address: cb.sender.id, text, providerId: String(cb.message_token) });
      }
      default:
        return 'ignored';
    }
  });
  for (const r of replies)
    await callViber(token, 'send_message', {
      receiver: r.to,
      type: 'text',
      text: translate(r.lang, r.key, { business: brand?.name ?? '' }),
      sender: { name: (brand?.name ?? 'Zabota').slice(0, 28) },
    });
  return { status: 200, handled };
}

import type pg from 'pg';
import type { Db } from '../../platform/db/database.ts';
import type { Emit } from '../../platform/events.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { brandOf } from '../orgs/index.ts';
import { sameSecret } from './binding.ts';
import { hookSecretOf, openSecrets } from './connections.service.ts';
import { inboundText, type Inbound, type Reply } from './inbound.ts';
import * as repo from './messaging.repo.ts';
import { callWhatsApp, whatsappSigned, type WhatsAppCallback } from './whatsapp-api.ts';

/** Meta's subscription check: echo `hub.challenge` when `hub.verify_token` is this connection's. */
export async function whatsappVerify(db: Db, hookToken: string, q: Record<string, string | undefined>) {
  const conn = await repo.connectionByHookToken(db, 'whatsapp', hookToken);
  if (!conn || q['hub.mode'] !== 'subscribe' || !sameSecret(q['hub.verify_token'], hookSecretOf(conn))) return null;
  return q['hub.challenge'] ?? '';
}

/**
 * Message and status callbacks, refused unless X-Hub-Signature-256 is the HMAC of the raw body under
 * the app secret. Each message id (and each status of a message) is claimed once. A customer's
 * text is a reply about their case, like in any chat; statuses update what was sent.
 */
export async function whatsappCallback(
  deps: { db: Db; pool: pg.Pool; emit?: Emit },
  hookToken: string,
  signature: string | undefined,
  raw: string,
  cb: WhatsAppCallback,
): Promise<{ status: 200 | 401 | 404; handled?: string[] }> {
  const conn = await repo.connectionByHookToken(deps.db, 'whatsapp', hookToken);
  if (!conn) return { status: 404 };
  const secrets = openSecrets(conn);
  if (!secrets.appSecret || !whatsappSigned(raw, secrets.appSecret, signature)) return { status: 401 };
  const brand = await brandOf(deps.db, conn.orgId);
  const replies: Reply[] = [];
  const values = (cb.entry ?? []).flatMap((e) => e.changes ?? []).map((c) => c.value ?? {});
  const handled = await inTransaction(deps.pool, async ({ db }) => {
    const done: string[] = [];
    const tx: Inbound = { db, conn, channel: 'whatsapp', lang: brand?.language ?? 'en', replies, emit: deps.emit };
    for (const v of values) {
      for (const s of v.statuses ?? []) {
        if (!(await repo.claimUpdate(db, conn.orgId, 'whatsapp', `${s.id}:${s.status}`))) continue;
        const msg = await repo.messageByProviderId(db, conn.orgId, 'whatsapp', s.id);
        if (!msg || (s.status !== 'delivered' && s.status !== 'failed')) continue;
        const why = s.errors?.map((e) => `${e.code ?? ''} ${e.title ?? ''}`.trim()).join('; ');
        await repo.updateMessage(db, conn.orgId, msg.id, {
          status: s.status,
          providerAnswer: `WhatsApp: ${s.status}${why ? ` (${why})` : ''}`,
        });
        done.push(s.status);
      }
      for (const m of v.messages ?? []) {
        if (!(await repo.claimUpdate(db, conn.orgId, 'whatsapp', m.id))) continue;
        if (m.type !== 'text' || !m.text?.body) continue;
        done.push(
          await inboundText(tx, { address: m.from, text: m.text.body, providerId: m.id, replyTo: m.context?.id }),
        );
      }
    }
    return done;
  });
  const phone = conn.settings.phoneNumberId;
  if (secrets.token && phone)
    for (const r of replies)
      await callWhatsApp(secrets.token, `${phone}/messages`, {
        messaging_product: 'whatsapp',
        to: r.to,
        type: 'text',
        text: { body: translate(r.lang, r.key, { business: brand?.name ?? '' }) },
      });
  return { status: 200, handled };
}

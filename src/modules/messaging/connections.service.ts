import type { Actor } from '../../platform/auth/actor.ts';
import { newToken } from '../../platform/auth/secrets.ts';
import { secretBox } from '../../platform/crypto/secret-box.ts';
import type { Db } from '../../platform/db/database.ts';
import { invalid } from '../../platform/errors.ts';
import { envPolicy, literallyRefused } from '../../platform/http/outbound.ts';
import { DELIVERY_CHANNELS, type DeliveryChannel, type MessagingChannel } from '../../shared/domain.ts';
import type { ConnectionInputs } from './messaging.contract.ts';
import * as repo from './messaging.repo.ts';
import type { ConnectionRow, ConnectionSettings } from './messaging.schema.ts';
import { sendSms } from './sms-gateway.ts';
import { callTelegram } from './telegram-api.ts';
import { callViber } from './viber-api.ts';
import { callWhatsApp } from './whatsapp-api.ts';

/** The sealed secrets of one connection, by name (token, appSecret, secret). */
export type Secrets = { token?: string; appSecret?: string; secret?: string };

export const openSecrets = (row: Pick<ConnectionRow, 'secret'>): Secrets =>
  row.secret ? (JSON.parse(secretBox().open(row.secret)) as Secrets) : {};
export const hookSecretOf = (row: Pick<ConnectionRow, 'hookSecret'>) => secretBox().open(row.hookSecret);

const mainSecret = (kind: MessagingChannel, s: Secrets) => (kind === 'sms' ? s.secret : s.token);
export const hookUrl = (baseUrl: string, kind: MessagingChannel, hookToken: string) =>
  `${baseUrl.replace(/\/$/, '')}/hooks/${kind}/${hookToken}`;

function view(kind: MessagingChannel, row: ConnectionRow | undefined, baseUrl: string) {
  const secrets = row ? openSecrets(row) : {};
  const main = mainSecret(kind, secrets);
  return {
    kind,
    connected: !!row && (kind === 'sms' ? !!row.settings.url : !!main),
    secretSet: !!main,
    secretHint: main ? main.slice(-4) : null,
    // Meta asks the owner for a verify token when the callback URL is registered.
    settings: { ...row?.settings, ...(row && kind === 'whatsapp' ? { verifyToken: hookSecretOf(row) } : {}) },
    // A gateway's report carries no signature of its own: its URL holds the key (owner-only view).
    hookUrl: row ? hookUrl(baseUrl, kind, row.hookToken) + (kind === 'sms' ? `?key=${hookSecretOf(row)}` : '') : null,
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}

export const DEFAULT_ORDER: DeliveryChannel[] = ['telegram', 'viber', 'whatsapp', 'sms', 'email'];

export async function overview(db: Db, actor: Actor, baseUrl: string) {
  const kinds = DELIVERY_CHANNELS.filter((k): k is MessagingChannel => k !== 'email');
  const items = await Promise.all(kinds.map(async (k) => view(k, await repo.connection(db, actor.orgId, k), baseUrl)));
  return { items, fallbackOrder: (await repo.fallbackOrder(db, actor.orgId)) ?? DEFAULT_ORDER };
}

export const get = async (db: Db, actor: Actor, kind: MessagingChannel, baseUrl: string) =>
  view(kind, await repo.connection(db, actor.orgId, kind), baseUrl);

export async function setFallbackOrder(db: Db, actor: Actor, order: DeliveryChannel[], baseUrl: string) {
  await repo.setFallbackOrder(db, actor.orgId, order);
  return overview(db, actor, baseUrl);
}

/**
 * Saves what the owner typed. A Telegram token is checked with getMe (which also gives the bot's
 * name for deep links) and the webhook is set to this server with a secret Telegram repeats in
 * every callback. An SMS gateway's address must obey the outbound address rules.
 */
export async function save<K extends MessagingChannel>(
  db: Db,
  actor: Actor,
  kind: K,
  input: ConnectionInputs[K],
  baseUrl: string,
) {
  const existing = await repo.connection(db, actor.orgId, kind);
  const old = existing ? openSecrets(existing) : {};
  const given = input as Partial<Secrets> & Record<string, unknown>;
  const secrets: Secrets = {
    token: (given.token as string | undefined) ?? old.token,
    appSecret: (given.appSecret as string | undefined) ?? old.appSecret,
    secret: (given.secret as string | undefined) ?? old.secret,
  };
  const hookToken = existing?.hookToken ?? newToken();
  const hookSecret = existing ? hookSecretOf(existing) : newToken();
  let settings: ConnectionSettings = {};
  let webhook: { ok: boolean; detail: string | null } | null = null;

  if (kind === 'telegram') {
    if (!secrets.token) throw invalid('A bot token is needed', { token: 'Paste the token @BotFather gave you' });
    const me = await callTelegram<{ username?: string }>(secrets.token, 'getMe', {});
    if (!me.ok) throw invalid('Telegram refused the token', { token: `Telegram answered: ${me.description}` });
    settings = { botName: me.result.username };
    const set = await callTelegram<boolean>(secrets.token, 'setWebhook', {
      url: hookUrl(baseUrl, kind, hookToken),
      secret_token: hookSecret,
      allowed_updates: ['message', 'callback_query'],
    });
    webhook = set.ok ? { ok: true, detail: null } : { ok: false, detail: set.description };
  } else if (kind === 'viber') {
    if (!secrets.token) throw invalid('A token is needed', { token: 'Paste the Viber bot token' });
    const info = await callViber<{ uri?: string; name?: string }>(secrets.token, 'get_account_info', {});
    if (!info.ok) throw invalid('Viber refused the token', { token: `Viber answered: ${info.description}` });
    settings = { botName: info.result.uri };
  } else if (kind === 'whatsapp') {
    const w = input as ConnectionInputs['whatsapp'];
    if (!secrets.token) throw invalid('A token is needed', { token: 'Paste a Cloud API access token' });
    if (!secrets.appSecret)
      throw invalid("The app's secret is needed", { appSecret: 'It proves that callbacks come from Meta' });
    const phone = await callWhatsApp(secrets.token, `${w.phoneNumberId}?fields=display_phone_number`);
    if (!phone.ok) throw invalid('WhatsApp refused the token', { token: `WhatsApp answered: ${phone.description}` });
    settings = { phoneNumberId: w.phoneNumberId, templates: { invitation: w.template, language: w.templateLanguage } };
  } else {
    const s = input as ConnectionInputs['sms'];
    if (literallyRefused(s.url, envPolicy()))
      throw invalid('The gateway address is not public', { url: 'Must be a public internet address' });
    settings = { preset: s.preset, url: s.url, method: s.method, headers: s.headers, body: s.body, sender: s.sender };
  }
  const box = secretBox();
  const anySecret = secrets.token ?? secrets.appSecret ?? secrets.secret;
  await repo.saveConnection(db, {
    orgId: actor.orgId,
    kind,
    settings,
    secret: anySecret ? box.seal(JSON.stringify(secrets)) : null,
    hookToken,
    hookSecret: existing?.hookSecret ?? box.seal(hookSecret),
  });
  if (kind === 'viber') {
    // Viber calls the new webhook at once to check it, so the connection is saved first.
    const set = await callViber(secrets.token!, 'set_webhook', {
      url: hookUrl(baseUrl, kind, hookToken),
      event_types: ['delivered', 'failed', 'subscribed', 'unsubscribed', 'conversation_started'],
    });
    webhook = set.ok ? { ok: true, detail: null } : { ok: false, detail: set.description };
  }
  return { ...(await get(db, actor, kind, baseUrl)), webhook };
}

export async function remove(db: Db, actor: Actor, kind: MessagingChannel) {
  const existing = await repo.connection(db, actor.orgId, kind);
  if (existing && kind === 'telegram') {
    const token = openSecrets(existing).token;
    if (token) await callTelegram(token, 'deleteWebhook', {});
  }
  await repo.deleteConnection(db, actor.orgId, kind);
}

/** Checks the connection: Telegram's getMe, or a test message to `to`. */
export async function test(db: Db, actor: Actor, kind: MessagingChannel, to: string | undefined) {
  const row = await repo.connection(db, actor.orgId, kind);
  if (!row) throw invalid('The channel is not connected', { kind: 'Connect it first' });
  const secrets = openSecrets(row);
  if (kind === 'telegram') {
    const me = await callTelegram<{ username?: string }>(secrets.token ?? '', 'getMe', {});
    return me.ok ? { ok: true, detail: `@${me.result.username ?? ''}` } : { ok: false, detail: me.description };
  }
  if (kind === 'sms') {
    if (!to) throw invalid('A phone number is needed', { to: 'The number to send the test SMS to' });
    const sent = await sendSms(row.settings, secrets.secret, to, 'Zabota: test message');
    return { ok: sent.ok, detail: sent.answer };
  }
  if (kind === 'whatsapp') {
    const phone = await callWhatsApp<{ display_phone_number?: string }>(
      secrets.token ?? '',
      `${row.settings.phoneNumberId}?fields=display_phone_number`,
    );
    return phone.ok
      ? { ok: true, detail: phone.result.display_phone_number ?? null }
      : { ok: false, detail: phone.description };
  }
  if (kind === 'viber') {
    const info = await callViber<{ uri?: string }>(secrets.token ?? '', 'get_account_info', {});
    return info.ok ? { ok: true, detail: info.result.uri ?? null } : { ok: false, detail: info.description };
  }
  return { ok: !!secrets.token, detail: null };
}

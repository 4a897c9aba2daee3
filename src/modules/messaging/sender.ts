import type { Db } from '../../platform/db/database.ts';
import type { MessagingChannel } from '../../shared/domain.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { scoreRange } from '../../shared/score-range.ts';
import type { Question } from '../../shared/survey-definition.ts';
import type { InvitationMessage } from '../invitations/index.ts';
import { openSecrets } from './connections.service.ts';
import * as repo from './messaging.repo.ts';
import type { ConnectionRow, MessageRow } from './messaging.schema.ts';
import { sendSms } from './sms-gateway.ts';
import { callTelegram, scoreKeyboard, transient } from './telegram-api.ts';
import { callViber, viberKeyboard, viberTransient } from './viber-api.ts';
import { callWhatsApp, waNumber } from './whatsapp-api.ts';

export const NAMES: Record<MessagingChannel, string> = {
  telegram: 'Telegram',
  viber: 'Viber',
  whatsapp: 'WhatsApp',
  sms: 'SMS',
};

/** Where a customer can be written on this channel, with their consent; or why not. */
export async function reachable(
  db: Db,
  orgId: string,
  customerId: string,
  channel: MessagingChannel,
): Promise<{ address: string; connection: ConnectionRow } | { reason: string }> {
  const connection = await repo.connection(db, orgId, channel);
  if (!connection?.secret && !connection?.settings.url)
    return { reason: `The ${NAMES[channel]} channel is not connected` };
  const address = (await repo.addresses(db, orgId, customerId)).find((a) => a.channel === channel);
  if (!address) return { reason: `The customer has no ${NAMES[channel]} address` };
  if (!address.consentAt) return { reason: `The customer has not agreed to messages by ${NAMES[channel]}` };
  return { address: address.address, connection };
}

export type Outgoing = {
  orgId: string;
  channel: MessagingChannel;
  address: string;
  text: string;
  /** Ask a score with buttons carrying the message's id (Telegram inline, Viber reply keyboard). */
  score?: [number, number];
  /** Viber shows it as the sender. */
  senderName?: string;
  /** WhatsApp: send the owner's approved template with these body parameters instead of free text. */
  template?: string[];
  customerId?: string | null;
  invitationId?: string | null;
  caseId?: string | null;
};

export type SendResult = { row: MessageRow; ok: boolean; transient: boolean; answer: string };

/**
 * Records the message, sends it, and records what the provider answered. The row comes first so a
 * Telegram button can carry its id; a failed send stays visible as `failed` with the answer.
 */
export async function sendMessage(db: Db, connection: ConnectionRow, out: Outgoing): Promise<SendResult> {
  const row = await repo.insertMessage(db, {
    orgId: out.orgId,
    channel: out.channel,
    direction: 'out',
    customerId: out.customerId ?? null,
    invitationId: out.invitationId ?? null,
    caseId: out.caseId ?? null,
    address: out.address,
    body: out.text,
  });
  const secrets = openSecrets(connection);
  let ok = false;
  let again = false;
  let answer: string;
  let providerId: string | null = null;
  if (out.channel === 'telegram') {
    const res = await callTelegram<{ message_id: number }>(secrets.token ?? '', 'sendMessage', {
      chat_id: out.address,
      text: out.text,
      ...(out.score ? { reply_markup: { inline_keyboard: scoreKeyboard(row.id, out.score) } } : {}),
    });
    ok = res.ok;
    again = !res.ok && transient(res);
    answer = res.ok ? 'ok' : `${res.status}: ${res.description}`;
    providerId = res.ok ? String(res.result.message_id) : null;
  } else if (out.channel === 'viber') {
    const res = await callViber<{ message_token: number | string }>(secrets.token ?? '', 'send_message', {
      receiver: out.address,
      type: 'text',
      text: out.text,
      sender: { name: (out.senderName ?? 'Zabota').slice(0, 28) },
      ...(out.score ? { keyboard: viberKeyboard(row.id, out.score) } : {}),
    });
    ok = res.ok;
    again = !res.ok && viberTransient(res);
    answer = res.ok ? 'ok' : `${res.status}: ${res.description}`;
    providerId = res.ok ? String(res.result.message_token) : null;
  } else if (out.channel === 'whatsapp') {
    const { phoneNumberId, templates } = connection.settings;
    const res = await callWhatsApp<{ messages?: { id: string }[] }>(secrets.token ?? '', `${phoneNumberId}/messages`, {
      messaging_product: 'whatsapp',
      to: waNumber(out.address),
      ...(out.template && templates?.invitation
        ? {
            type: 'template',
            template: {
              name: templates.invitation,
              language: { code: templates.language ?? 'en' },
              components: [{ type: 'body', parameters: out.template.map((text) => ({ type: 'text', text })) }],
            },
          }
        : { type: 'text', text: { body: out.text } }),
    });
    ok = res.ok;
    again = !res.ok && (res.status === 0 || res.status === 429 || res.status >= 500);
    answer = res.ok ? 'ok' : `${res.status}: ${res.description}`;
    providerId = res.ok ? (res.result.messages?.[0]?.id ?? null) : null;
  } else if (out.channel === 'sms') {
    const res = await sendSms(connection.settings, secrets.secret, out.address, out.text);
    ({ ok, answer, providerId } = res);
    again = res.transient;
  } else {
    answer = `Sending by ${NAMES[out.channel]} is not available`;
  }
  const status = ok ? 'sent' : 'failed';
  await repo.updateMessage(db, out.orgId, row.id, { status, providerId, providerAnswer: answer.slice(0, 1000) });
  return { row: { ...row, status, providerId, providerAnswer: answer }, ok, transient: again, answer };
}

/** The first question, when it is a score the chat can ask with buttons. */
export function chatQuestion(questions: Question[]): Question | undefined {
  const first = questions[0];
  return first &&
    !first.showIf &&
    scoreRange(first) &&
    (first.type === 'nps' || first.type === 'csat' || first.type === 'ces' || first.type === 'rating')
    ? first
    : undefined;
}

export const questionText = (q: Question, language: string) => q.text[language] ?? Object.values(q.text)[0] ?? '';

/**
 * An invitation as a chat message: on Telegram and Viber the first score asked with buttons (the
 * rest on the respondent page), elsewhere and in reminders the personal link.
 */
export function invitationChat(
  m: Omit<InvitationMessage, 'channel'>,
  channel: MessagingChannel,
): Pick<Outgoing, 'text' | 'score' | 'senderName' | 'template'> {
  const lang = m.language;
  const t = (key: Parameters<typeof translate>[1], vars?: Record<string, string>) => translate(lang, key, vars);
  const inChat = channel === 'telegram' || channel === 'viber';
  const question = inChat && !m.reminder ? chatQuestion(m.survey.questions) : undefined;
  const surveyLang = m.survey.languages.includes(lang) ? lang : m.survey.languages[0]!;
  const greeting = m.customerName ? t('invite.greeting', { name: m.customerName }) : t('invite.greetingAnonymous');
  const text = question
    ? `${t('chat.invite', { greeting, business: m.business })}\n\n${questionText(question, surveyLang)}`
    : t(m.reminder ? 'chat.invite.reminder' : 'chat.invite.link', { business: m.business, url: m.url });
  return {
    text,
    score: question ? scoreRange(question)! : undefined,
    senderName: m.business,
    template: channel === 'whatsapp' ? [m.business, m.url] : undefined,
  };
}

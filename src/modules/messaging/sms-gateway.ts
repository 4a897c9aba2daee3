import { request, RefusedTarget } from '../../platform/http/outbound.ts';
import type { ConnectionSettings } from './messaging.schema.ts';

/**
 * SMS through any HTTP gateway: the owner describes one request (URL, method, headers, body) with
 * the placeholders {to}, {text}, {sender} and {secret}; each is escaped for where it stands. The
 * call goes through the outbound guard, like webhooks: public addresses only.
 */

type Values = { to: string; text: string; sender: string; secret: string };

const fill = (template: string, values: Values, escape: (s: string) => string) =>
  template.replace(/\{(to|text|sender|secret)\}/g, (_, k: keyof Values) => escape(values[k]));

const jsonEscape = (s: string) => JSON.stringify(s).slice(1, -1);
const headerSafe = (s: string) => s.replace(/[\r\n]/g, ' ');

/** The request the template makes for these values (pure: tested alone). */
export function buildSmsRequest(settings: ConnectionSettings, values: Values) {
  const headers = Object.fromEntries(
    Object.entries(settings.headers ?? {}).map(([k, v]) => [k.toLowerCase(), fill(v, values, headerSafe)]),
  );
  const type = headers['content-type'] ?? '';
  const bodyEscape = type.includes('json')
    ? jsonEscape
    : type.includes('urlencoded')
      ? encodeURIComponent
      : (s: string) => s;
  const method = settings.method ?? 'POST';
  const body = method === 'GET' || !settings.body ? undefined : fill(settings.body, values, bodyEscape);
  return { url: fill(settings.url ?? '', values, encodeURIComponent), method, headers, body };
}

/** A message id in the gateway's answer: Twilio's `sid`, SMS.ru's `sms.<phone>.sms_id`, or a plain `id`. */
export function providerIdOf(answer: string): string | null {
  try {
    const j = JSON.parse(answer) as Record<string, unknown>;
    for (const k of ['sid', 'message_id', 'id'])
      if (typeof j[k] === 'string' || typeof j[k] === 'number') return String(j[k]);
    const sms = j.sms as Record<string, { sms_id?: string }> | undefined;
    const first = sms && Object.values(sms)[0];
    return first?.sms_id ?? null;
  } catch {
    return null;
  }
}

export type SmsResult = { ok: boolean; transient: boolean; answer: string; providerId: string | null };

export async function sendSms(
  settings: ConnectionSettings,
  secret: string | undefined,
  to: string,
  text: string,
): Promise<SmsResult> {
  const req = buildSmsRequest(settings, { to, text, sender: settings.sender ?? '', secret: secret ?? '' });
  try {
    const res = await request(req.url, {
      method: req.method,
      headers: req.headers,
      body: req.body,
      timeoutMs: 10_000,
      maxBytes: 20_000,
    });
    const ok = res.status >= 200 && res.status < 300;
    return {
      ok,
      transient: res.status === 429 || res.status >= 500,
      answer: `HTTP ${res.status}: ${res.body.slice(0, 500)}`,
      providerId: ok ? providerIdOf(res.body) : null,
    };
  } catch (e) {
    const refused = e instanceof RefusedTarget;
    return { ok: false, transient: !refused, answer: e instanceof Error ? e.message : String(e), providerId: null };
  }
}

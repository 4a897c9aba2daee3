import { createHmac } from 'node:crypto';
import { sameSecret } from './binding.ts';

/**
 * The Viber REST Bot API calls Zabota makes (https://developers.viber.com/docs/api/rest-bot-api/):
 * POST `{base}/pa/{method}` with `X-Viber-Auth-Token`, answered `{status: 0, …}` or a non-zero
 * status with `status_message`. The base is chatapi.viber.com; ZABOTA_VIBER_API_URL points an
 * operator or a test's local server elsewhere.
 */
export type ViberAnswer<T> = { ok: true; result: T } | { ok: false; status: number; description: string };

export const viberBase = (env: NodeJS.ProcessEnv = process.env) =>
  (env.ZABOTA_VIBER_API_URL || 'https://chatapi.viber.com').replace(/\/$/, '');

export async function callViber<T>(
  token: string,
  method: string,
  body: Record<string, unknown>,
): Promise<ViberAnswer<T>> {
  let res: Response;
  try {
    res = await fetch(`${viberBase()}/pa/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-viber-auth-token': token },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
  } catch (e) {
    return { ok: false, status: -1, description: e instanceof Error ? e.message : String(e) };
  }
  const json = (await res.json().catch(() => null)) as ({ status?: number; status_message?: string } & T) | null;
  if (res.ok && json?.status === 0) return { ok: true, result: json };
  return { ok: false, status: json?.status ?? -res.status, description: json?.status_message ?? `HTTP ${res.status}` };
}

/** Worth retrying: the network or Viber's own trouble (negative: no Viber status at all). */
export const viberTransient = (a: { status: number }) => a.status < 0 && a.status !== -400 && a.status !== -401;

/** Viber signs each callback: hex HMAC-SHA256 of the raw body under the bot's token. */
export const viberSignature = (raw: string, token: string) => createHmac('sha256', token).update(raw).digest('hex');
export const viberSigned = (raw: string, token: string, header: string | undefined) =>
  sameSecret(header, viberSignature(raw, token));

/** Reply buttons: tapping one sends its ActionBody back as the customer's message. */
export function viberKeyboard(messageId: string, range: [number, number]) {
  const n = range[1] - range[0] + 1;
  const columns = n > 6 ? 1 : Math.max(1, Math.floor(6 / n));
  const Buttons = [];
  for (let v = range[0]; v <= range[1]; v++)
    Buttons.push({
      ActionType: 'reply',
      ActionBody: `s:${messageId}:${v}`,
      Text: String(v),
      Columns: columns,
      Rows: 1,
    });
  return { Type: 'keyboard', DefaultHeight: false, Buttons };
}

export type ViberCallback = {
  event: string;
  timestamp?: number;
  message_token?: number | string;
  user?: { id: string; language?: string };
  user_id?: string;
  context?: string;
  sender?: { id: string; language?: string };
  message?: { type: string; text?: string };
  desc?: string;
};

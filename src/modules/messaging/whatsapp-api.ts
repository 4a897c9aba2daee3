import { createHmac } from 'node:crypto';
import { sameSecret } from './binding.ts';

/**
 * The WhatsApp Cloud API calls Zabota makes (https://developers.facebook.com/docs/whatsapp/cloud-api):
 * `{base}/v21.0/{phone-number-id}/messages` with a Bearer token; errors come as `{error: {message,
 * code}}`. The base is graph.facebook.com; ZABOTA_WHATSAPP_API_URL points an operator or a test's
 * local server elsewhere. Outside the 24-hour window after a customer wrote, only approved
 * templates may be sent: invitations use the owner's template, case replies plain text.
 */
export const whatsappBase = (env: NodeJS.ProcessEnv = process.env) =>
  `${(env.ZABOTA_WHATSAPP_API_URL || 'https://graph.facebook.com').replace(/\/$/, '')}/v21.0`;

export type WhatsAppAnswer<T> = { ok: true; result: T } | { ok: false; status: number; description: string };

export async function callWhatsApp<T>(
  token: string,
  path: string,
  body?: Record<string, unknown>,
): Promise<WhatsAppAnswer<T>> {
  let res: Response;
  try {
    res = await fetch(`${whatsappBase()}/${path}`, {
      method: body ? 'POST' : 'GET',
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(10_000),
    });
  } catch (e) {
    return { ok: false, status: 0, description: e instanceof Error ? e.message : String(e) };
  }
  const json = (await res.json().catch(() => null)) as (T & { error?: { message?: string; code?: number } }) | null;
  if (res.ok && json && !json.error) return { ok: true, result: json };
  const err = json?.error;
  return {
    ok: false,
    status: res.status,
    description: err ? `${err.code ?? ''} ${err.message ?? ''}`.trim() : `HTTP ${res.status}`,
  };
}

/** Digits only: WhatsApp's `to` and `wa_id` are the international number without + or spaces. */
export const waNumber = (phone: string) => phone.replace(/\D/g, '');

/** Meta signs each callback: `sha256=` and the hex HMAC-SHA256 of the raw body under the app secret. */
export const whatsappSigned = (raw: string, appSecret: string, header: string | undefined) =>
  sameSecret(header, `sha256=${createHmac('sha256', appSecret).update(raw).digest('hex')}`);

export type WhatsAppCallback = {
  object?: string;
  entry?: {
    changes?: {
      field?: string;
      value?: {
        messages?: { from: string; id: string; type: string; text?: { body: string }; context?: { id: string } }[];
        statuses?: { id: string; status: string; errors?: { code?: number; title?: string }[] }[];
      };
    }[];
  }[];
};

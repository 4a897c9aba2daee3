import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Webhook signatures follow the Standard Webhooks specification (https://www.standardwebhooks.com),
 * so a receiver verifies with the `standardwebhooks` library in its own language:
 * `webhook-id` (the event id, the same on every retry), `webhook-timestamp` (unix seconds) and
 * `webhook-signature: v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<raw body>">`, keyed with the
 * bytes of the `whsec_<base64>` secret. Right after a secret is rotated the header carries two
 * space-separated signatures (new and old secret) for 24 h.
 *
 * Deprecated, sent until the next minor version: `Zabota-Signature: t=<t>,v1=<hex HMAC-SHA256 of
 * "<t>.<raw body>">` keyed with the whole secret string, plus `Zabota-Event-Id`, `Zabota-Event`
 * and `Zabota-Timestamp`.
 *
 * Secrets issued before Standard Webhooks are `whsec_` + URL-safe base64; they keep signing both
 * headers unchanged (the standard signature is keyed with the same 32 bytes). Libraries that
 * accept only the standard alphabet need `-`→`+`, `_`→`/` and `=` padding, or a rotated secret.
 */

export const SECRET_PREFIX = 'whsec_';
export const DEFAULT_TOLERANCE_SECONDS = 300;

export const newWebhookSecret = (): string => SECRET_PREFIX + randomBytes(32).toString('base64');

/** The signing key of a `whsec_<base64>` secret. Node reads both base64 alphabets, so older URL-safe secrets give the same bytes. */
export const secretKey = (secret: string): Buffer =>
  Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, 'base64');

/** One `v1,<base64>` of the `webhook-signature` header. */
export function standardSignature(secret: string, msgId: string, timestamp: number, body: string): string {
  return `v1,${createHmac('sha256', secretKey(secret)).update(`${msgId}.${timestamp}.${body}`).digest('base64')}`;
}

/** Deprecated scheme (`Zabota-Signature`): hex HMAC of "<t>.<body>" keyed with the whole secret string. */
export function sign(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

/** The deprecated `Zabota-Signature` value: one `v1` per secret that is currently valid (new first). */
export function signatureHeader(secrets: readonly string[], timestamp: number, body: string): string {
  return [`t=${timestamp}`, ...secrets.map((s) => `v1=${sign(s, timestamp, body)}`)].join(',');
}

export function parseSignatureHeader(header: string): { timestamp: number; signatures: string[] } | null {
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === 't' && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    if (key === 'v1' && /^[0-9a-f]{64}$/.test(value)) signatures.push(value);
  }
  return timestamp === undefined || signatures.length === 0 ? null : { timestamp, signatures };
}

/** True when one of the header's signatures matches `secret` and the timestamp is recent enough. */
export function verifySignature(opts: {
  header: string;
  body: string;
  secret: string;
  now?: Date;
  toleranceSeconds?: number;
}): boolean {
  const parsed = parseSignatureHeader(opts.header);
  if (!parsed) return false;
  const now = Math.floor((opts.now ?? new Date()).getTime() / 1000);
  if (Math.abs(now - parsed.timestamp) > (opts.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS)) return false;
  const expected = Buffer.from(sign(opts.secret, parsed.timestamp, opts.body), 'hex');
  return parsed.signatures.some((s) => timingSafeEqual(Buffer.from(s, 'hex'), expected));
}

/** The request a delivery sends, from the event and the secrets in force: pure, so it is testable. */
export function deliveryHeaders(opts: {
  eventId: string;
  eventType: string;
  body: string;
  secrets: readonly string[];
  now: Date;
}): Record<string, string> {
  const t = Math.floor(opts.now.getTime() / 1000);
  return {
    'content-type': 'application/json; charset=utf-8',
    'user-agent': 'Zabota-Webhooks/1',
    'webhook-id': opts.eventId,
    'webhook-timestamp': String(t),
    'webhook-signature': opts.secrets.map((s) => standardSignature(s, opts.eventId, t, opts.body)).join(' '),
    'zabota-event-id': opts.eventId,
    'zabota-event': opts.eventType,
    'zabota-timestamp': String(t),
    'zabota-signature': signatureHeader(opts.secrets, t, opts.body),
  };
}

/** https anywhere; plain http only to this machine, for development. */
export function webhookUrlProblem(raw: string): string | null {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return 'Must be an absolute URL, e.g. https://example.com/hooks/zabota';
  }
  if (u.username || u.password) return 'Must not contain a user name or password';
  if (u.protocol === 'https:') return null;
  if (u.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname)) return null;
  return 'Must use https:// (plain http:// is allowed only to localhost or 127.0.0.1, for development)';
}

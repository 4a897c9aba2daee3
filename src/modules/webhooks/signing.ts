import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Webhook signatures, the same scheme as Stripe's: every request carries
 * `Zabota-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" keyed with the secret>`.
 * Right after a secret is rotated the header carries two `v1=` values (new and old secret) for 24 h,
 * so a receiver can switch secrets without losing events. A receiver verifies like this:
 *
 * ```js
 * import { createHmac, timingSafeEqual } from 'node:crypto';
 *
 * // rawBody: the request body exactly as received (a string or Buffer, before JSON.parse)
 * function verifyZabota(rawBody, header, secret, toleranceSeconds = 300) {
 *   const parts = header.split(',').map((p) => p.trim().split('='));
 *   const t = Number(parts.find(([k]) => k === 't')?.[1]);
 *   if (!Number.isInteger(t) || Math.abs(Date.now() / 1000 - t) > toleranceSeconds) return false;
 *   const expected = createHmac('sha256', secret).update(`${t}.${rawBody}`).digest();
 *   return parts.some(([k, v]) => k === 'v1' && v.length === 64 && timingSafeEqual(Buffer.from(v, 'hex'), expected));
 * }
 * ```
 *
 * The timestamp tolerance stops replays of an old request; `Zabota-Event-Id` (the same on every
 * retry of one event) lets the receiver ignore a delivery it has already processed.
 */

export const SECRET_PREFIX = 'whsec_';
export const DEFAULT_TOLERANCE_SECONDS = 300;

export const newWebhookSecret = (): string => SECRET_PREFIX + randomBytes(32).toString('base64url');

export function sign(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

/** The `Zabota-Signature` value: one `v1` per secret that is currently valid (new first). */
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

import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The `/start` payload of a customer's personal bot link: their id and a MAC under the
 * connection's hook secret, so nobody can bind a chat to another customer by guessing ids.
 * Telegram allows 64 characters of [A-Za-z0-9_-]; this is 49.
 */
export function bindingPayload(customerId: string, secret: string): string {
  const hex = customerId.replaceAll('-', '');
  return `${hex}_${mac(hex, secret)}`;
}

/** The customer id a payload names, or null when it was not made with this secret. */
export function customerOfPayload(payload: string, secret: string): string | null {
  const m = /^([0-9a-f]{32})_([A-Za-z0-9_-]{16})$/.exec(payload);
  if (!m) return null;
  const expected = Buffer.from(mac(m[1]!, secret));
  const given = Buffer.from(m[2]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const h = m[1]!;
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const mac = (hex: string, secret: string) =>
  createHmac('sha256', secret).update(`bind:${hex}`).digest('base64url').slice(0, 16);

/** Constant-time comparison of a header a provider sent with the secret it was given. */
export function sameSecret(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

import { envPolicy, literallyRefused } from '../../platform/http/outbound.ts';

/**
 * A source's address obeys the webhook rules: https anywhere, plain http only to this machine, no
 * credentials in the URL, and never a literal internal address (names are checked at every call
 * by the outbound guard).
 */
export function sourceUrlProblem(raw: string): string | null {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return 'Must be an absolute URL, e.g. https://api.yclients.com';
  }
  if (u.username || u.password) return 'Must not contain a user name or password';
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname);
  if (u.protocol !== 'https:' && !(u.protocol === 'http:' && local))
    return 'Must use https:// (plain http:// is allowed only to localhost or 127.0.0.1, for development)';
  if (literallyRefused(raw, envPolicy())) return 'Loopback, private, link-local and similar addresses are refused';
  return null;
}

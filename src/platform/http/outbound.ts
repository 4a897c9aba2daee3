import dns from 'node:dns';
import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * The one way Zabota calls an address an organisation typed in (webhooks, an external text
 * classifier). The name is resolved, every address it resolves to must be public unicast, and
 * the connection is pinned to the address that was checked, so a name that changes its answer
 * between the check and the connection (DNS rebinding) cannot reach the inside. IPv4-mapped IPv6
 * is judged as the IPv4 it carries; odd IPv4 spellings (127.1, 2130706433, 0x7f000001) are
 * normalised by the URL parser before the check. Redirects are never followed.
 */

export type Resolve = (host: string) => Promise<string[]>;

export type OutboundPolicy = {
  /** Any address at all: development and tests (ZABOTA_WEBHOOK_ALLOW_PRIVATE=1). */
  allowPrivate?: boolean;
  /** Loopback only, e.g. a model server on the same machine (ZABOTA_TEXT_ALLOW_LOOPBACK=1). */
  allowLoopback?: boolean;
  resolve?: Resolve;
};

export class RefusedTarget extends Error {
  constructor(readonly host: string) {
    super(`Refused: ${host} is not a public internet address`);
  }
}

export const systemResolve: Resolve = async (host) =>
  (await dns.promises.lookup(host, { all: true, verbatim: true })).map((a) => a.address);

/** What the operator allows, read when a call is made so a changed setting needs no restart of a worker. */
export const envPolicy = (env: NodeJS.ProcessEnv = process.env): OutboundPolicy => ({
  allowPrivate: env.ZABOTA_WEBHOOK_ALLOW_PRIVATE === '1',
});

/** True when the address may be called: public unicast, or loopback/anything the policy allows. */
export function addressAllowed(address: string, policy: OutboundPolicy = {}): boolean {
  if (policy.allowPrivate) return true;
  if (!ipaddr.isValid(address)) return false;
  const range = ipaddr.process(address).range();
  return range === 'unicast' || (range === 'loopback' && !!policy.allowLoopback);
}

const bare = (hostname: string) => hostname.replace(/^\[|\]$/g, '');

/** The checked address to connect to for this URL; throws RefusedTarget if any resolved address is not allowed. */
export async function checkedAddress(url: URL, policy: OutboundPolicy = {}): Promise<string> {
  const host = bare(url.hostname);
  const addresses = ipaddr.isValid(host) ? [host] : await (policy.resolve ?? systemResolve)(host).catch(() => []);
  if (!addresses.length) throw new RefusedTarget(host);
  for (const a of addresses) if (!addressAllowed(a, policy)) throw new RefusedTarget(host);
  return addresses[0]!;
}

/** A literal address in a URL that can never be allowed (checked when the URL is saved; names are checked at each call). */
export function literallyRefused(raw: string, policy: OutboundPolicy = {}): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  const host = bare(url.hostname);
  if (host === 'localhost' || host.endsWith('.localhost')) return !policy.allowPrivate && !policy.allowLoopback;
  return ipaddr.isValid(host) && !addressAllowed(host, policy);
}

export type OutboundAnswer = { status: number; body: string; headers: IncomingHttpHeaders };

export type OutboundRequest = {
  method?: 'GET' | 'POST' | 'PUT';
  headers: Record<string, string>;
  body?: string;
  timeoutMs: number;
  maxBytes?: number;
};

/** POSTs to the URL through the guard (see `request`). */
export const post = (
  raw: string,
  opts: Omit<OutboundRequest, 'method'> & { body: string },
  policy: OutboundPolicy = envPolicy(),
): Promise<OutboundAnswer> => request(raw, { ...opts, method: 'POST' }, policy);

/**
 * Calls the URL over a connection pinned to the checked address (TLS still verifies the name).
 * Reads at most `maxBytes` of the answer. Throws RefusedTarget, a TimeoutError, or a network error.
 */
export async function request(
  raw: string | URL,
  opts: OutboundRequest,
  policy: OutboundPolicy = envPolicy(),
): Promise<OutboundAnswer> {
  const url = new URL(raw);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new RefusedTarget(url.protocol);
  const signal = AbortSignal.timeout(opts.timeoutMs);
  const address = await checkedAddress(url, policy);
  const family = ipaddr.parse(address).kind() === 'ipv6' ? 6 : 4;
  const lookup: LookupFunction = (_host, options, cb) => {
    if ((options as { all?: boolean }).all)
      (cb as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address, family }]);
    else cb(null, address, family);
  };
  const maxBytes = opts.maxBytes ?? 1_000_000;
  return new Promise((resolve, reject) => {
    const req = (url.protocol === 'https:' ? https : http).request(
      url,
      {
        method: opts.method ?? 'POST',
        headers:
          opts.body === undefined
            ? opts.headers
            : { ...opts.headers, 'content-length': String(Buffer.byteLength(opts.body)) },
        lookup,
        signal,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size <= maxBytes) chunks.push(c);
          else res.destroy();
        });
        res.on('close', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkedAddress, literallyRefused, post, RefusedTarget, type Resolve } from './outbound.ts';

/** A resolver we control: the names an attacker would point at the inside. */
const names: Record<string, string[]> = {
  'rebind.example': ['127.0.0.1'],
  'mixed.example': ['93.184.216.34', '10.0.0.5'],
  'metadata.example': ['169.254.169.254'],
  'v6.example': ['::ffff:192.168.1.1'],
  'public.example': ['93.184.216.34'],
};
const resolve: Resolve = async (h) => names[h] ?? [];

// Every internal target the issue found accepted, spelt as it was typed.
const INTERNAL = [
  'https://169.254.169.254/latest/meta-data/',
  'https://10.0.0.5/',
  'https://192.168.1.1/',
  'https://[fd00::1]/',
  'https://[::1]/',
  'https://[::ffff:127.0.0.1]/',
  'https://0.0.0.0/',
  'https://localhost:5432/',
  'http://127.1/',
  'http://2130706433/',
  'http://0x7f000001/',
  'https://172.16.0.1/',
  'https://100.64.0.1/',
  'https://224.0.0.1/',
  'https://[fe80::1]/',
  'https://[ff02::1]/',
  'https://[::]/',
  'https://rebind.example/',
  'https://mixed.example/',
  'https://metadata.example/',
  'https://v6.example/',
  'https://nowhere.example/',
];

describe('outbound address guard', () => {
  it.each(INTERNAL)('refuses %s', async (url) => {
    await expect(checkedAddress(new URL(url), { resolve })).rejects.toBeInstanceOf(RefusedTarget);
  });

  it('allows public addresses, and anything when the operator says so; loopback alone when allowed', async () => {
    expect(await checkedAddress(new URL('https://public.example/'), { resolve })).toBe('93.184.216.34');
    expect(await checkedAddress(new URL('https://[2606:4700::1111]/'), { resolve })).toBe('2606:4700::1111');
    expect(await checkedAddress(new URL('http://10.0.0.5/'), { resolve, allowPrivate: true })).toBe('10.0.0.5');
    expect(await checkedAddress(new URL('http://127.1:8000/'), { allowLoopback: true })).toBe('127.0.0.1');
    await expect(checkedAddress(new URL('http://10.0.0.5/'), { allowLoopback: true })).rejects.toThrow(/Refused/);
  });

  it('refuses literal internal addresses when a URL is saved, leaves names to the call', () => {
    for (const url of INTERNAL.filter((u) => !u.includes('.example'))) expect(literallyRefused(url), url).toBe(true);
    expect(literallyRefused('https://rebind.example/')).toBe(false);
    expect(literallyRefused('https://93.184.216.34/')).toBe(false);
    expect(literallyRefused('http://localhost:8000', { allowLoopback: true })).toBe(false);
  });
});

describe('outbound post', () => {
  let server: http.Server;
  let port: number;
  const seen: string[] = [];
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      seen.push(`${req.headers.host} ${req.url}`);
      res.writeHead(req.url === '/redirect' ? 302 : 200, { location: 'http://10.0.0.5/' }).end('ok');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((r) => server.close(r)));

  it('connects to the address it checked, not to a second answer of the name', async () => {
    // The system resolver knows no "pinned.test"; only the checked answer can have reached the server.
    let asked = 0;
    const once: Resolve = async () => (asked++ === 0 ? ['127.0.0.1'] : ['10.0.0.5']);
    const res = await post(
      `http://pinned.test:${port}/hook`,
      { headers: {}, body: '{}', timeoutMs: 2000 },
      { resolve: once, allowLoopback: true },
    );
    expect(res).toMatchObject({ status: 200, body: 'ok' });
    expect(asked).toBe(1);
    expect(seen).toContain(`pinned.test:${port} /hook`);
  });

  it('refuses before connecting, and does not follow a redirect', async () => {
    const before = seen.length;
    await expect(
      post(`http://rebind.example:${port}/`, { headers: {}, body: '', timeoutMs: 2000 }, { resolve }),
    ).rejects.toBeInstanceOf(RefusedTarget);
    expect(seen.length).toBe(before);
    const res = await post(
      `http://127.0.0.1:${port}/redirect`,
      { headers: {}, body: '', timeoutMs: 2000 },
      { allowLoopback: true },
    );
    expect(res.status).toBe(302);
  });
});

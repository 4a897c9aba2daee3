import { describe, expect, it } from 'vitest';
import { cached, forget, TTL_MS } from './cache.ts';

describe('analysis cache', () => {
  it('computes once per key within the TTL, shares a computation in flight, and recomputes after', async () => {
    forget();
    let calls = 0;
    const compute = async () => ++calls;
    const t0 = 1_000_000;
    const [a, b] = await Promise.all([cached('org1|x', compute, t0), cached('org1|x', compute, t0 + 10)]);
    expect([a, b, calls]).toEqual([1, 1, 1]);
    expect(await cached('org2|x', compute, t0)).toBe(2); // another organisation, another entry
    expect(await cached('org1|x', compute, t0 + TTL_MS + 1)).toBe(3);
  });
  it('does not keep a failure', async () => {
    forget();
    await expect(cached('org1|y', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await new Promise((r) => setTimeout(r, 0));
    expect(await cached('org1|y', async () => 'ok')).toBe('ok');
  });
});

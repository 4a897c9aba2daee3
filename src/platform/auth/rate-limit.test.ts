import { describe, expect, it } from 'vitest';
import { WindowLimiter } from './rate-limit.ts';

describe('WindowLimiter', () => {
  it('blocks a key after max failures until the window ends', () => {
    let now = 1_000;
    const limiter = new WindowLimiter(3, 60_000, () => now);
    for (let i = 0; i < 3; i++) {
      expect(limiter.retryAfter('a')).toBe(0);
      limiter.add('a');
    }
    expect(limiter.retryAfter('a')).toBe(60_000);
    expect(limiter.retryAfter('b')).toBe(0);
    now += 59_999;
    expect(limiter.retryAfter('a')).toBe(1);
    now += 1;
    expect(limiter.retryAfter('a')).toBe(0);
  });

  it("takes another limit for one key (a survey's own per-link limit)", () => {
    const limiter = new WindowLimiter(3, 1000, () => 0);
    limiter.add('a');
    limiter.add('a');
    expect(limiter.retryAfter('a')).toBe(0);
    expect(limiter.retryAfter('a', 2)).toBe(1000);
  });

  it('forgets failures on reset (a successful sign-in)', () => {
    const limiter = new WindowLimiter(2, 1000, () => 0);
    limiter.add('a');
    limiter.add('a');
    limiter.reset('a');
    expect(limiter.retryAfter('a')).toBe(0);
  });
});

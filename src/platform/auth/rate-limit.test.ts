import { describe, expect, it } from 'vitest';
import { FailureLimiter } from './rate-limit.ts';

describe('FailureLimiter', () => {
  it('blocks a key after max failures until the window ends', () => {
    let now = 1_000;
    const limiter = new FailureLimiter(3, 60_000, () => now);
    for (let i = 0; i < 3; i++) {
      expect(limiter.retryAfter('a')).toBe(0);
      limiter.fail('a');
    }
    expect(limiter.retryAfter('a')).toBe(60_000);
    expect(limiter.retryAfter('b')).toBe(0);
    now += 59_999;
    expect(limiter.retryAfter('a')).toBe(1);
    now += 1;
    expect(limiter.retryAfter('a')).toBe(0);
  });

  it('forgets failures on reset (a successful sign-in)', () => {
    const limiter = new FailureLimiter(2, 1000, () => 0);
    limiter.fail('a');
    limiter.fail('a');
    limiter.reset('a');
    expect(limiter.retryAfter('a')).toBe(0);
  });
});

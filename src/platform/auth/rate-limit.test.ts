import { describe, expect, it } from 'vitest';
import { DelayLimiter, FailureLimiter, MemoryHitStore, WindowLimiter } from './rate-limit.ts';

describe('FailureLimiter', () => {
  it('blocks a key after max failures until the window ends', async () => {
    let now = 1_000;
    const limiter = new FailureLimiter(new MemoryHitStore(), 3, 60_000, () => now);
    for (let i = 0; i < 3; i++) {
      expect(await limiter.retryAfter('a')).toBe(0);
      await limiter.fail('a');
    }
    expect(await limiter.retryAfter('a')).toBe(60_000);
    expect(await limiter.retryAfter('b')).toBe(0);
    now += 59_999;
    expect(await limiter.retryAfter('a')).toBe(1);
    now += 1;
    expect(await limiter.retryAfter('a')).toBe(0);
  });

  it('forgets failures on reset (a successful sign-in)', async () => {
    const limiter = new FailureLimiter(new MemoryHitStore(), 2, 1000, () => 0);
    await limiter.fail('a');
    await limiter.fail('a');
    await limiter.reset('a');
    expect(await limiter.retryAfter('a')).toBe(0);
  });
});

describe('DelayLimiter', () => {
  it('lets the first failures pass, then doubles the wait up to the cap, and forgets a quiet key', async () => {
    let now = 0;
    const limiter = new DelayLimiter(new MemoryHitStore(), 2, 4_000, 60_000, () => now);
    await limiter.fail('k');
    await limiter.fail('k');
    expect(await limiter.retryAfter('k')).toBe(0);
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      await limiter.fail('k');
      waits.push(await limiter.retryAfter('k'));
    }
    expect(waits).toEqual([1_000, 2_000, 4_000, 4_000]);
    now += 60_001;
    expect(await limiter.retryAfter('k')).toBe(0);
  });
});

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

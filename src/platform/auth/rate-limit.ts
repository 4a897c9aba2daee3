/**
 * Fixed-window counter per key: sign-in failures per address, the respondent page's posts per link.
 * It counts what the caller adds, where @fastify/rate-limit counts every request once (the survey
 * page's per-address limit uses the plugin; a second limit, or one that counts only failures, is
 * this). In memory: with several app processes each keeps its own window, so the effective limit
 * is at most N × processes.
 */
export class WindowLimiter {
  private readonly hits = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until the key may try again, or 0 when it may try now; `max` overrides the limit for this key. */
  retryAfter(key: string, max = this.max): number {
    const entry = this.hits.get(key);
    if (!entry) return 0;
    const t = this.now();
    if (t >= entry.resetAt) {
      this.hits.delete(key);
      return 0;
    }
    return entry.count >= max ? entry.resetAt - t : 0;
  }

  add(key: string): void {
    const t = this.now();
    const entry = this.hits.get(key);
    if (!entry || t >= entry.resetAt) this.hits.set(key, { count: 1, resetAt: t + this.windowMs });
    else entry.count++;
    if (this.hits.size > 100_000) this.sweep(t);
  }

  reset(key: string): void {
    this.hits.delete(key);
  }

  private sweep(t: number): void {
    for (const [k, v] of this.hits) if (t >= v.resetAt) this.hits.delete(k);
  }
}

/**
 * Growing delays for sign-in, per key (an account and the address it is tried from): the first
 * `free` failures cost nothing, then each one doubles the wait (1 s, 2 s, 4 s … up to `maxMs`).
 * An attacker elsewhere slows only their own pair, so the owner, from their own address, is never locked out.
 */
export class DelayLimiter {
  private readonly hits = new Map<string, { failures: number; until: number; lastAt: number }>();

  constructor(
    private readonly free: number,
    private readonly maxMs: number,
    private readonly forgetAfterMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  retryAfter(key: string): number {
    const e = this.hits.get(key);
    if (!e) return 0;
    const t = this.now();
    if (t - e.lastAt > this.forgetAfterMs) {
      this.hits.delete(key);
      return 0;
    }
    return Math.max(0, e.until - t);
  }

  fail(key: string): void {
    const t = this.now();
    const e = this.hits.get(key);
    const failures = (e && t - e.lastAt <= this.forgetAfterMs ? e.failures : 0) + 1;
    const delay = failures > this.free ? Math.min(this.maxMs, 1000 * 2 ** (failures - this.free - 1)) : 0;
    this.hits.set(key, { failures, until: t + delay, lastAt: t });
    if (this.hits.size > 100_000)
      for (const [k, v] of this.hits) if (t - v.lastAt > this.forgetAfterMs) this.hits.delete(k);
  }

  reset(key: string): void {
    this.hits.delete(key);
  }
}

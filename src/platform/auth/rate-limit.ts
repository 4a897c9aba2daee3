/** One key's failures: how many, until when it must wait (or its window ends), and the last one. */
export type Hits = { failures: number; until: number; lastAt: number };

/**
 * Where the counters live. The server keeps them in PostgreSQL (the access module's
 * login_throttle table), so a limit holds across every app process on the database; memory is
 * for unit tests and a single process.
 */
export interface HitStore {
  read(key: string): Promise<Hits | undefined>;
  /** Replaces the key's state with `next(previous)`, with no other process's change lost in between. */
  update(key: string, next: (prev: Hits | undefined) => Hits): Promise<void>;
  remove(key: string): Promise<void>;
}

export class MemoryHitStore implements HitStore {
  private readonly hits = new Map<string, Hits>();

  async read(key: string) {
    return this.hits.get(key);
  }

  async update(key: string, next: (prev: Hits | undefined) => Hits) {
    this.hits.set(key, next(this.hits.get(key)));
    if (this.hits.size > 100_000) this.hits.clear();
  }

  async remove(key: string) {
    this.hits.delete(key);
  }
}

/** Fixed-window failure counter for sign-in, per key (an account or an IP). */
export class FailureLimiter {
  constructor(
    private readonly store: HitStore,
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until the key may try again, or 0 when it may try now. */
  async retryAfter(key: string): Promise<number> {
    const entry = await this.store.read(key);
    const t = this.now();
    if (!entry || t >= entry.until) return 0;
    return entry.failures >= this.max ? entry.until - t : 0;
  }

  async fail(key: string): Promise<void> {
    const t = this.now();
    await this.store.update(key, (e) =>
      !e || t >= e.until
        ? { failures: 1, until: t + this.windowMs, lastAt: t }
        : { failures: e.failures + 1, until: e.until, lastAt: t },
    );
  }

  reset(key: string): Promise<void> {
    return this.store.remove(key);
  }
}

/**
 * Growing delays for sign-in, per key (an account and the address it is tried from): the first
 * `free` failures cost nothing, then each one doubles the wait (1 s, 2 s, 4 s … up to `maxMs`).
 * An attacker elsewhere slows only their own pair, so the owner, from their own address, is never locked out.
 */
export class DelayLimiter {
  constructor(
    private readonly store: HitStore,
    private readonly free: number,
    private readonly maxMs: number,
    private readonly forgetAfterMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async retryAfter(key: string): Promise<number> {
    const e = await this.store.read(key);
    const t = this.now();
    if (!e || t - e.lastAt > this.forgetAfterMs) return 0;
    return Math.max(0, e.until - t);
  }

  async fail(key: string): Promise<void> {
    const t = this.now();
    await this.store.update(key, (e) => {
      const failures = (e && t - e.lastAt <= this.forgetAfterMs ? e.failures : 0) + 1;
      const delay = failures > this.free ? Math.min(this.maxMs, 1000 * 2 ** (failures - this.free - 1)) : 0;
      return { failures, until: t + delay, lastAt: t };
    });
  }

  reset(key: string): Promise<void> {
    return this.store.remove(key);
  }
}

/**
 * Fixed-window counter per key in memory: the respondent page's posts per link. It counts what the
 * caller adds, where @fastify/rate-limit counts every request once. With several app processes each
 * keeps its own window, so the effective limit is at most N × processes (the README says so); sign-in
 * failures, which must hold across processes, use FailureLimiter over a database store instead.
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

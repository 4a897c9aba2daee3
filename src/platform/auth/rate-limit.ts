/**
 * Fixed-window failure counter for sign-in, per key (an account or an IP). In memory: with several
 * app processes each keeps its own window, so the effective limit is at most N × processes.
 */
export class FailureLimiter {
  private readonly hits = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until the key may try again, or 0 when it may try now. */
  retryAfter(key: string): number {
    const entry = this.hits.get(key);
    if (!entry) return 0;
    const t = this.now();
    if (t >= entry.resetAt) {
      this.hits.delete(key);
      return 0;
    }
    return entry.count >= this.max ? entry.resetAt - t : 0;
  }

  fail(key: string): void {
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

/**
 * A loop that runs `pass` every `intervalMs`, never overlapping itself. Sweepers do work found in
 * tables (rows not yet processed) with FOR UPDATE SKIP LOCKED, so several processes may run the
 * same sweeper and a crash loses nothing: the rows are simply found again.
 */
export type Sweeper = { stop: () => Promise<void>; runOnce: () => Promise<void> };

export function startSweeper(
  pass: (stopped: () => boolean) => Promise<void>,
  opts: { intervalMs?: number; onError?: (e: unknown) => void } = {},
): Sweeper {
  let running: Promise<void> | null = null;
  let stopped = false;
  const isStopped = () => stopped;
  const tick = () => {
    if (running || stopped) return;
    running = pass(isStopped)
      .catch((e: unknown) => opts.onError?.(e))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, opts.intervalMs ?? 1000);
  timer.unref();
  return {
    runOnce: async () => {
      while (running) await running;
      await pass(isStopped);
    },
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      if (running) await running;
    },
  };
}

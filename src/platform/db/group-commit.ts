/**
 * Group commit: items submitted by concurrent requests are written together, one statement and one
 * commit (one WAL flush) per batch instead of per item, and each submitter's promise settles only
 * after its batch's write has settled, so an acknowledgement still means "committed".
 *
 * A batch is written on the next turn of the event loop (`setImmediate`: every request whose bytes
 * arrived in this turn joins it). At most `maxInFlight` batches are written at once; while all are
 * busy, new items wait and the next batch grows (up to `maxBatch`), which is what makes batching
 * adapt to load: one request alone is written at once, a crowd is written in few commits.
 *
 * `write` answers one outcome per item, in order: a value, or an Error for that item alone.
 * If `write` itself throws, every item of the batch gets that error.
 */
export type GroupCommit<T, R> = (item: T) => Promise<R>;

export function groupCommit<T, R>(
  write: (items: T[]) => Promise<(R | Error)[]>,
  opts: { maxBatch: number; maxInFlight: number },
): GroupCommit<T, R> {
  type Entry = { item: T; resolve: (r: R) => void; reject: (e: unknown) => void };
  let queue: Entry[] = [];
  let inFlight = 0;
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    while (queue.length > 0 && inFlight < opts.maxInFlight) {
      const batch = queue.slice(0, opts.maxBatch);
      queue = queue.slice(batch.length);
      inFlight++;
      void run(batch);
    }
  };

  const schedule = () => {
    if (scheduled || queue.length === 0 || inFlight >= opts.maxInFlight) return;
    scheduled = true;
    setImmediate(flush);
  };

  async function run(batch: Entry[]) {
    try {
      const outcomes = await write(batch.map((e) => e.item));
      batch.forEach((e, i) => {
        const o = outcomes[i];
        if (o instanceof Error) e.reject(o);
        else if (i >= outcomes.length) e.reject(new Error('group commit: no outcome for an item'));
        else e.resolve(o as R);
      });
    } catch (err) {
      for (const e of batch) e.reject(err);
    } finally {
      inFlight--;
      schedule();
    }
  }

  return (item) =>
    new Promise<R>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      schedule();
    });
}

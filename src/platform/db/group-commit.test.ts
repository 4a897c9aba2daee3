import { describe, expect, it } from 'vitest';
import { groupCommit } from './group-commit.ts';

const tick = () => new Promise((r) => setImmediate(r));

describe('groupCommit', () => {
  it('writes the items submitted in one turn together and answers each its own outcome', async () => {
    const batches: number[][] = [];
    const submit = groupCommit(
      async (items: number[]) => (batches.push(items), items.map((n) => (n === 3 ? new Error('bad 3') : n * 10))),
      { maxBatch: 100, maxInFlight: 1 },
    );
    const results = await Promise.allSettled([1, 2, 3, 4].map(submit));
    expect(batches).toEqual([[1, 2, 3, 4]]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([
      10,
      20,
      'bad 3',
      40,
    ]);
  });

  it('while the batches in flight are busy, later items wait and go as one batch, cut at maxBatch', async () => {
    const batches: number[][] = [];
    const release: (() => void)[] = [];
    const submit = groupCommit(
      async (items: number[]) => {
        batches.push(items);
        await new Promise<void>((r) => release.push(r));
        return items;
      },
      { maxBatch: 3, maxInFlight: 1 },
    );
    const first = submit(0);
    await tick();
    const later = [1, 2, 3, 4, 5].map(submit);
    await tick();
    expect(batches).toEqual([[0]]);
    release.shift()!();
    await first;
    await tick();
    expect(batches).toEqual([[0], [1, 2, 3]]);
    release.shift()!();
    await tick();
    await tick();
    expect(batches).toEqual([[0], [1, 2, 3], [4, 5]]);
    release.shift()!();
    expect(await Promise.all(later)).toEqual([1, 2, 3, 4, 5]);
  });

  it('fails every item of a batch whose write throws, and keeps writing later ones', async () => {
    let calls = 0;
    const submit = groupCommit(
      async (items: string[]) => {
        if (calls++ === 0) throw new Error('connection lost');
        return items;
      },
      { maxBatch: 10, maxInFlight: 2 },
    );
    const failed = await Promise.allSettled([submit('a'), submit('b')]);
    expect(failed.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await submit('c')).toBe('c');
  });
});

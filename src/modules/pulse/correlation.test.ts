import { describe, expect, it } from 'vitest';
import { correlation } from './correlation.ts';

describe('location correlation', () => {
  it('is drawn only with at least 5 locations having both figures', () => {
    expect(
      correlation([
        [1, 2],
        [2, 4],
        [3, 6],
        [4, 8],
      ]),
    ).toBeNull();
    expect(
      correlation([
        [1, 2],
        [2, 4],
        [3, 6],
        [4, 8],
        [5, null],
      ]),
    ).toBeNull();
    expect(
      correlation([
        [1, 2],
        [2, 4],
        [3, 6],
        [4, 8],
        [5, 10],
      ]),
    ).toBe(1);
    expect(
      correlation([
        [1, 10],
        [2, 8],
        [3, 6],
        [4, 4],
        [5, 2],
      ]),
    ).toBe(-1);
  });
});

import { describe, expect, it } from 'vitest';
import { median, outcomeFigures, perTenStaff, topIrritants, type FigurePost } from './insight-figures.ts';

const day = (d: number) => new Date(Date.UTC(2026, 0, 1) + d * 86_400_000);
const post = (over: Partial<FigurePost>): FigurePost => ({
  locationId: 'L1',
  createdAt: day(0),
  outcomeAt: null,
  status: 'new',
  kind: 'idea',
  touchpointId: null,
  ...over,
});

describe('insight figures', () => {
  it('counts insights per 10 staff by location', () => {
    const posts = [post({}), post({}), post({ locationId: 'L2' })];
    expect(
      perTenStaff(
        posts,
        new Map([
          ['L1', 4],
          ['L2', 10],
          ['L3', 0],
        ]),
      ),
    ).toEqual([
      { locationId: 'L1', insights: 2, staff: 4, per10: 5 },
      { locationId: 'L2', insights: 1, staff: 10, per10: 1 },
      { locationId: 'L3', insights: 0, staff: 0, per10: null },
    ]);
  });

  it('shares outcomes told within 30 days among posts that are due, with the median days', () => {
    const now = day(40);
    const f = outcomeFigures(
      [
        post({ outcomeAt: day(10) }),
        post({ outcomeAt: day(35) }),
        post({}),
        post({ createdAt: day(30) }), // not yet due
      ],
      now,
    );
    expect(f).toEqual({ due: 3, toldWithin30: 1, shareToldWithin30: 33.3, medianDaysToOutcome: 22.5 });
  });

  it('ranks irritants by touchpoint, duplicates left out', () => {
    const posts = [
      post({ kind: 'irritant', touchpointId: 'A' }),
      post({ kind: 'irritant', touchpointId: 'B' }),
      post({ kind: 'irritant', touchpointId: 'B' }),
      post({ kind: 'irritant', touchpointId: 'B', status: 'duplicate' }),
      post({ kind: 'idea', touchpointId: 'A' }),
    ];
    expect(topIrritants(posts)).toEqual([
      { touchpointId: 'B', irritants: 2 },
      { touchpointId: 'A', irritants: 1 },
    ]);
  });

  it('takes the median of odd and even lists', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([])).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import {
  addMonths,
  cohortTable,
  localMonth,
  monthsBetween,
  quintiles,
  rate,
  SEGMENTS,
  segmentOf,
} from './retention.math.ts';

describe('quintiles', () => {
  it('scores ten distinct values two per quintile', () => {
    expect(quintiles([10, 20, 30, 40, 50, 60, 70, 80, 90, 100])).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });
  it('gives tied values the same score, from the rank of their first occurrence', () => {
    // Sorted: 1 1 1 1 1 1 2 3 5 8 → ranks of first occurrence 1, 7, 8, 9, 10 → ⌊5(r−1)/10⌋ + 1.
    expect(quintiles([1, 1, 2, 1, 3, 1, 5, 1, 8, 1])).toEqual([1, 1, 4, 1, 4, 1, 5, 1, 5, 1]);
    expect(quintiles([7, 7, 7])).toEqual([1, 1, 1]);
  });
  it('reverses the order for recency (fewer days since the last purchase is better)', () => {
    expect(quintiles([0, 400, 30, 90, 200], true)).toEqual([5, 1, 4, 3, 2]);
  });
  it('handles one customer and none', () => {
    expect(quintiles([42])).toEqual([1]);
    expect(quintiles([])).toEqual([]);
  });
});

describe('RFM segments', () => {
  it('maps the corners and edges of the grid as documented', () => {
    expect(segmentOf(5, 5, 5)).toBe('champions');
    expect(segmentOf(4, 4, 4)).toBe('champions');
    expect(segmentOf(5, 5, 3)).toBe('loyal');
    expect(segmentOf(3, 4, 1)).toBe('loyal');
    expect(segmentOf(1, 5, 5)).toBe('cant_lose');
    expect(segmentOf(2, 4, 2)).toBe('at_risk');
    expect(segmentOf(1, 3, 1)).toBe('at_risk');
    expect(segmentOf(5, 1, 5)).toBe('new');
    expect(segmentOf(3, 1, 1)).toBe('potential_loyalists');
    expect(segmentOf(4, 3, 2)).toBe('potential_loyalists');
    expect(segmentOf(2, 2, 5)).toBe('hibernating');
    expect(segmentOf(1, 1, 1)).toBe('lost');
  });
  it('puts every one of the 125 combinations in exactly one named segment, and uses all eight', () => {
    const seen = new Set<string>();
    for (let r = 1; r <= 5; r++) for (let f = 1; f <= 5; f++) for (let m = 1; m <= 5; m++) seen.add(segmentOf(r, f, m));
    expect([...seen].sort()).toEqual([...SEGMENTS].sort());
  });
});

describe('months and time zones', () => {
  it("puts an instant in the organisation's local month", () => {
    // 31 Jan 23:30 UTC is 1 Feb 01:30 in Sofia (UTC+2 in winter) but still January in New York.
    const at = new Date('2026-01-31T23:30:00Z');
    expect(localMonth(at, 'Europe/Sofia')).toBe('2026-02');
    expect(localMonth(at, 'UTC')).toBe('2026-01');
    expect(localMonth(new Date('2026-03-01T04:59:00Z'), 'America/New_York')).toBe('2026-02');
  });
  it('counts and adds months across years', () => {
    expect(monthsBetween('2025-11', '2026-02')).toBe(3);
    expect(addMonths('2025-11', 3)).toBe('2026-02');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
  });
});

describe('cohort table', () => {
  it('computes % retained per month after the first purchase, filling months with no purchases', () => {
    // Cohort 2026-01: 4 customers; 2 buy in February, none in March, 1 in April (current month).
    // Cohort 2026-03: 2 customers; 1 buys in April.
    const rows = cohortTable(
      [
        { cohort: '2026-01', group: '', k: 0, customers: 4 },
        { cohort: '2026-01', group: '', k: 1, customers: 2 },
        { cohort: '2026-01', group: '', k: 3, customers: 1 },
        { cohort: '2026-03', group: '', k: 0, customers: 2 },
        { cohort: '2026-03', group: '', k: 1, customers: 1 },
      ],
      '2026-04',
    );
    expect(rows).toEqual([
      {
        cohort: '2026-01',
        group: '',
        size: 4,
        retention: [
          { k: 0, customers: 4, pct: 100 },
          { k: 1, customers: 2, pct: 50 },
          { k: 2, customers: 0, pct: 0 },
          { k: 3, customers: 1, pct: 25 },
        ],
      },
      {
        cohort: '2026-03',
        group: '',
        size: 2,
        retention: [
          { k: 0, customers: 2, pct: 100 },
          { k: 1, customers: 1, pct: 50 },
        ],
      },
    ]);
  });
  it('keeps groups (acquisition channels) apart', () => {
    const rows = cohortTable(
      [
        { cohort: '2026-04', group: 'ads', k: 0, customers: 3 },
        { cohort: '2026-04', group: 'referral', k: 0, customers: 1 },
      ],
      '2026-04',
    );
    expect(rows.map((r) => [r.group, r.size, r.retention.length])).toEqual([
      ['ads', 3, 1],
      ['referral', 1, 1],
    ]);
  });
});

describe('rate', () => {
  it('carries n and says "too few" for small samples', () => {
    expect(rate(0, 0)).toEqual({ value: null, hits: 0, n: 0, ci95: null, tooFew: true });
    expect(rate(1, 4)).toMatchObject({ value: 25, n: 4, tooFew: true });
    expect(rate(300, 1000)).toMatchObject({ value: 30, n: 1000, tooFew: false, ci95: [27.2, 32.8] });
  });
});

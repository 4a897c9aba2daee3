import { describe, expect, it } from 'vitest';
import { rollupPlan } from './analytics.repo.ts';

const dimOf = (...args: Parameters<typeof rollupPlan>) => rollupPlan(...args)?.dim ?? null;

describe('rollupPlan: which rollup answers a query involving the customer segment', () => {
  it('reads the segment rollup alone, and paired with the location (a manager)', () => {
    expect(dimOf([{ dim: 'segment', keys: ['champions'] }], { kind: 'none' })).toBe('segment');
    expect(dimOf([], { kind: 'dim', dim: 'segment' })).toBe('segment');
    expect(dimOf([{ dim: 'location', keys: ['l1', 'l2'] }], { kind: 'dim', dim: 'segment' })).toBe('location+segment');
    expect(dimOf([{ dim: 'segment', keys: ['lost'] }, { dim: 'location', keys: ['l1'] }], { kind: 'period', interval: 'week' })).toBe('location+segment');
  });

  it('pairs the segment with the touchpoint and the staff member (the dashboard under a segment filter)', () => {
    expect(dimOf([{ dim: 'segment', keys: ['loyal'] }], { kind: 'dim', dim: 'touchpoint' })).toBe('touchpoint+segment');
    expect(dimOf([{ dim: 'segment', keys: ['loyal'] }, { dim: 'staff', keys: ['s'] }], { kind: 'none' })).toBe('staff+segment');
  });

  it('falls back to the raw responses for the segment with any other dimension', () => {
    for (const other of ['survey', 'kind', 'channel', 'language'] as const) {
      expect(dimOf([{ dim: other, keys: ['x'] }], { kind: 'dim', dim: 'segment' }), other).toBeNull();
    }
    expect(dimOf([{ dim: 'location', keys: ['l1'] }, { dim: 'staff', keys: ['s'] }], { kind: 'dim', dim: 'segment' })).toBeNull();
  });
});

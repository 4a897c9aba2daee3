import { describe, expect, it } from 'vitest';
import { CUSTOMER_SEGMENTS } from '../retention/retention.math.ts';
import { rollupPlan } from './analytics.repo.ts';

const dimOf = (...args: Parameters<typeof rollupPlan>) => {
  const dims = rollupPlan(...args)?.dims;
  return dims ? (dims.length === 1 ? dims[0] : dims) : null;
};
const all = (d: string) => CUSTOMER_SEGMENTS.map((s) => `${d}+segment:${s}`);

describe('rollupPlan: which rollup answers a query involving the customer segment', () => {
  it('reads the segment rollup alone, and paired with the location (a manager)', () => {
    expect(dimOf([{ dim: 'segment', keys: ['champions'] }], { kind: 'none' })).toBe('segment');
    expect(dimOf([], { kind: 'dim', dim: 'segment' })).toBe('segment');
    expect(dimOf([{ dim: 'location', keys: ['l1', 'l2'] }], { kind: 'dim', dim: 'segment' })).toEqual(all('location'));
    expect(dimOf([{ dim: 'segment', keys: ['lost'] }, { dim: 'location', keys: ['l1'] }], { kind: 'period', interval: 'week' })).toBe('location+segment:lost');
  });

  it('pairs the segment with the touchpoint and the staff member (the dashboard under a segment filter)', () => {
    expect(dimOf([{ dim: 'segment', keys: ['loyal'] }], { kind: 'dim', dim: 'touchpoint' })).toBe('touchpoint+segment:loyal');
    expect(dimOf([{ dim: 'segment', keys: ['loyal', 'new'] }, { dim: 'staff', keys: ['s'] }], { kind: 'none' })).toEqual(['staff+segment:loyal', 'staff+segment:new']);
  });

  it('falls back to the raw responses for the segment with any other dimension', () => {
    for (const other of ['survey', 'kind', 'channel', 'language'] as const) {
      expect(dimOf([{ dim: other, keys: ['x'] }], { kind: 'dim', dim: 'segment' }), other).toBeNull();
    }
    expect(dimOf([{ dim: 'location', keys: ['l1'] }, { dim: 'staff', keys: ['s'] }], { kind: 'dim', dim: 'segment' })).toBeNull();
  });
});

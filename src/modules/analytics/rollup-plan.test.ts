import { describe, expect, it } from 'vitest';
import { CUSTOMER_SEGMENTS } from '../retention/retention.math.ts';
import { rollupPlan, source } from './analytics.repo.ts';
import { grainFor } from './cube.ts';

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
    expect(
      dimOf(
        [
          { dim: 'segment', keys: ['lost'] },
          { dim: 'location', keys: ['l1'] },
        ],
        { kind: 'period', interval: 'week' },
      ),
    ).toBe('location+segment:lost');
  });

  it('pairs the segment with the touchpoint and the staff member (the dashboard under a segment filter)', () => {
    expect(dimOf([{ dim: 'segment', keys: ['loyal'] }], { kind: 'dim', dim: 'touchpoint' })).toBe(
      'touchpoint+segment:loyal',
    );
    expect(
      dimOf(
        [
          { dim: 'segment', keys: ['loyal', 'new'] },
          { dim: 'staff', keys: ['s'] },
        ],
        { kind: 'none' },
      ),
    ).toEqual(['staff+segment:loyal', 'staff+segment:new']);
  });

  it('pairs the segment with the survey, kind, channel and language too, and leaves three dimensions to the segment cube', () => {
    for (const other of ['survey', 'kind', 'channel', 'language'] as const) {
      expect(dimOf([{ dim: other, keys: ['x'] }], { kind: 'dim', dim: 'segment' }), other).toEqual(all(other));
    }
    expect(dimOf([{ dim: 'segment', keys: ['lost'] }], { kind: 'dim', dim: 'channel' })).toBe('channel+segment:lost');
    expect(
      dimOf(
        [
          { dim: 'location', keys: ['l1'] },
          { dim: 'staff', keys: ['s'] },
        ],
        { kind: 'dim', dim: 'segment' },
      ),
    ).toBeNull();
  });
});

describe('source: metric_daily, the cube, or the raw responses', () => {
  it('keeps one dimension and the kept pairs on metric_daily', () => {
    expect(source([{ dim: 'channel', keys: ['qr'] }], { kind: 'period', interval: 'week' })).toBe('daily');
    expect(source([{ dim: 'location', keys: ['l'] }], { kind: 'dim', dim: 'staff' })).toBe('daily');
  });

  it('keeps channel and language paired with every dimension on metric_daily', () => {
    expect(
      source(
        [
          { dim: 'channel', keys: ['qr'] },
          { dim: 'location', keys: ['l'] },
        ],
        { kind: 'none' },
      ),
    ).toBe('daily');
    expect(source([{ dim: 'staff', keys: ['s'] }], { kind: 'dim', dim: 'language' })).toBe('daily');
    expect(source([{ dim: 'channel', keys: ['qr'] }], { kind: 'dim', dim: 'language' })).toBe('daily');
  });

  it('reads the cube for three dimensions, at the smallest grain holding them', () => {
    const three = [
      { dim: 'location' as const, keys: ['l'] },
      { dim: 'touchpoint' as const, keys: ['t'] },
      { dim: 'staff' as const, keys: ['s'] },
    ];
    expect(source(three, { kind: 'none' })).toBe('cube');
    expect(
      source(
        [
          { dim: 'kind', keys: ['service'] },
          { dim: 'channel', keys: ['qr'] },
        ],
        { kind: 'dim', dim: 'language' },
      ),
    ).toBe('cube');
    expect(grainFor(['location', 'touchpoint', 'staff'])).toBe(1);
    expect(grainFor(['location', 'survey', 'staff'])).toBe(1);
    expect(grainFor(['kind', 'channel', 'language'])).toBe(2);
    expect(grainFor(['location', 'channel'])).toBe(2);
    expect(grainFor(['staff', 'channel'])).toBe(3);
    expect(grainFor(['touchpoint', 'language', 'survey'])).toBe(3);
  });

  it('reads the segment cube for the segment with two or more other dimensions', () => {
    expect(source([{ dim: 'segment', keys: ['lost'] }], { kind: 'dim', dim: 'channel' })).toBe('daily');
    expect(source([{ dim: 'language', keys: ['en'] }], { kind: 'dim', dim: 'segment' })).toBe('daily');
    expect(
      source(
        [
          { dim: 'segment', keys: ['lost'] },
          { dim: 'location', keys: ['l'] },
        ],
        { kind: 'dim', dim: 'staff' },
      ),
    ).toBe('segment_cube');
    expect(
      source(
        [
          { dim: 'channel', keys: ['qr'] },
          { dim: 'language', keys: ['en'] },
        ],
        { kind: 'dim', dim: 'segment' },
      ),
    ).toBe('segment_cube');
  });
});

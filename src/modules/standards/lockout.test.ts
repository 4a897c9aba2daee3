import { describe, expect, it } from 'vitest';
import { lockedUntil, windowState } from './lockout.ts';

const day = (d: string) => new Date(`${d}T12:00:00Z`);

describe('mystery shopper lockout', () => {
  const visits = [
    { shopperRef: 'anna@example.com', locationId: 'L1', at: day('2026-05-01') },
    { shopperRef: 'anna@example.com', locationId: 'L1', at: day('2026-03-01') },
    { shopperRef: 'boris@example.com', locationId: 'L2', at: day('2026-05-20') },
  ];

  it('locks a shopper out of a location for N days after the latest visit', () => {
    expect(lockedUntil(visits, 'Anna@Example.com ', 'L1', day('2026-05-10'), 30)).toEqual(day('2026-05-31'));
  });

  it('lets the shopper back once N days have passed', () => {
    expect(lockedUntil(visits, 'anna@example.com', 'L1', day('2026-06-01'), 30)).toBeNull();
  });

  it('does not lock other locations or other shoppers', () => {
    expect(lockedUntil(visits, 'anna@example.com', 'L2', day('2026-05-10'), 30)).toBeNull();
    expect(lockedUntil(visits, 'carla@example.com', 'L1', day('2026-05-10'), 30)).toBeNull();
  });

  it('opens a link only inside its window', () => {
    expect(windowState(day('2026-05-01'), day('2026-05-02'), day('2026-05-05'))).toBe('early');
    expect(windowState(day('2026-05-03'), day('2026-05-02'), day('2026-05-05'))).toBe('open');
    expect(windowState(day('2026-05-06'), day('2026-05-02'), day('2026-05-05'))).toBe('closed');
  });
});

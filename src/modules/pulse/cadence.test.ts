import { describe, expect, it } from 'vitest';
import { nextRunDue } from './cadence.ts';

const at = (s: string) => new Date(`${s}T09:00:00Z`);

describe('pulse cadence', () => {
  it('runs a new survey at once, then monthly or quarterly after the last run', () => {
    expect(nextRunDue('monthly', null, at('2026-03-05'))).toEqual(at('2026-03-05'));
    expect(nextRunDue('monthly', at('2026-03-05'), at('2026-01-01'))).toEqual(at('2026-04-05'));
    expect(nextRunDue('quarterly', at('2026-11-20'), at('2026-01-01'))).toEqual(at('2027-02-20'));
  });
  it('keeps to the end of a shorter month', () => {
    expect(nextRunDue('monthly', at('2026-01-31'), at('2026-01-01'))).toEqual(at('2026-02-28'));
  });
});

import { describe, expect, it } from 'vitest';
import {
  dateOccasionYear,
  occasionsFor,
  tierEntryOccasion,
  type CustomerFacts,
  type GestureRule,
} from './gesture-rules.ts';

const now = new Date('2026-06-10T12:00:00Z');
const gesture = (g: Partial<GestureRule>): GestureRule => ({
  id: 'g1',
  trigger: 'nth_visit',
  triggerVisit: 5,
  triggerTierId: null,
  tierIds: [],
  dueDays: 30,
  createdAt: new Date('2026-01-01T00:00:00Z'),
  ...g,
});
const visit = (i: number, at: string) => ({
  id: `i${i}`,
  occurredAt: new Date(at),
  recordedAt: new Date(at),
  locationId: `L${i}`,
});
const facts = (f: Partial<CustomerFacts>): CustomerFacts => ({
  tierId: null,
  visits: [],
  resolvedCases: [],
  birthday: null,
  today: '2026-06-10',
  ...f,
});
const fiveVisits = [1, 2, 3, 4, 5].map((i) => visit(i, `2026-06-0${i + 4}T10:00:00Z`));

describe('gesture triggers', () => {
  it('fires on the n-th visit once, keyed by n, at that visit', () => {
    expect(occasionsFor(gesture({}), facts({ visits: fiveVisits.slice(0, 4) }), now)).toEqual([]);
    expect(occasionsFor(gesture({}), facts({ visits: fiveVisits }), now)).toEqual([
      { key: 'visit:5', locationId: 'L5', interactionId: 'i5' },
    ]);
  });

  it('does not reach back to visits recorded before the gesture existed or too long ago', () => {
    expect(
      occasionsFor(gesture({ createdAt: new Date('2026-06-10T00:00:00Z') }), facts({ visits: fiveVisits }), now),
    ).toEqual([]);
    expect(occasionsFor(gesture({ dueDays: 1 }), facts({ visits: fiveVisits }), now)).toEqual([]);
  });

  it('keeps to the fitting tiers', () => {
    expect(occasionsFor(gesture({ tierIds: ['gold'] }), facts({ visits: fiveVisits, tierId: 'silver' }), now)).toEqual(
      [],
    );
    expect(
      occasionsFor(gesture({ tierIds: ['gold'] }), facts({ visits: fiveVisits, tierId: 'gold' }), now),
    ).toHaveLength(1);
  });

  it('fires once per resolved recovery case', () => {
    const g = gesture({ trigger: 'recovery_resolved', triggerVisit: null });
    const cases = [
      { id: 'c1', resolvedAt: new Date('2026-06-09T00:00:00Z'), locationId: 'L9' },
      { id: 'c0', resolvedAt: new Date('2025-12-01T00:00:00Z'), locationId: 'L9' },
    ];
    expect(occasionsFor(g, facts({ resolvedCases: cases }), now)).toEqual([
      { key: 'case:c1', locationId: 'L9', interactionId: null },
    ]);
  });

  it('fires on the birthday and up to two days late, once a year', () => {
    const g = gesture({ trigger: 'birthday', triggerVisit: null });
    expect(occasionsFor(g, facts({ birthday: '06-08', visits: fiveVisits }), now)).toEqual([
      { key: 'birthday:2026', locationId: 'L5', interactionId: null },
    ]);
    expect(occasionsFor(g, facts({ birthday: '06-07' }), now)).toEqual([]);
    expect(occasionsFor(g, facts({ birthday: '06-11' }), now)).toEqual([]);
    expect(dateOccasionYear('02-29', '2027-02-28')).toBe(2027);
    expect(dateOccasionYear('02-29', '2028-02-28')).toBeNull();
    expect(dateOccasionYear('12-31', '2027-01-01')).toBe(2026);
  });

  it('fires on the anniversary of the first visit from the first year on', () => {
    const g = gesture({ trigger: 'first_visit_anniversary', triggerVisit: null });
    const first = [visit(1, '2025-06-10T09:00:00Z')];
    expect(occasionsFor(g, facts({ visits: first }), now)).toEqual([
      { key: 'anniversary:2026', locationId: 'L1', interactionId: null },
    ]);
    expect(occasionsFor(g, facts({ visits: [visit(1, '2026-06-10T09:00:00Z')] }), now)).toEqual([]);
  });

  it('fires on entering the tier, not on staying in it', () => {
    const g = gesture({ trigger: 'tier_entry', triggerTierId: 'gold', triggerVisit: null });
    expect(tierEntryOccasion(g, 'gold', now, 'silver')).toEqual({ key: 'tier:gold:2026-06-10', interactionId: null });
    expect(tierEntryOccasion(g, 'gold', now, 'gold')).toBeNull();
    expect(tierEntryOccasion(g, 'silver', now, null)).toBeNull();
  });
});

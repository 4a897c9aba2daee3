import { describe, expect, it } from 'vitest';
import { DEMO_TOUCHPOINTS } from './demo-data.ts';
import { generateDemo } from './demo-generator.ts';

const now = new Date('2026-06-01T00:00:00Z');

describe('generateDemo', () => {
  it('is the same for the same seed and differs for another', () => {
    const a = generateDemo({ seed: 7, now, customers: 200 });
    expect(generateDemo({ seed: 7, now, customers: 200 })).toEqual(a);
    expect(generateDemo({ seed: 8, now, customers: 200 }).customers[0]).not.toEqual(a.customers[0]);
  });

  it('keeps every visit inside the 18 months, in opening hours, pointing at known touchpoints', () => {
    const plan = generateDemo({ now, customers: 300 });
    const start = now.getTime() - 18 * 30.44 * 86_400_000;
    const keys = new Set(DEMO_TOUCHPOINTS.map((t) => t.key));
    expect(plan.staff).toHaveLength(24);
    expect(new Set(plan.staff.map((s) => s.email)).size).toBe(24);
    expect(new Set(plan.interactions.map((i) => i.externalId)).size).toBe(plan.interactions.length);
    for (const i of plan.interactions) {
      expect(i.occurredAt.getTime()).toBeGreaterThanOrEqual(start);
      expect(i.occurredAt.getTime()).toBeLessThan(now.getTime());
      expect(keys.has(i.touchpoint)).toBe(true);
    }
    const purchases = plan.interactions.filter((i) => i.revenue);
    expect(purchases.every((p) => p.currency === 'EUR' && p.revenue! > 0)).toBe(true);
  });
});

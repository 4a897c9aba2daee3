import { describe, expect, it } from 'vitest';
import { correlation, driverAnalysis, jacobiEigen, monthRange, pairStats, relativeWeights } from './drivers.ts';

describe('Jacobi eigen decomposition', () => {
  it('finds the eigenvalues of a small symmetric matrix and vectors that rebuild it', () => {
    const a = [
      [2, 1, 0],
      [1, 2, 0],
      [0, 0, 3],
    ];
    const { values, vectors } = jacobiEigen(a);
    expect([...values].sort()).toEqual([expect.closeTo(1, 9), expect.closeTo(3, 9), expect.closeTo(3, 9)]);
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 3; j++)
        expect(values.reduce((s, l, k) => s + vectors[i]![k]! * l * vectors[j]![k]!, 0)).toBeCloseTo(a[i]![j]!, 9);
  });
});

describe("Johnson's relative weights", () => {
  it('with uncorrelated predictors: each weight is its squared correlation with the outcome', () => {
    const { weights, r2 } = relativeWeights(
      [
        [1, 0],
        [0, 1],
      ],
      [0.6, 0.3],
    );
    expect(weights[0]).toBeCloseTo(0.36, 9);
    expect(weights[1]).toBeCloseTo(0.09, 9);
    expect(r2).toBeCloseTo(0.45, 9);
  });

  it('with two correlated predictors: the hand-computed example (r12 = 0.5, r1y = 0.6, r2y = 0.3)', () => {
    // By hand: Λ* = [[a, b], [b, a]] with a = (√1.5 + √0.5)/2 = 0.965926, b = (√1.5 − √0.5)/2 = 0.258819;
    // β = Λ*⁻¹ r = (0.579556, 0.155291); ε1 = a²β1² + b²β2² = 0.315000, ε2 = b²β1² + a²β2² = 0.045000;
    // R² = (r1² + r2² − 2 r1 r2 r12) / (1 − r12²) = 0.27 / 0.75 = 0.36.
    const { weights, r2 } = relativeWeights(
      [
        [1, 0.5],
        [0.5, 1],
      ],
      [0.6, 0.3],
    );
    expect(weights[0]).toBeCloseTo(0.315, 5);
    expect(weights[1]).toBeCloseTo(0.045, 5);
    expect(r2).toBeCloseTo(0.36, 9);
  });

  it('splits equally between two identical-looking predictors', () => {
    const { weights, r2 } = relativeWeights(
      [
        [1, 0.4],
        [0.4, 1],
      ],
      [0.5, 0.5],
    );
    expect(weights[0]).toBeCloseTo(weights[1]!, 9);
    expect(r2).toBeCloseTo((0.25 + 0.25 - 2 * 0.25 * 0.4) / (1 - 0.16), 9);
  });
});

describe('pairwise-complete statistics and correlation', () => {
  it('uses only the cases where both values are present', () => {
    // x: 1, 2, 3, null; y: 2, 4, 7, 9 → pairs (1,2), (2,4), (3,7): r = 0.9934 by hand.
    const s = pairStats([
      [1, 2],
      [2, 4],
      [3, 7],
      [null, 9],
    ]);
    expect(s[0]![1]!.n).toBe(3);
    expect(s[1]![1]!.n).toBe(4);
    expect(correlation(s[0]![1]!)).toBeCloseTo(0.99339, 4);
    expect(correlation({ n: 3, sx: 3, sy: 6, sxx: 3, syy: 14, sxy: 6 })).toBeNull(); // x constant
  });
});

describe('driver analysis', () => {
  // Outcome (NPS 0–10) driven by touchpoint A strongly and B weakly; C rated by too few customers.
  const rows: (number | null)[][] = [];
  for (let i = 0; i < 60; i++) {
    const a = (i % 5) / 4;
    const b = ((i * 7) % 3) / 2;
    const c = i < 5 ? i % 2 : null;
    rows.push([a, b, c, Math.round(2 + 6 * a + 2 * b * ((i % 4) / 3))]);
  }
  const result = driverAnalysis({ keys: ['A', 'B', 'C'], stats: pairStats(rows), n: rows.length });

  it('importances sum to R², are largest for the strongest driver, and report n and performance', () => {
    const a = result.items.find((i) => i.key === 'A')!;
    const b = result.items.find((i) => i.key === 'B')!;
    expect(a.importance! + b.importance!).toBeCloseTo(result.r2!, 3);
    expect(result.items[0]!.key).toBe('A');
    expect(a.importance!).toBeGreaterThan(b.importance!);
    expect(a.share! + b.share!).toBeCloseTo(100, 0);
    expect(a).toMatchObject({ n: 60, performance: 50, tooFew: false });
    expect(result).toMatchObject({ n: 60, tooFew: false });
  });

  it('leaves out a touchpoint rated by too few customers, saying so', () => {
    expect(result.items.find((i) => i.key === 'C')).toMatchObject({ importance: null, n: 5, tooFew: true });
  });

  it('is "too few" without enough customers, and empty without touchpoints', () => {
    const small = driverAnalysis({ keys: ['A', 'B', 'C'], stats: pairStats(rows.slice(0, 12)), n: 12 });
    expect(small.tooFew).toBe(true);
    expect(driverAnalysis({ keys: [], stats: [[{ n: 0, sx: 0, sy: 0, sxx: 0, syy: 0, sxy: 0 }]], n: 0 })).toEqual({
      r2: null,
      n: 0,
      tooFew: true,
      items: [],
    });
  });
});

describe('inconsistent pairwise correlations', () => {
  it('keep R² within 0–1 and the weights finite and non-negative', async () => {
    const { nearestCorrelation, relativeWeights } = await import('./drivers.ts');
    // r12 = .9, r1y = .9, r2y = −.9 cannot all hold at once (the joint matrix is indefinite).
    const joint = nearestCorrelation([
      [1, 0.9, 0.9],
      [0.9, 1, -0.9],
      [0.9, -0.9, 1],
    ]);
    const { weights, r2 } = relativeWeights(
      joint.slice(0, 2).map((r) => r.slice(0, 2)),
      joint.slice(0, 2).map((r) => r[2]!),
    );
    expect(r2).toBeGreaterThan(0);
    expect(r2).toBeLessThanOrEqual(1.0001);
    for (const w of weights) expect(Number.isFinite(w) && w >= 0).toBe(true);
    for (let i = 0; i < 3; i++) expect(joint[i]![i]).toBe(1);
  });
});

describe('the whole months a date range reads', () => {
  it('widens to the months the days touch; `to` is exclusive', () => {
    expect(monthRange({ from: '2026-01-15', to: '2026-04-01' })).toEqual({ from: '2026-01-01', to: '2026-04-01' });
    expect(monthRange({ from: '2026-01-01', to: '2026-04-02' })).toEqual({ from: '2026-01-01', to: '2026-05-01' });
    expect(monthRange({ from: '2025-12-31', to: '2026-01-01' })).toEqual({ from: '2025-12-01', to: '2026-01-01' });
    expect(monthRange({ from: '2024-02-29', to: '2024-03-01' })).toEqual({ from: '2024-02-01', to: '2024-03-01' });
    expect(monthRange({ from: null, to: '2026-12-31' })).toEqual({ from: null, to: '2027-01-01' });
    expect(monthRange({ from: '2026-03-10', to: null })).toEqual({ from: '2026-03-01', to: null });
  });
});

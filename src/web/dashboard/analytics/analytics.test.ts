import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';
import { quadrants } from './drivers.tsx';
import { addDays, periodRange, previousRange, startOfDayIn, todayIn } from './period.ts';
import { bestWorst } from './rankings.tsx';

describe('period presets', () => {
  it('cover whole days up to today, `to` exclusive', () => {
    expect(periodRange('7d', '2026-03-01')).toEqual({ from: '2026-02-23', to: '2026-03-02' });
    expect(periodRange('30d', '2026-11-23')).toEqual({ from: '2026-10-25', to: '2026-11-24' });
    expect(periodRange('month', '2026-11-23')).toEqual({ from: '2026-11-01', to: '2026-11-24' });
    expect(periodRange('quarter', '2026-11-23')).toEqual({ from: '2026-10-01', to: '2026-11-24' });
    expect(periodRange('year', '2026-01-01')).toEqual({ from: '2026-01-01', to: '2026-01-02' });
    expect(periodRange('custom', '2026-11-23', { from: '2026-02-01', to: '2026-02-28' })).toEqual({
      from: '2026-02-01',
      to: '2026-03-01',
    });
    expect(periodRange('custom', '2026-11-23', {})).toEqual({ from: undefined, to: undefined });
  });
  it('compare with the equally long period before', () => {
    expect(previousRange('2026-10-25', '2026-11-24')).toEqual({ from: '2026-09-25', to: '2026-10-25' });
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });
  it('know today and midnight in the organisation’s time zone', () => {
    expect(todayIn('Europe/Sofia', new Date('2026-11-23T22:30:00Z'))).toBe('2026-11-24');
    expect(startOfDayIn('2026-11-24', 'Europe/Sofia')).toBe('2026-11-23T22:00:00.000Z');
    expect(startOfDayIn('2026-07-01', 'Europe/Sofia')).toBe('2026-06-30T21:00:00.000Z');
  });
});

describe('CSV', () => {
  it('starts with a BOM, quotes what needs it and keeps formulas as text', () => {
    expect(toCsv([['a', 'b;c', 'say "hi"', null, -5, '=SUM(A1)']], ';')).toBe(
      '\uFEFFa;"b;c";"say ""hi""";;-5;\'=SUM(A1)\r\n',
    );
  });
});

describe('rankings', () => {
  const item = (key: string, value: number | null, tooFew = false) => ({ key, label: key, value, n: 30, tooFew });
  it('rank only figures with enough answers, best and worst never overlapping', () => {
    const r = bestWorst([item('a', 50), item('b', 90, true), item('c', -10), item('d', 20)]);
    expect(r.best.map((i) => i.key)).toEqual(['a', 'd']);
    expect(r.worst.map((i) => i.key)).toEqual(['c']);
    expect(r.unranked.map((i) => i.key)).toEqual(['b']);
    expect(bestWorst([item('x', 10)]).worst).toEqual([]);
  });
});

describe('driver quadrants', () => {
  it('"fix first" is more important than average and below average performance', () => {
    const d = (key: string, share: number, performance: number, tooFew = false) => ({
      key,
      label: key,
      kind: null,
      importance: share / 100,
      share,
      performance,
      n: 50,
      tooFew,
    });
    const q = quadrants([d('wait', 50, 40), d('staff', 30, 90), d('price', 20, 50), d('parking', 80, 10, true)]);
    expect(q.fixFirst.map((i) => i.key)).toEqual(['wait']);
  });
});

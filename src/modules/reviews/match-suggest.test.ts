import { describe, expect, it } from 'vitest';
import { suggestMatches, type MatchCandidate } from './match-suggest.ts';

const DAY = 24 * 3600_000;
const reviewedAt = new Date('2026-05-10T12:00:00Z');
const at = (daysBefore: number) => new Date(reviewedAt.getTime() - daysBefore * DAY);
const visit = (id: string, name: string, daysBefore: number, locationId = 'L1'): MatchCandidate => ({
  interactionId: `i-${id}-${daysBefore}`,
  customerId: id,
  customerName: name,
  occurredAt: at(daysBefore),
  locationId,
});

describe('suggesting who wrote a review', () => {
  const review = { author: 'Olga D.', reviewedAt, locationId: 'L1' };

  it('ranks by the name, then by how recent the visit was, and explains the match', () => {
    const got = suggestMatches(review, [
      visit('anna', 'Anna Dimova', 1),
      visit('olga-old', 'Olga Petrova', 6),
      visit('olga', 'Olga Dimitrova', 3),
      visit('olga-new', 'Olga Petrova2', 0.5),
    ]);
    // Olga D.: both words (0.75 of the name) 3 days before; one word of the name, half a day or 6 days
    // before; an initial alone ("D." for Dimova) a day before.
    expect(got.map((s) => [s.customerId, s.score, s.daysBefore, s.nameMatched])).toEqual([
      ['olga', 0.74, 3, ['Olga', 'Dimitrova']],
      ['olga-new', 0.64, 0, ['Olga']],
      ['olga-old', 0.48, 6, ['Olga']],
      ['anna', 0.45, 1, ['Dimova']],
    ]);
  });

  it('keeps only the location and the days before the review (a day after allowed), one visit per customer', () => {
    const got = suggestMatches(review, [
      visit('other-place', 'Olga Dimitrova', 1, 'L2'),
      visit('too-early', 'Olga Dimitrova', 8),
      visit('day-after', 'Olga Dimitrova', -0.5),
      visit('too-late', 'Olga Dimitrova', -2),
      visit('twice', 'Olga Dimitrova', 5),
      visit('twice', 'Olga Dimitrova', 2),
    ]);
    expect(got.map((s) => [s.customerId, s.daysBefore])).toEqual([
      ['day-after', 0],
      ['twice', 2],
    ]);
  });

  it('an anonymous review ranks the location’s visits by time; a named one needs a name alike', () => {
    const visits = [visit('a', 'Anna', 4), visit('b', 'Boris', 1)];
    expect(suggestMatches({ ...review, author: null }, visits).map((s) => s.customerId)).toEqual(['b', 'a']);
    expect(suggestMatches({ ...review, author: 'Viktor' }, visits)).toEqual([]);
  });

  it('a review with no location takes visits anywhere, without the location bonus', () => {
    const only = [visit('olga', 'Olga Dimitrova', 0, 'L9')];
    const [s] = suggestMatches({ author: 'Olga Dimitrova', reviewedAt, locationId: null }, only);
    expect(s).toMatchObject({ sameLocation: false, score: 0.9 });
  });
});

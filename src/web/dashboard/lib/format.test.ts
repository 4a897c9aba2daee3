import { describe, expect, it } from 'vitest';
import { formatRelative } from './format.ts';

/** The inbox's due text against a fixed "now": the same words at whatever hour the suite runs. */
describe('formatRelative', () => {
  const now = Date.parse('2026-12-08T18:00:00Z'); // Tuesday 20:00 in Sofia
  const at = (hours: number) => new Date(now + hours * 3_600_000).toISOString();

  it('says hours under a day, "tomorrow" from a full day, days beyond', () => {
    expect(formatRelative(at(22), 'en', now)).toBe('in 22 hours');
    expect(formatRelative(at(24), 'en', now)).toBe('tomorrow');
    expect(formatRelative(at(70), 'en', now)).toBe('in 2 days'); // Friday evening to Monday's closing
    expect(formatRelative(at(-0.5), 'en', now)).toBe('30 minutes ago');
    expect(formatRelative(at(0), 'en', now)).toBe('this minute');
  });

  it('in Russian and Bulgarian, with their plural forms', () => {
    expect(formatRelative(at(22), 'ru', now)).toBe('через 22 часа');
    expect(formatRelative(at(5), 'ru', now)).toBe('через 5 часов');
    expect(formatRelative(at(24), 'bg', now)).toBe('утре');
  });
});

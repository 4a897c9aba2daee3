import { describe, expect, it } from 'vitest';
import { nextGoogleRead } from './google-poll.ts';
import { reviewRequestEligibility, type RequestCandidate } from './eligibility.ts';
import { needsRecovery } from './recovery.ts';
import { chooseSource } from './rotation.ts';
import { ratingAsks } from './template-check.ts';

const now = new Date('2026-06-01T12:00:00Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
const ok: RequestCandidate = { email: 'a@example.com', consentEmail: true, insider: false };

describe('review request eligibility', () => {
  it('asks a customer with an email and consent who was not asked in 90 days', () => {
    expect(reviewRequestEligibility(ok, [], now)).toEqual({ eligible: true });
    expect(reviewRequestEligibility(ok, [daysAgo(91)], now)).toEqual({ eligible: true });
  });
  it('refuses without email, without consent, insiders, and within 90 days of the last request', () => {
    expect(reviewRequestEligibility({ ...ok, email: ' ' }, [], now)).toMatchObject({ reason: 'no_email' });
    expect(reviewRequestEligibility({ ...ok, consentEmail: false }, [], now)).toMatchObject({ reason: 'no_consent' });
    expect(reviewRequestEligibility({ ...ok, insider: true }, [], now)).toMatchObject({ reason: 'insider' });
    expect(reviewRequestEligibility(ok, [daysAgo(89)], now)).toMatchObject({ reason: 'recently_asked' });
  });
  it('takes nothing a customer answered: extra fields change nothing', () => {
    const happy = { ...ok, nps: 10, comment: 'great' } as RequestCandidate;
    const unhappy = { ...ok, nps: 0, comment: 'awful' } as RequestCandidate;
    expect(reviewRequestEligibility(happy, [], now)).toEqual(reviewRequestEligibility(unhappy, [], now));
  });
});

describe('platform rotation', () => {
  it('picks the source with the fewest recent reviews, ties to the first id', () => {
    const s = [
      { id: 'b', recentReviews: 4, rating: 3.1 },
      { id: 'a', recentReviews: 2, rating: 4.9 },
      { id: 'c', recentReviews: 2, rating: 1.0 },
    ];
    expect(chooseSource(s)?.id).toBe('a');
    expect(chooseSource([])).toBeUndefined();
  });
});

describe('request template check', () => {
  it.each([
    'Please leave us 5 stars!',
    'A five-star review would mean a lot',
    'Leave a positive review on Google',
    'We hope for a great review',
    'Оставьте, пожалуйста, отличный отзыв',
    'Поставьте нам 5 звезд',
    'Будем рады положительному отзыву',
    'Оцените нас на пятёрку',
    'Поставете ни 5 звезди',
    'Ще се радваме на положителен отзив',
    'Оставете добро ревю',
    '⭐⭐⭐⭐⭐ please',
  ])('refuses %j', (text) => {
    expect(ratingAsks(text).length).toBeGreaterThan(0);
  });
  it.each([
    'How was your visit? Tell others about it: {link}',
    'Расскажите о визите честно — нам важен любой отзыв: {link}',
    'Разкажете за посещението си, всеки отзив е важен: {link}',
    'Your honest review helps others choose. Visit on 5 June',
  ])('accepts %j', (text) => {
    expect(ratingAsks(text)).toEqual([]);
  });
});

describe('recovery', () => {
  it('opens for 3 stars or fewer or negative words, not for 4 stars and neutral', () => {
    expect(needsRecovery({ rating: 3, sentiment: 'positive' })).toBe(true);
    expect(needsRecovery({ rating: 5, sentiment: 'negative' })).toBe(true);
    expect(needsRecovery({ rating: 4, sentiment: 'neutral' })).toBe(false);
    expect(needsRecovery({ rating: null, sentiment: null })).toBe(false);
  });
});

describe('Google polling times', () => {
  const now = new Date('2026-06-01T10:00:00Z');
  const after = (failures: number) => (nextGoogleRead(now, failures).getTime() - now.getTime()) / 60_000;
  it('reads every 30 minutes, backs off from 5 minutes doubling per failure, never beyond a day', () => {
    expect(after(0)).toBe(30);
    expect([1, 2, 3, 4].map(after)).toEqual([5, 10, 20, 40]);
    expect([9, 10].map(after)).toEqual([1280, 24 * 60]);
    expect(after(500)).toBe(24 * 60);
  });
});

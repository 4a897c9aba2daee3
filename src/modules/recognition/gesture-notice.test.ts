import { describe, expect, it } from 'vitest';
import { firstName, mentionsPointsOrReviews, noticeText } from './gesture-notice.ts';

describe('gesture notice text', () => {
  const notice = {
    en: 'Happy birthday, {firstName}! Yours, {business}',
    ru: 'С днём рождения, {firstName}! {business}',
  };

  it("fills the customer's language, else English", () => {
    expect(noticeText(notice, 'ru', { firstName: 'Ольга', business: 'Мила' })).toBe('С днём рождения, Ольга! Мила');
    expect(noticeText(notice, 'bg', { firstName: 'Ana', business: 'Mila' })).toBe('Happy birthday, Ana! Yours, Mila');
    expect(noticeText(notice, null, { firstName: 'Ana', business: 'Mila' })).toBe('Happy birthday, Ana! Yours, Mila');
  });

  it('reads well without a first name, keeps unknown placeholders, and is null when nothing is written', () => {
    expect(noticeText(notice, 'en', { firstName: '', business: 'Mila' })).toBe('Happy birthday! Yours, Mila');
    expect(noticeText({ bg: 'Здравей {who}' }, 'en', { firstName: 'A', business: 'B' })).toBe('Здравей {who}');
    expect(noticeText({ en: '  ' }, 'en', { firstName: 'A', business: 'B' })).toBeNull();
  });

  it('takes the first word of a name', () => {
    expect(firstName(' Ivan  Petrov ')).toBe('Ivan');
    expect(firstName(null)).toBe('');
  });

  it('spots points and reviews in every language', () => {
    for (const t of [
      'You earned 50 points',
      'Leave us a review',
      'Ваши баллы',
      'оставьте отзыв',
      'Твоите точки',
      'напиши отзив',
    ])
      expect(mentionsPointsOrReviews(t), t).toBe(true);
    expect(mentionsPointsOrReviews('Happy birthday from all of us')).toBe(false);
  });
});

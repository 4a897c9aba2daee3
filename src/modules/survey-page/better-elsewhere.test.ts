import { describe, expect, it } from 'vitest';
import type { Question } from '../../shared/survey-definition.ts';
import { checkAnswers } from '../surveys/index.ts';
import { renderQuestion } from './render.ts';

/** "Who do you know who does this better?": one line of the customer's own words, no JavaScript needed. */
const better: Question = {
  id: 'better',
  type: 'better_elsewhere',
  text: { en: 'Who do you know who does this better?', ru: 'Кто, по-вашему, делает это лучше?' },
  required: false,
};

describe('the "who does it better?" question', () => {
  it('is a plain text input in a form that posts, with a hint in the page language', () => {
    const html = renderQuestion({
      lang: 'ru',
      question: better,
      progress: { n: 2, total: 2 },
      action: '/s/p/abc',
      hidden: { q: 'better' },
      isLast: true,
    });
    expect(html).toMatch(/<form[^>]*method="post"/);
    expect(html).toMatch(/<input type="text" name="a" id="a-better" maxlength="500"/);
    expect(html).toContain('Имя и что у них получается хорошо');
  });

  it('keeps the words, trims them, and refuses what is too long or not text', () => {
    const check = (v: unknown) => checkAnswers([better], { better: v }, { partial: false, staffIds: null });
    expect(check('  The bakery on Vitosha: warm bread at 7  ').answers.better).toBe(
      'The bakery on Vitosha: warm bread at 7',
    );
    expect(check('x'.repeat(501)).errors['answers.better']).toMatch(/At most 500/);
    expect(check(5).errors['answers.better']).toBe('Must be text');
    expect(check('').complete).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import type { Question } from '../../shared/survey-definition.ts';
import { progress } from './flow.ts';
import { renderQuestion } from './render.ts';

const q = (id: string, extra: Partial<Question> = {}): Question =>
  ({ id, type: 'text', text: { en: id }, required: false, ...extra }) as Question;

describe('the respondent page counter', () => {
  it('counts to a fixed total when no answer can add a question', () => {
    expect(progress([q('a'), q('b')], {}, 'b')).toEqual({ n: 2, total: 2 });
  });

  it('leaves the total out when an answer can add a question, so "1 of 4" never becomes "2 of 5"', () => {
    const qs = [q('nps', { type: 'nps' }), q('why', { showIf: { question: 'nps', max: 6 } }), q('end')];
    expect(progress(qs, {}, 'nps')).toEqual({ n: 1, total: null });
    expect(progress(qs, { nps: 3 }, 'why')).toEqual({ n: 2, total: null });
    const html = renderQuestion({
      lang: 'en',
      question: qs[0]!,
      progress: { n: 1, total: null },
      action: '/s/x',
      hidden: {},
    } as Parameters<typeof renderQuestion>[0]);
    expect(html).toContain('Question 1<');
    expect(html).not.toContain('Question 1 of');
  });
});

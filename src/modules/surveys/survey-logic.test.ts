import { describe, expect, it } from 'vitest';
import { questions as questionsSchema, type Question } from '../../shared/survey-definition.ts';
import {
  acceptLanguages,
  checkAnswers,
  definitionErrors,
  denormalise,
  isEmptyAnswer,
  pickLanguage,
  visibleQuestions,
} from './survey-logic.ts';

const qs: Question[] = questionsSchema.parse([
  { id: 'nps', type: 'nps', text: { en: 'Recommend us?', ru: 'Порекомендуете?' }, required: true },
  {
    id: 'wrong',
    type: 'multi',
    text: { en: 'What went wrong?', ru: 'Что не так?' },
    options: [
      { id: 'wait', text: { en: 'Wait', ru: 'Ожидание' } },
      { id: 'price', text: { en: 'Price', ru: 'Цена' } },
    ],
    showIf: { question: 'nps', max: 6 },
    required: true,
  },
  { id: 'why', type: 'text', text: { en: 'Why?', ru: 'Почему?' }, maxLength: 20 },
  { id: 'feel', type: 'emotion', text: { en: 'How did you feel?', ru: 'Что вы чувствовали?' } },
  { id: 'who', type: 'staff', text: { en: 'Who served you?', ru: 'Кто вас обслуживал?' } },
]);
const staff = new Set(['s-1']);

describe('survey definition checks', () => {
  it('accepts a well-formed survey', () => {
    expect(definitionErrors(qs, ['en', 'ru'])).toEqual({});
  });

  it('finds duplicates, missing options and translations, and forward conditions', () => {
    const bad = questionsSchema.parse([
      { id: 'a', type: 'single', text: { en: 'A' }, showIf: { question: 'b', in: [1] } },
      {
        id: 'a',
        type: 'nps',
        text: { en: 'B' },
        options: [
          { id: 'x', text: { en: 'x' } },
          { id: 'y', text: { en: 'y' } },
        ],
      },
    ]);
    expect(definitionErrors(bad, ['en', 'bg'])).toEqual({
      'questions.0.options': 'A single question needs options',
      'questions.0.text': 'Missing translation: bg',
      'questions.0.showIf.question': '"b" must be an earlier question',
      'questions.1.id': 'Duplicate question id "a"',
      'questions.1.options': 'A nps question takes no options',
      'questions.1.text': 'Missing translation: bg',
    });
  });
});

describe('answers', () => {
  it('shows "what went wrong" only to detractors', () => {
    expect(visibleQuestions(qs, { nps: 9 }).map((q) => q.id)).toEqual(['nps', 'why', 'feel', 'who']);
    expect(visibleQuestions(qs, { nps: 6 }).map((q) => q.id)).toEqual(['nps', 'wrong', 'why', 'feel', 'who']);
    expect(visibleQuestions(qs, {}).map((q) => q.id)).toEqual(['nps', 'why', 'feel', 'who']);
  });

  it('normalises form strings and refuses out-of-range, unknown and hidden answers', () => {
    const ok = checkAnswers(
      qs,
      { nps: '3', wrong: ['wait', 'wait'], why: '  slow  ', feel: 'angry', who: 's-1' },
      { partial: false, staffIds: staff },
    );
    expect(ok).toEqual({
      answers: { nps: 3, wrong: ['wait'], why: 'slow', feel: 'angry', who: 's-1' },
      errors: {},
      complete: true,
    });
    const bad = checkAnswers(
      qs,
      { nps: 11, colour: 'red', why: 'x'.repeat(21), feel: 'bored', who: 's-2' },
      { partial: false, staffIds: staff },
    );
    expect(Object.keys(bad.errors).sort()).toEqual([
      'answers.colour',
      'answers.feel',
      'answers.nps',
      'answers.who',
      'answers.why',
    ]);
    expect(bad.errors['answers.nps']).toBe('Must be a whole number from 0 to 10');
    expect(bad.errors['answers.why']).toMatch(/At most 20 characters/);
    const hidden = checkAnswers(qs, { nps: 10, wrong: ['wait'] }, { partial: false, staffIds: staff });
    expect(hidden.errors['answers.wrong']).toMatch(/not shown/);
  });

  it('drops stored answers that a changed earlier answer hides, and refuses new ones', () => {
    const changed = checkAnswers(
      qs,
      { nps: '10', wrong: ['wait'], feel: 'angry' },
      { partial: true, staffIds: staff, stored: new Set(['wrong', 'feel']) },
    );
    expect(changed).toMatchObject({ answers: { nps: 10, feel: 'angry' }, errors: {} });
    const posted = checkAnswers(
      qs,
      { nps: 10, wrong: ['wait'] },
      { partial: true, staffIds: staff, stored: new Set() },
    );
    expect(posted.errors['answers.wrong']).toMatch(/not shown/);
  });

  it('takes nothing, an empty choice and white space as no answer', () => {
    expect(isEmptyAnswer(qs[2]!, '  \r\n ')).toBe(true);
    expect(isEmptyAnswer(qs[1]!, [])).toBe(true);
    expect(isEmptyAnswer(qs[0]!, ' ')).toBe(false);
  });

  it('requires visible required questions unless partial', () => {
    expect(checkAnswers(qs, { nps: 2 }, { partial: false, staffIds: staff }).errors).toEqual({
      'answers.wrong': 'This question needs an answer',
    });
    expect(checkAnswers(qs, { nps: 2 }, { partial: true, staffIds: staff })).toMatchObject({
      errors: {},
      complete: false,
    });
    expect(checkAnswers(qs, {}, { partial: true, staffIds: staff }).complete).toBe(false);
  });

  it('denormalises the scores, emotion, comment and staff', () => {
    expect(denormalise(qs, { nps: 4, why: 'slow', feel: 'annoyed', who: 's-1' })).toEqual({
      nps: 4,
      csat: null,
      ces: null,
      emotion: 'annoyed',
      comment: 'slow',
      staffId: 's-1',
    });
  });
});

describe('referral source answers', () => {
  const heard = questionsSchema.parse([
    { id: 'heard', type: 'referral_source', text: { en: 'How did you hear about us?' } },
  ]);
  const check = (v: unknown) => checkAnswers(heard, { heard: v }, { partial: true, staffIds: null });

  it('takes a channel, or who recommended us (tidied), and nothing else', () => {
    expect(check('maps').answers).toEqual({ heard: 'maps' });
    expect(check('referral:  Anna   K ').answers).toEqual({ heard: 'referral:Anna K' });
    expect(check('referral:').answers).toEqual({ heard: 'referral' });
    expect(check('tv').errors).toEqual({ 'answers.heard': expect.stringContaining('Must be one of referral, search') });
    expect(check(`referral:${'x'.repeat(101)}`).errors).toEqual({
      'answers.heard': expect.stringContaining('at most 100'),
    });
    expect(check(['maps']).errors['answers.heard']).toBeDefined();
  });
});

describe('language choice', () => {
  it('prefers the customer, then the browser, then the survey default', () => {
    expect(pickLanguage(['en', 'ru', 'bg'], ['bg', 'ru'])).toBe('bg');
    expect(pickLanguage(['en', 'ru'], [null, 'ru-RU'])).toBe('ru');
    expect(pickLanguage(['ru', 'en'], ['de'])).toBe('ru');
  });

  it('reads Accept-Language by quality', () => {
    expect(acceptLanguages('en;q=0.5, bg-BG, ru;q=0.8, *;q=0.1')).toEqual(['bg-BG', 'ru', 'en']);
    expect(acceptLanguages(undefined)).toEqual([]);
  });
});

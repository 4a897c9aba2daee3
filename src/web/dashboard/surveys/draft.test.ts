import { describe, expect, it } from 'vitest';
import { definitionErrors } from '../../../modules/surveys/survey-logic.ts';
import { SURVEY_TEMPLATES } from '../../../modules/surveys/templates.ts';
import { surveyCreate } from '../../../modules/surveys/surveys.contract.ts';
import {
  blankDraft,
  dropBrokenConditions,
  errorAt,
  fromDefinition,
  missingCount,
  move,
  newQuestion,
  toBody,
  withType,
} from './draft.ts';

const nps = fromDefinition(SURVEY_TEMPLATES.find((t) => t.key === 'post_visit_nps')!.definition);

describe('survey builder draft', () => {
  it('round-trips a template into a body the API accepts', () => {
    const body = toBody(nps);
    expect(surveyCreate.safeParse(body).success).toBe(true);
    expect(definitionErrors(surveyCreate.parse(body).questions, body.languages)).toEqual({});
    expect(missingCount(nps, 'ru')).toBe(0);
  });

  it('leaves blank translations out, so the server names the missing language on the question', () => {
    const d = {
      ...nps,
      questions: nps.questions.map((q, i) => (i === 0 ? { ...q, text: { ...q.text, ru: '  ' } } : q)),
    };
    expect(missingCount(d, 'ru')).toBe(1);
    const body = surveyCreate.parse(toBody(d));
    expect(body.questions[0]!.text.ru).toBeUndefined();
    expect(definitionErrors(body.questions, body.languages)).toEqual({ 'questions.0.text': 'Missing translation: ru' });
  });

  it('counts page texts as missing only once some language has them', () => {
    const d = blankDraft('en');
    expect(missingCount(d, 'en')).toBe(1);
    expect(missingCount({ ...d, languages: ['en', 'ru'], thanks: { en: 'Thanks!' } }, 'ru')).toBe(2);
    expect(toBody(d).thanks).toBeNull();
  });

  it('gives new questions unique ids and the parts their type takes', () => {
    const q = newQuestion('single', nps.questions);
    expect(nps.questions.map((x) => x.id)).not.toContain(q.id);
    expect(q.options).toHaveLength(2);
    const rating = withType(q, 'rating');
    expect(rating.options).toBeUndefined();
    expect(rating.scale).toBe(5);
  });

  it('drops conditions that would look forward after a move', () => {
    const moved = dropBrokenConditions(move(nps.questions, 1, 0));
    expect(moved[0]!.id).toBe('wrong');
    expect(moved[0]!.showIf).toBeUndefined();
    expect(dropBrokenConditions(nps.questions)[1]!.showIf).toEqual({ question: 'nps', max: 6 });
  });

  it('finds the server message for a field or anything under it', () => {
    expect(errorAt({ 'questions.2.text.ru': 'Too short' }, 'questions.2.text')).toBe('Too short');
    expect(errorAt({ 'questions.12.text': 'x' }, 'questions.1.text')).toBeUndefined();
  });
});

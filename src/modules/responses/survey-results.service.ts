import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import { isFreeText } from '../../shared/survey-definition.ts';
import { notFound } from '../../platform/errors.ts';
import { surveysRepo } from '../surveys/index.ts';
import { scopeOf } from './responses.service.ts';
import { resultCounts } from './survey-results.repo.ts';
import { summarise } from './survey-results.ts';

/** A survey's results as the caller may see them: the same rows their response list shows. */
export async function surveyResults(db: Db, actor: Actor, surveyId: string) {
  const survey = await surveysRepo.get(db, actor.orgId, surveyId);
  if (!survey) throw notFound('Survey');
  const textIds = survey.questions.filter((q) => isFreeText(q.type)).map((q) => q.id);
  const counts = await resultCounts(db, actor.orgId, scopeOf(actor), surveyId, textIds);
  return { surveyId, ...summarise(survey.questions, counts) };
}

import { randomBytes } from 'node:crypto';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import { invalid, notFound } from '../../platform/errors.ts';
import { toDto } from '../../platform/http/dto.ts';
import { toPage } from '../../platform/http/pagination.ts';
import { existingReferences } from '../interactions/index.ts';
import { definitionErrors } from './survey-logic.ts';
import type { SurveyCreate, SurveyDefinition, SurveyListQuery, SurveyUpdate } from './surveys.contract.ts';
import * as repo from './surveys.repo.ts';

const newSlug = () => randomBytes(9).toString('base64url');

function present(row: repo.SurveyRow, baseUrl: string) {
  return { ...toDto(row), publicUrl: `${baseUrl}/s/p/${row.slug}` };
}

async function validate(db: Db, actor: Actor, input: SurveyUpdate, current?: repo.SurveyRow) {
  const languages = input.languages ?? current?.languages ?? [];
  const questions = input.questions ?? current?.questions ?? [];
  const errors = definitionErrors(questions, languages);
  const refs = await existingReferences(db, actor.orgId, {
    customers: [],
    staff: [],
    touchpoints: input.touchpointIds ?? [],
    locations: input.locationId ? [input.locationId] : [],
  });
  if (input.touchpointIds?.some((id) => !refs.touchpoints.has(id)))
    errors.touchpointIds = 'Not touchpoints of this organisation';
  if (input.locationId && !refs.locations.has(input.locationId))
    errors.locationId = 'Not a location of this organisation';
  if (Object.keys(errors).length) throw invalid('The survey is invalid', errors);
}

export async function list(db: Db, actor: Actor, q: SurveyListQuery, baseUrl: string) {
  const page = toPage(await repo.list(db, actor.orgId, q), q.limit, (r) => r.id);
  return { items: page.items.map((r) => present(r, baseUrl)), nextCursor: page.nextCursor };
}

export async function getRow(db: Db, actor: Actor, id: string) {
  const row = await repo.get(db, actor.orgId, id);
  if (!row) throw notFound('Survey');
  return row;
}

export const get = async (db: Db, actor: Actor, id: string, baseUrl: string) =>
  present(await getRow(db, actor, id), baseUrl);

export async function create(db: Db, actor: Actor, input: SurveyCreate, baseUrl: string) {
  await validate(db, actor, input);
  const row = await repo.insert(db, {
    ...input,
    orgId: actor.orgId,
    slug: newSlug(),
    title: input.title ?? null,
    intro: input.intro ?? null,
    thanks: input.thanks ?? null,
    locationId: input.locationId ?? null,
  });
  return { row: present(row, baseUrl), created: true };
}

/**
 * Surveys as response ingestion reads them, remembered for a few seconds: a kiosk posting many
 * answers to one survey would otherwise re-read it every time. Changes in this process forget at once.
 */
const INGEST_CACHE_MS = 5_000;
const ingestCache = new Map<
  string,
  { until: number; survey: NonNullable<Awaited<ReturnType<typeof repo.getAnyOrg>>> }
>();

export async function surveyForIngest(db: Db, id: string) {
  const hit = ingestCache.get(id);
  if (hit && hit.until > Date.now()) return hit.survey;
  const survey = await repo.getAnyOrg(db, id);
  if (survey) {
    if (ingestCache.size > 1_000) ingestCache.clear();
    ingestCache.set(id, { until: Date.now() + INGEST_CACHE_MS, survey });
  }
  return survey;
}

export async function update(db: Db, actor: Actor, id: string, input: SurveyUpdate, baseUrl: string) {
  ingestCache.delete(id);
  const current = await getRow(db, actor, id);
  await validate(db, actor, input, current);
  const changesQuestions =
    input.questions !== undefined && JSON.stringify(input.questions) !== JSON.stringify(current.questions);
  const row = await repo.update(db, actor.orgId, id, input, changesQuestions);
  if (!row) throw notFound('Survey');
  return present(row, baseUrl);
}

export async function remove(db: Db, actor: Actor, id: string) {
  ingestCache.delete(id);
  if (!(await repo.remove(db, actor.orgId, id))) throw notFound('Survey');
}

/** The survey without anything specific to this organisation: importable anywhere. */
export async function exportDefinition(db: Db, actor: Actor, id: string): Promise<SurveyDefinition> {
  const row = await getRow(db, actor, id);
  return {
    name: row.name,
    languages: row.languages,
    questions: row.questions,
    title: row.title,
    intro: row.intro,
    thanks: row.thanks,
    settings: row.settings,
  };
}

import { locationScope, type Actor } from '../../platform/auth/actor.ts';
import { ownRecordsOnly } from '../../platform/auth/policy.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import type { Emit } from '../../platform/events.ts';
import { toDto } from '../../platform/http/dto.ts';
import { toPage } from '../../platform/http/pagination.ts';
import { surveyForIngest } from '../surveys/index.ts';
import { continueResponse, ingest } from './ingest.ts';
import type { ResponseWriter, WriteClaim } from './response-writer.ts';
import type { ResponseCreate, ResponseListQuery } from './responses.contract.ts';
import * as repo from './responses.repo.ts';

export function scopeOf(actor: Actor): repo.ResponseScope {
  return {
    locationIds: locationScope(actor),
    staffId: ownRecordsOnly(actor) ? (actor.staffId ?? '00000000-0000-0000-0000-000000000000') : null,
  };
}

export async function list(db: Db, actor: Actor, q: ResponseListQuery) {
  const page = toPage(await repo.list(db, actor.orgId, scopeOf(actor), q), q.limit, (r) => r.submittedAt.toISOString());
  return { items: page.items.map(toDto), nextCursor: page.nextCursor };
}

export async function get(db: Db, actor: Actor, id: string) {
  const row = await repo.get(db, actor.orgId, scopeOf(actor), id);
  if (!row) throw notFound('Response');
  const notes = await repo.notes(db, actor.orgId, id);
  return { ...toDto(row), notes: notes.map(toDto) };
}

/** Answers collected elsewhere (a till, a kiosk, another tool) arrive through the API. */
export async function create(
  db: Db,
  actor: Actor,
  input: ResponseCreate,
  emit?: Emit,
  writer?: ResponseWriter,
  claim?: WriteClaim,
) {
  const survey = await surveyForIngest(db, input.surveyId);
  if (!survey || survey.orgId !== actor.orgId)
    throw new AppError('invalid', 'Unknown survey', { surveyId: 'No survey of this organisation has this id' });
  const scope = locationScope(actor);
  if (scope && (!input.locationId || !scope.includes(input.locationId))) {
    throw new AppError('forbidden', 'You can only record responses at the locations you cover', {
      locationId: 'outside your locations',
    });
  }
  if (claim && (!writer || input.customer))
    throw new Error('responses: an Idempotency-Key is claimed with the insert only, which must be the only write');
  const { row, created, answer } = await ingest(
    db,
    { orgId: actor.orgId, survey, channel: 'api', partial: false, emit, writer, claim },
    {
      ...input,
      submittedAt: input.submittedAt ? new Date(input.submittedAt) : undefined,
    },
  );
  return { row: toDto(row), created, answer };
}

export async function annotate(db: Db, actor: Actor, id: string, tags: string[]) {
  await get(db, actor, id);
  await repo.setTags(db, actor.orgId, id, [...new Set(tags)]);
  return get(db, actor, id);
}

export async function addNote(db: Db, actor: Actor, id: string, body: string) {
  await get(db, actor, id);
  await repo.addNote(db, { orgId: actor.orgId, responseId: id, authorId: actor.staffId, body });
  return get(db, actor, id);
}

/** Answers given outside the respondent page (a chat's buttons) take the same way in: same checks, cases, figures. */
export { ingest } from './ingest.ts';

/** A comment written in a chat after its score: added to the response like the next page's answer. */
export async function addAnswer(
  db: Db,
  orgId: string,
  survey: Parameters<typeof continueResponse>[1],
  responseId: string,
  answers: Record<string, unknown>,
  emit?: Emit,
) {
  const row = await repo.get(db, orgId, { locationIds: null, staffId: null }, responseId);
  if (!row) throw notFound('Response');
  return continueResponse(db, survey, { id: row.id, orgId, answers: row.answers }, answers, true, emit);
}

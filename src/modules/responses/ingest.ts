import type { Db } from '../../platform/db/database.ts';
import { AppError, invalid } from '../../platform/errors.ts';
import { stableEventId, type Emit } from '../../platform/events.ts';
import type { SqlExecutor } from '../../platform/jobs/jobs.ts';
import { toDto } from '../../platform/http/dto.ts';
import type { ResponseChannel } from '../../shared/domain.ts';
import type { Answers } from '../../shared/survey-definition.ts';
import type { CustomerCreate } from '../customers/customers.contract.ts';
import { customersRepo } from '../customers/index.ts';
import { unknownReferenceFields } from '../interactions/index.ts';
import { checkAnswers, denormalise, type SurveyRecord } from '../surveys/index.ts';
import type { ResponseWrite, ResponseWriter, WriteClaim, Written } from './response-writer.ts';
import * as repo from './responses.repo.ts';

export type { SurveyRecord };

export type IngestInput = {
  customerId?: string | null;
  customer?: CustomerCreate;
  interactionId?: string | null;
  touchpointId?: string | null;
  locationId?: string | null;
  staffId?: string | null;
  language?: string;
  answers: Record<string, unknown>;
  submittedAt?: Date;
  externalId?: string;
  invitationId?: string | null;
  resumeTokenHash?: string | null;
};

/**
 * `response.created` fires once a response is complete; its id is stable, so a repeat is
 * recognisable. `on`: enqueue in that transaction, the caller having asked `emit.wants` already.
 */
function emitCompleted(
  emit: Emit | undefined,
  orgId: string,
  row: Record<string, unknown> & { id: string; status: string },
  on?: SqlExecutor,
): Promise<void> | undefined {
  if (!emit || row.status !== 'complete') return undefined;
  return emit(
    { orgId, type: 'response.created', id: stableEventId('response.created', row.id), payload: toDto(row) },
    on ? { db: on, wanted: true } : undefined,
  );
}

/**
 * Validates and stores one response for any channel (API, respondent page, import). The answers
 * are checked against the survey; ids must belong to the organisation; the interaction, when
 * given, fills in the customer, touchpoint, location and staff member it names.
 * With `partial`, missing required answers are allowed and the response is stored as partial.
 * `emit`, when given, announces a newly stored complete response (`response.created`).
 * `writer`, when given, group-commits the insert with concurrent ones (the hot paths); without it
 * (imports, tests, inside a transaction) the row is inserted through `db`. `claim` (with `writer`
 * only): the request's Idempotency-Key, claimed in the insert's transaction (see response-writer.ts).
 */
export async function ingest(
  db: Db,
  ctx: {
    orgId: string;
    survey: SurveyRecord;
    channel: ResponseChannel;
    partial: boolean;
    emit?: Emit;
    writer?: ResponseWriter;
    claim?: WriteClaim;
  },
  input: IngestInput,
): Promise<Written> {
  const { survey } = ctx;
  if (survey.orgId !== ctx.orgId) throw new AppError('not_found', 'Survey not found', { surveyId: 'Unknown survey' });
  const needsStaff = survey.questions.some((q) => q.type === 'staff');
  const staffIds = needsStaff ? await repo.activeStaffIds(db, ctx.orgId) : null;
  const checked = checkAnswers(survey.questions, input.answers, { partial: ctx.partial, staffIds });
  const fields: Record<string, string> = { ...checked.errors };
  if (Object.keys(checked.answers).length === 0 && !fields.answers && Object.keys(fields).length === 0)
    fields.answers = 'Answer at least one question';

  const context = input.interactionId ? await repo.interactionContext(db, ctx.orgId, input.interactionId) : undefined;
  if (input.interactionId && !context) fields.interactionId = 'Unknown interaction';
  const scores = denormalise(survey.questions, checked.answers);
  const ids = {
    customerId: input.customerId ?? context?.customerId ?? null,
    touchpointId: input.touchpointId ?? context?.touchpointId ?? null,
    locationId: input.locationId ?? context?.locationId ?? survey.locationId ?? null,
    staffId: input.staffId ?? scores.staffId ?? context?.staffId ?? null,
  };
  const language = input.language ?? survey.languages[0]!;
  if (!survey.languages.includes(language)) fields.language = `The survey is in ${survey.languages.join(', ')}`;
  // On the group-commit path the insert's foreign keys check the ids (no query when all is well,
  // the usual case); they are checked first when other errors are reported with them, or when a
  // customer would be created before the response.
  const checkFirst = !ctx.writer || Object.keys(fields).length > 0 || input.customer !== undefined;
  if (checkFirst) Object.assign(fields, await unknownReferenceFields(db, ctx.orgId, ids));
  if (Object.keys(fields).length) throw invalid('The response is invalid', fields);

  if (input.customer) ids.customerId = await customersRepo.findOrInsert(db, ctx.orgId, input.customer);
  const values = {
    orgId: ctx.orgId,
    surveyId: survey.id,
    invitationId: input.invitationId ?? null,
    interactionId: input.interactionId ?? null,
    ...ids,
    channel: ctx.channel,
    language,
    status: checked.complete ? ('complete' as const) : ('partial' as const),
    answers: checked.answers as Answers,
    nps: scores.nps,
    csat: scores.csat,
    ces: scores.ces,
    emotion: scores.emotion,
    comment: scores.comment,
    resumeTokenHash: input.resumeTokenHash ?? null,
    submittedAt: input.submittedAt ?? new Date(),
  };
  if (ctx.writer) {
    // The event is enqueued in the insert's own transaction, and only a wanted one opens a transaction.
    const { emit } = ctx;
    const announce =
      emit && values.status === 'complete' && (await (emit.wants?.(ctx.orgId, 'response.created') ?? true))
        ? (row: repo.ResponseRow, on: SqlExecutor) => emitCompleted(emit, ctx.orgId, row, on)!
        : undefined;
    return writeChecked(db, ctx.writer, {
      ...values,
      externalId: input.externalId ?? null,
      announce,
      claim: ctx.claim,
    });
  }
  const stored = input.externalId
    ? await repo.insertOrFindByExternalId(db, { ...values, externalId: input.externalId })
    : { row: await repo.insert(db, values), created: true };
  if (stored.created) await emitCompleted(ctx.emit, ctx.orgId, stored.row);
  return stored;
}

/** Which field a violated foreign key of `responses` is about, when the ids' check finds nothing (a race). */
const FK_FIELDS: Record<string, [string, string]> = {
  responses_survey_fk: ['surveyId', 'Unknown survey'],
  responses_customer_fk: ['customerId', 'Unknown customer'],
  responses_touchpoint_fk: ['touchpointId', 'Unknown touchpoint'],
  responses_location_fk: ['locationId', 'Unknown location'],
  responses_staff_fk: ['staffId', 'Unknown staff member'],
  responses_interaction_fk: ['interactionId', 'Unknown interaction'],
  responses_invitation_fk: ['invitationId', 'Unknown invitation'],
};

/** The writer's insert, with a foreign key violation turned into the same field errors as the check up front. */
async function writeChecked(db: Db, writer: ResponseWriter, values: ResponseWrite) {
  try {
    return await writer(values);
  } catch (e) {
    const err = e as { code?: string; constraint?: string };
    if (err.code !== '23503') throw e;
    const fields = await unknownReferenceFields(db, values.orgId, values);
    const fk = FK_FIELDS[err.constraint ?? ''];
    if (Object.keys(fields).length === 0 && fk) fields[fk[0]] = fk[1];
    if (Object.keys(fields).length === 0) throw e;
    throw invalid('The response is invalid', fields);
  }
}

/**
 * Adds answers to a partial response (the respondent page, question by question). A stored answer
 * whose question the new answers now hide is cleared, so the stored set stays valid. `emit`, when
 * given, announces the response the moment it becomes complete (not on later edits).
 */
export async function continueResponse(
  db: Db,
  survey: SurveyRecord,
  existing: { id: string; orgId: string; answers: Answers },
  more: Record<string, unknown>,
  partial: boolean,
  emit?: Emit,
) {
  const staffIds = survey.questions.some((q) => q.type === 'staff')
    ? await repo.activeStaffIds(db, existing.orgId)
    : null;
  const stored = new Set(Object.keys(existing.answers).filter((id) => !(id in more)));
  const checked = checkAnswers(survey.questions, { ...existing.answers, ...more }, { partial, staffIds, stored });
  if (Object.keys(checked.errors).length) throw invalid('The answer is invalid', checked.errors);
  const scores = denormalise(survey.questions, checked.answers);
  const row = await repo.updateAnswers(db, existing.orgId, existing.id, {
    answers: checked.answers,
    status: checked.complete ? 'complete' : 'partial',
    nps: scores.nps,
    csat: scores.csat,
    ces: scores.ces,
    emotion: scores.emotion,
    comment: scores.comment,
    ...(scores.staffId ? { staffId: scores.staffId } : {}),
    submittedAt: new Date(),
  });
  const { previousStatus, ...updated } = row!;
  if (previousStatus === 'partial') await emitCompleted(emit, existing.orgId, updated);
  return updated;
}

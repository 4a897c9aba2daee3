import type { Emit } from '../../platform/events.ts';
import { locationScope, type Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError, invalid } from '../../platform/errors.ts';
import { ingest, type SurveyRecord, activeStaffIds } from '../responses/index.ts';
import { surveysRepo } from '../surveys/index.ts';
import type { CsvRecord } from './csv-reader.ts';
import * as repo from './imports.repo.ts';
import type { Chunk, KindSetup, RowOutcome, RowValue } from './import-kind.ts';
import {
  draftValues,
  mapResponse,
  questionIdOf,
  resolveResponse,
  responseFields,
  suggestResponseMapping,
  type ResponseDraft,
  type ResponseItem,
  type ResponseRowContext,
} from './response-mapping.ts';
import { withoutFields, type Column, type FieldErrors } from './row-mapping.ts';

const ROWS_IN_FLIGHT = 4;

// ingest names the ids it checked; the CSV names the columns they came from.
const FROM_INGEST_FIELD: Record<string, string> = {
  touchpointId: 'touchpoint',
  locationId: 'location',
  staffId: 'staff',
};

/** The survey the rows answer; another organisation's survey is as unknown as a missing one. */
export async function surveyOf(db: Db, actor: Actor, surveyId: string | undefined): Promise<SurveyRecord> {
  if (!surveyId) throw invalid('Name the survey these responses answer', { surveyId: 'required' });
  const survey = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(surveyId)
    ? await surveysRepo.getAnyOrg(db, surveyId)
    : undefined;
  if (!survey || survey.orgId !== actor.orgId)
    throw new AppError('invalid', 'Unknown survey', { surveyId: 'No survey of this organisation has this id' });
  return survey;
}

/**
 * Responses collected elsewhere, for one survey. Every row goes through `ingest` (channel
 * `import`), so it is checked and stored exactly like an API response, and is durable once counted.
 */
export async function responseSetup(
  db: Db,
  actor: Actor,
  opts: { surveyId?: string; partial?: boolean; emit?: Emit },
): Promise<KindSetup> {
  const survey = await surveyOf(db, actor, opts.surveyId);
  const partial = !!opts.partial;
  return {
    fields: responseFields(survey),
    suggest: (headers) => suggestResponseMapping(headers, survey),
    checkMapped: (mapped) => {
      if (![...mapped].some((f) => questionIdOf(f) !== undefined)) {
        const ids = survey.questions.map((q) => q.id).join(', ');
        throw invalid(
          `No column is mapped to a question of the survey: name columns after the question ids (${ids}) or texts, or map them to answers.<question id>`,
          { mapping: 'no answer column' },
        );
      }
    },
    chunksInFlight: 2,
    processor: async (columns, dryRun) => {
      const [timeZone, refs, staffIds] = await Promise.all([
        repo.orgTimeZone(db, actor.orgId),
        repo.referenceLookups(db, actor.orgId),
        survey.questions.some((q) => q.type === 'staff') ? activeStaffIds(db, actor.orgId) : Promise.resolve(null),
      ]);
      const ctx: ResponseRowContext = { survey, timeZone: timeZone ?? 'UTC', staff: refs.staff };
      return (records) =>
        responseChunk(db, actor, records, columns, { survey, partial, ctx, refs, staffIds, dryRun, emit: opts.emit });
    },
  };
}

type ChunkContext = {
  emit?: Emit;
  survey: SurveyRecord;
  partial: boolean;
  ctx: ResponseRowContext;
  refs: Awaited<ReturnType<typeof repo.referenceLookups>>;
  staffIds: ReadonlySet<string> | null;
  dryRun: boolean;
};

const rowValues = (d: Partial<ResponseDraft>): Record<string, RowValue> => draftValues(d);

function refuse(outcome: RowOutcome, fields: FieldErrors): void {
  outcome.errors = { ...outcome.errors, ...fields };
  outcome.values = withoutFields(outcome.values, outcome.errors) as Record<string, RowValue>;
}

async function responseChunk(
  db: Db,
  actor: Actor,
  records: CsvRecord[],
  columns: Column[],
  c: ChunkContext,
): Promise<Chunk> {
  const outcomes: RowOutcome[] = [];
  const drafts: { outcome: RowOutcome; draft: ResponseDraft }[] = [];
  for (const r of records) {
    const m = mapResponse(r.line, r.cells, columns, c.ctx);
    const outcome: RowOutcome = { line: r.line, values: rowValues(m.value) };
    if (!m.ok) outcome.errors = m.fields;
    else drafts.push({ outcome, draft: m.value });
    outcomes.push(outcome);
  }
  const customerRefs = [
    ...new Set(drafts.flatMap((d) => [d.draft.customerExternalId ?? d.draft.customerEmail ?? []].flat())),
  ];
  const customers = await repo.customerLookup(db, actor.orgId, customerRefs);
  const lookups = { ...c.refs, customers, activeStaffIds: c.staffIds };
  const scope = locationScope(actor);
  const good: { outcome: RowOutcome; item: ResponseItem }[] = [];
  for (const d of drafts) {
    const resolved = resolveResponse(d.draft, c.survey, lookups, c.partial);
    if (!resolved.ok) refuse(d.outcome, resolved.fields);
    else if (scope && !scope.includes(resolved.item.locationId ?? c.survey.locationId ?? ''))
      refuse(d.outcome, { location: 'You can only record responses at the locations you cover' });
    else good.push({ outcome: d.outcome, item: resolved.item });
  }
  if (c.dryRun || good.length === 0) return { outcomes, created: 0, existing: 0 };

  let created = 0;
  let existing = 0;
  let next = 0;
  // Each row is its own commit, as through the API; a few at a time let PostgreSQL commit them together.
  const worker = async () => {
    for (let g = good[next++]; g; g = good[next++]) {
      try {
        const stored = await ingest(
          db,
          { orgId: actor.orgId, survey: c.survey, channel: 'import', partial: c.partial, emit: c.emit },
          g.item,
        );
        if (stored.created) created++;
        else existing++;
      } catch (e) {
        if (!(e instanceof AppError) || e.code !== 'invalid') throw e;
        const fields: FieldErrors = {};
        for (const [f, m] of Object.entries(e.fields ?? { row: e.message })) fields[fromIngestField(f, g.outcome)] = m;
        refuse(g.outcome, fields);
      }
    }
  };
  await Promise.all(Array.from({ length: ROWS_IN_FLIGHT }, worker));
  return { outcomes, created, existing };
}

function fromIngestField(field: string, outcome: RowOutcome): string {
  if (field === 'customerId')
    return 'customerEmail' in outcome.values && !('customerExternalId' in outcome.values)
      ? 'customerEmail'
      : 'customerExternalId';
  return FROM_INGEST_FIELD[field] ?? field;
}

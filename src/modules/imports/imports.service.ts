import type { Emit } from '../../platform/events.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { assertCan } from '../../platform/auth/policy.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError, invalid } from '../../platform/errors.ts';
import { createCustomersBatch } from '../customers/index.ts';
import type { CustomerCreate } from '../customers/customers.contract.ts';
import type { BatchResult } from '../../platform/http/batch.ts';
import { BATCH_MAX } from '../interactions/interactions.contract.ts';
import { createBatch } from '../interactions/index.ts';
import { CsvSyntaxError, readCsv, type CsvRecord } from './csv-reader.ts';
import {
  FIELDS,
  mappingErrors,
  suggestMapping,
  type ImportField,
  type ImportKind,
  type Mapping,
} from './import-fields.ts';
import type { Chunk, ChunkProcessor, KindSetup, RowOutcome, RowValue } from './import-kind.ts';
import * as repo from './imports.repo.ts';
import { CUSTOMERS_SAMPLE, interactionsSample, responsesSample } from './import-samples.ts';
import { responseSetup, surveyOf } from './response-import.ts';
import {
  columnsOf,
  mapCustomer,
  mapInteraction,
  resolveInteraction,
  withoutFields,
  type Column,
  type FieldErrors,
  type InteractionItem,
  type InteractionLookups,
} from './row-mapping.ts';

export type ImportError = { line: number; fields: FieldErrors; values?: Record<string, string> };
export type ImportProgress = { rows: number; created: number; existing: number; errorRows: number };
export type ImportSummary = ImportProgress & { valid: number; errors: ImportError[]; dryRun: boolean };

export type ImportOptions = {
  /** Announces imported complete responses (webhooks), like the API does. */
  emit?: Emit;
  /** Header → field; without it the mapping is guessed from the headers. */
  mapping?: Record<string, string | null>;
  /** Changes to the guessed mapping (header → field, null to skip a column): what the CLI's --map gives. */
  mappingOverrides?: Record<string, string | null>;
  /** Check every row (references included) but write nothing. */
  dryRun?: boolean;
  onProgress?: (p: ImportProgress) => void;
  /** Called once the header is read, with the mapping in use, the fields and the guessed mapping. */
  onHeaders?: (
    headers: string[],
    mapping: Mapping,
    kind: { fields: readonly ImportField[]; suggested: Mapping },
  ) => void;
  /** Every row's outcome, chunk by chunk (the preview collects the first ones). */
  onRows?: (rows: RowOutcome[]) => void;
  /** How many row errors to keep in the summary (all are counted). */
  maxErrors?: number;
  /** Responses: the survey the rows answer (it decides the answer columns). */
  surveyId?: string;
  /** Responses: store rows that miss required answers, as partial responses. */
  partial?: boolean;
};

export const CHUNK_ROWS = BATCH_MAX;
const CHUNKS_IN_FLIGHT = 2;

// createBatch names the ids it checked; the CSV names the columns they came from.
const FROM_BATCH_FIELD: Record<string, string> = {
  customerId: 'customerEmail',
  touchpointId: 'touchpoint',
  locationId: 'location',
  staffId: 'staff',
};

async function kindSetup(db: Db, actor: Actor, kind: ImportKind, opts: ImportOptions): Promise<KindSetup> {
  if (kind === 'responses') return responseSetup(db, actor, opts);
  return {
    fields: FIELDS[kind],
    suggest: (headers) => suggestMapping(kind, headers),
    checkMapped: (mapped) => {
      if (kind === 'interactions' && !mapped.has('occurredAt'))
        throw invalid('Map a column to occurredAt: every interaction needs its date and time', {
          mapping: 'occurredAt is not mapped',
        });
    },
    processor: (columns, dryRun) => chunkProcessor(db, actor, kind, columns, dryRun),
    chunksInFlight: CHUNKS_IN_FLIGHT,
  };
}

/**
 * Imports a CSV (text or a stream of chunks) of customers, interactions or responses (to
 * `opts.surveyId`) for the actor's organisation, 1,000 rows per batch. Rows with an externalId
 * that exists already are counted as `existing` and left as they are, so importing the same file
 * twice changes nothing; rows without an externalId are always created anew.
 */
export async function runImport(
  db: Db,
  actor: Actor,
  kind: ImportKind,
  input: AsyncIterable<string | Buffer> | string,
  opts: ImportOptions = {},
): Promise<ImportSummary> {
  assertCan(actor, 'imports:run');
  const maxErrors = opts.maxErrors ?? 1000;
  const summary: ImportSummary = {
    rows: 0,
    valid: 0,
    created: 0,
    existing: 0,
    errorRows: 0,
    errors: [],
    dryRun: !!opts.dryRun,
  };
  const setup = await kindSetup(db, actor, kind, opts);
  const records = readCsv(input);
  try {
    const first = await records.next();
    if (first.done) throw invalid('The CSV is empty: it needs a header line and rows', { csv: 'empty' });
    const headers = first.value.cells.map((h) => h.trim());
    const suggested = setup.suggest(headers);
    const mapping = checkedMapping(
      kind,
      setup,
      headers,
      opts.mappingOverrides ? withOverrides(suggested, opts.mappingOverrides) : opts.mapping,
    );
    opts.onHeaders?.(headers, mapping, { fields: setup.fields, suggested });
    const columns = columnsOf(headers, mapping);
    const processChunk = await setup.processor(columns, !!opts.dryRun);
    const process = async (chunk: CsvRecord[]) => withInvalidCells(await processChunk(chunk), chunk, columns);

    // Two chunks in flight: one is checked and sent while the database writes the other (about
    // twice the rate on two cores). Outcomes are applied in file order, so errors keep their order.
    const inFlight: { size: number; done: Promise<Chunk> }[] = [];
    const settleOldest = async () => {
      const { size, done } = inFlight.shift()!;
      const result = await done;
      summary.rows += size;
      summary.created += result.created;
      summary.existing += result.existing;
      for (const o of result.outcomes) {
        if (!o.errors) summary.valid++;
        else if (summary.errorRows++ < maxErrors)
          summary.errors.push(
            o.invalid ? { line: o.line, fields: o.errors, values: o.invalid } : { line: o.line, fields: o.errors },
          );
      }
      opts.onRows?.(result.outcomes);
      opts.onProgress?.({
        rows: summary.rows,
        created: summary.created,
        existing: summary.existing,
        errorRows: summary.errorRows,
      });
    };
    const send = async (chunk: CsvRecord[]) => {
      const done = process(chunk);
      done.catch(() => {}); // awaited in settleOldest; this only keeps an early failure from being "unhandled"
      inFlight.push({ size: chunk.length, done });
      if (inFlight.length >= setup.chunksInFlight) await settleOldest();
    };
    try {
      let chunk: CsvRecord[] = [];
      for await (const record of records) {
        chunk.push(record);
        if (chunk.length === CHUNK_ROWS) {
          await send(chunk);
          chunk = [];
        }
      }
      if (chunk.length) await send(chunk);
      while (inFlight.length) await settleOldest();
    } finally {
      await Promise.allSettled(inFlight.map((f) => f.done));
    }
  } catch (e) {
    if (e instanceof CsvSyntaxError) throw invalid(`The CSV cannot be read: ${e.message}`, { csv: e.message });
    throw e;
  } finally {
    await records.return(undefined);
  }
  return summary;
}

export type ImportPreview = {
  headers: string[];
  fields: ImportField[];
  suggestedMapping: Mapping;
  mapping: Mapping;
  rows: RowOutcome[];
  totalRows: number;
  errorRows: number;
};

/** Checks the whole CSV like a dry run and answers the first rows as they would be imported. */
export async function previewImport(
  db: Db,
  actor: Actor,
  kind: ImportKind,
  csv: string,
  mapping?: Record<string, string | null>,
  rowsShown = 20,
  options: Pick<ImportOptions, 'surveyId' | 'partial'> = {},
): Promise<ImportPreview> {
  let headers: string[] = [];
  let used: Mapping = {};
  let fields: ImportField[] = [];
  let suggestedMapping: Mapping = {};
  const rows: RowOutcome[] = [];
  const summary = await runImport(db, actor, kind, csv, {
    ...options,
    mapping,
    dryRun: true,
    maxErrors: 0,
    onHeaders: (h, m, k) => ((headers = h), (used = m), (fields = [...k.fields]), (suggestedMapping = k.suggested)),
    onRows: (outcomes) => rows.length < rowsShown && rows.push(...outcomes.slice(0, rowsShown - rows.length)),
  });
  return {
    headers,
    fields,
    suggestedMapping,
    mapping: used,
    rows,
    totalRows: summary.rows,
    errorRows: summary.errorRows,
  };
}

/** The guessed mapping with the caller's changes; a field taken by an override leaves its guessed column. */
export type { Chunk, KindSetup, RowOutcome, RowValue };

export function withOverrides(
  suggested: Mapping,
  overrides: Record<string, string | null>,
): Record<string, string | null> {
  const taken = new Set(Object.values(overrides).filter(Boolean));
  const out: Record<string, string | null> = {};
  for (const [header, field] of Object.entries(suggested))
    if (!(header in overrides) && !taken.has(field)) out[header] = field;
  return { ...out, ...overrides };
}

function checkedMapping(
  kind: ImportKind,
  setup: KindSetup,
  headers: string[],
  given: Record<string, string | null> | undefined,
): Mapping {
  if (given) {
    const errors = mappingErrors(kind, headers, given, setup.fields);
    if (Object.keys(errors).length)
      throw invalid(
        'The column mapping does not fit the CSV',
        Object.fromEntries(Object.entries(errors).map(([h, m]) => [`mapping.${h}`, m])),
      );
  }
  const mapping = (given ?? setup.suggest(headers)) as Mapping;
  const mapped = new Set<string>(Object.values(mapping).filter((f): f is ImportField => !!f));
  if (mapped.size === 0)
    throw invalid(`No column of the CSV is mapped to a field; map the headers to ${setup.fields.join(', ')}`, {
      mapping: 'nothing mapped',
    });
  setup.checkMapped(mapped);
  return mapping;
}

async function chunkProcessor(
  db: Db,
  actor: Actor,
  kind: Exclude<ImportKind, 'responses'>,
  columns: Column[],
  dryRun: boolean,
): Promise<ChunkProcessor> {
  if (kind === 'customers') return (records) => customerChunk(db, actor, records, columns, dryRun);
  const timeZone = (await repo.orgTimeZone(db, actor.orgId)) ?? 'UTC';
  const refs = await repo.referenceLookups(db, actor.orgId);
  return (records) => interactionChunk(db, actor, records, columns, timeZone, refs, dryRun);
}

const rowValues = (value: Record<string, unknown>): Record<string, RowValue> => value as Record<string, RowValue>;

async function customerChunk(
  db: Db,
  actor: Actor,
  records: CsvRecord[],
  columns: Column[],
  dryRun: boolean,
): Promise<Chunk> {
  const outcomes: RowOutcome[] = [];
  const good: { outcome: RowOutcome; value: CustomerCreate }[] = [];
  for (const r of records) {
    const m = mapCustomer(r.line, r.cells, columns);
    const outcome: RowOutcome = { line: r.line, values: rowValues(m.value) };
    if (!m.ok) outcome.errors = m.fields;
    else good.push({ outcome, value: m.value });
    outcomes.push(outcome);
  }
  if (dryRun || good.length === 0) return { outcomes, created: 0, existing: 0 };
  return {
    outcomes,
    ...applyBatch(
      await createCustomersBatch(
        db,
        actor,
        good.map((g) => g.value),
      ),
      good.map((g) => g.outcome),
    ),
  };
}

async function interactionChunk(
  db: Db,
  actor: Actor,
  records: CsvRecord[],
  columns: Column[],
  timeZone: string,
  refs: Omit<InteractionLookups, 'customers'>,
  dryRun: boolean,
): Promise<Chunk> {
  const mapped = records.map((r) => ({ record: r, m: mapInteraction(r.line, r.cells, columns, timeZone) }));
  const customerRefs = [
    ...new Set(mapped.flatMap(({ m }) => [m.value.customerExternalId ?? m.value.customerEmail ?? []].flat())),
  ];
  const customers = await repo.customerLookup(db, actor.orgId, customerRefs);
  const outcomes: RowOutcome[] = [];
  const good: { outcome: RowOutcome; item: InteractionItem }[] = [];
  for (const { record, m } of mapped) {
    const outcome: RowOutcome = { line: record.line, values: rowValues(m.value) };
    outcomes.push(outcome);
    // Names are resolved on rows with other problems too: the row's every problem is shown at once.
    const resolved = resolveInteraction(m.value, { ...refs, customers });
    const errors = { ...(m.ok ? {} : m.fields), ...(resolved.ok ? {} : resolved.fields) };
    if (Object.keys(errors).length) refuse(outcome, errors);
    else if (resolved.ok) good.push({ outcome, item: resolved.item });
  }
  if (dryRun || good.length === 0) return { outcomes, created: 0, existing: 0 };
  return {
    outcomes,
    ...applyBatch(
      await createBatch(
        db,
        actor,
        good.map((g) => g.item),
      ),
      good.map((g) => g.outcome),
    ),
  };
}

const UUID_TEXT = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** Each refused field's cell text, taken from the record (any kind: the columns know where it sits). */
function withInvalidCells(result: Chunk, records: CsvRecord[], columns: Column[]): Chunk {
  const byLine = new Map(records.map((r) => [r.line, r.cells]));
  for (const o of result.outcomes) {
    if (!o.errors) continue;
    const cells = byLine.get(o.line) ?? [];
    const invalid: Record<string, string> = {};
    for (const field of Object.keys(o.errors)) {
      const column = columns.find((c) => c.field === field);
      const text = column ? (cells[column.index] ?? '').trim() : '';
      // Ids are left out: no answer carries an id the caller may not see, even one they sent.
      if (text && !UUID_TEXT.test(text)) invalid[field] = text;
    }
    if (Object.keys(invalid).length) o.invalid = invalid;
  }
  return result;
}

function refuse(outcome: RowOutcome, fields: FieldErrors): void {
  outcome.errors = { ...outcome.errors, ...fields };
  outcome.values = rowValues(withoutFields(outcome.values, outcome.errors));
}

function applyBatch(result: BatchResult, outcomes: RowOutcome[]): { created: number; existing: number } {
  for (const r of result.results) {
    const outcome = outcomes[r.index];
    if (!outcome) throw new AppError('invalid', 'Batch answered an item it was not given');
    if (r.status === 'error') {
      const fields: FieldErrors = {};
      for (const [f, m] of Object.entries(r.error?.fields ?? { row: 'refused' })) fields[FROM_BATCH_FIELD[f] ?? f] = m;
      refuse(outcome, fields);
    }
  }
  return { created: result.created, existing: result.existing };
}

/** The sample CSV of a kind, with the organisation's own names where a row refers to one. */
export async function sampleCsv(db: Db, actor: Actor, kind: ImportKind, surveyId?: string): Promise<string> {
  assertCan(actor, 'imports:run');
  if (kind === 'customers') return CUSTOMERS_SAMPLE;
  const names = await repo.sampleNames(db, actor.orgId);
  if (kind === 'interactions') return interactionsSample(names);
  return responsesSample((await surveyOf(db, actor, surveyId)).questions, names);
}

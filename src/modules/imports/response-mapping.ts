import { EMOTIONS, type Question } from '../../shared/survey-definition.ts';
import { scoreRange } from '../../shared/score-range.ts';
import { checkAnswers } from '../surveys/index.ts';
import { parseDateTime, parseLanguage } from './csv-values.ts';
import {
  norm,
  RESPONSE_FIELDS,
  suggestMapping,
  type AnswerField,
  type ImportField,
  type Mapping,
  type ResponseField,
} from './import-fields.ts';
import {
  cellsOf,
  resolveNamed,
  resolveRef,
  take,
  withoutFields,
  type Column,
  type FieldErrors,
  type Lookup,
  type Mapped,
} from './row-mapping.ts';

/**
 * CSV rows → survey responses. The survey decides the answer columns: a header equal to a
 * question's id or to its text in any language is that question's answer (`answers.<id>`).
 * Cells are read the way people write them (option texts instead of ids, "a; b | c" for several
 * choices, staff by email) and then checked with the survey's own rules, so a dry run refuses
 * exactly what `ingest` would. Pure: no database, no HTTP.
 */

export type SurveyShape = { languages: string[]; questions: Question[] };

const ANSWERS = 'answers.';
export const answerField = (questionId: string): AnswerField => `${ANSWERS}${questionId}`;
export const questionIdOf = (field: string): string | undefined =>
  field.startsWith(ANSWERS) ? field.slice(ANSWERS.length) : undefined;

/** Every field a CSV column can be mapped to for this survey. */
export function responseFields(survey: SurveyShape): ImportField[] {
  return [...RESPONSE_FIELDS, ...survey.questions.map((q) => answerField(q.id))];
}

/**
 * The suggested mapping: headers equal to a question id first, then to a question text (in any
 * language), then the response's own columns by their usual names in en / ru / bg.
 */
export function suggestResponseMapping(headers: string[], survey: SurveyShape): Mapping {
  const byId = new Map<string, string>();
  const byText = new Map<string, string>();
  for (const q of survey.questions) {
    if (!byId.has(norm(q.id))) byId.set(norm(q.id), q.id);
    for (const text of Object.values(q.text)) if (norm(text) && !byText.has(norm(text))) byText.set(norm(text), q.id);
  }
  const mapping: Mapping = {};
  const taken = new Set<string>();
  let rest = headers;
  for (const keys of [byId, byText]) {
    rest = rest.filter((h) => {
      const id = keys.get(norm(h));
      if (!id || taken.has(id) || h in mapping) return true;
      taken.add(id);
      mapping[h] = answerField(id);
      return false;
    });
  }
  return { ...mapping, ...suggestMapping('responses', rest) };
}

export type ResponseDraft = {
  externalId?: string;
  submittedAt?: string;
  customerExternalId?: string;
  customerEmail?: string;
  touchpoint?: string;
  location?: string;
  staff?: string;
  language?: string;
  /** Question id → the answer as read from the cell, before the survey's checks. */
  answers: Record<string, number | string | string[]>;
};

export type ResponseRowContext = {
  survey: SurveyShape;
  timeZone: string;
  /** The organisation's staff by id, email or external id: what a staff question's cells name. */
  staff: Lookup;
};

/** Several choices in one cell: `a; b`, `a | b`, or `a, b` (commas only split when the parts are options). */
function choices(q: Question, cell: string): string[] {
  const out: string[] = [];
  for (const part of cell.split(/[;|]/)) {
    const p = part.trim();
    if (!p) continue;
    const whole = optionId(q, p);
    if (whole) out.push(whole);
    else
      for (const sub of p
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean))
        out.push(optionId(q, sub) ?? sub);
  }
  return out;
}

/** An option named by its id (any case) or its text in any language. */
function optionId(q: Question, v: string): string | undefined {
  const n = norm(v);
  return q.options?.find(
    (o) => o.id.toLowerCase() === v.toLowerCase() || Object.values(o.text).some((t) => norm(t) === n),
  )?.id;
}

/** A cell as the answer the survey expects; what cannot be read is passed on for the survey's checks to word. */
export function readAnswer(q: Question, cell: string, staff: Lookup): number | string | string[] {
  if (scoreRange(q)) {
    const m = /^([-+]?\d+)(?:[.,]0+)?$/.exec(cell);
    return m ? Number(m[1]) : cell;
  }
  switch (q.type) {
    case 'emotion':
      return EMOTIONS.find((e) => e === cell.toLowerCase()) ?? cell;
    case 'single':
      return optionId(q, cell) ?? cell;
    case 'multi':
      return choices(q, cell);
    case 'staff':
      return resolveRef(staff, cell) ?? cell;
    default:
      return cell;
  }
}

/** A language the survey is in, named by code or name ("ru", "RU", "русский", "en-GB" for an en survey). */
function surveyLanguage(raw: string, languages: string[]): { ok: true; value: string } | { ok: false; error: string } {
  const parsed = parseLanguage(raw);
  if (!parsed.ok) return parsed;
  const code = parsed.value.toLowerCase();
  const hit =
    languages.find((l) => l.toLowerCase() === code) ?? languages.find((l) => l.toLowerCase() === code.split('-')[0]);
  return hit ? { ok: true, value: hit } : { ok: false, error: `The survey is in ${languages.join(', ')}` };
}

export function mapResponse(
  line: number,
  cells: string[],
  columns: Column[],
  ctx: ResponseRowContext,
): Mapped<ResponseDraft> {
  const errors: FieldErrors = {};
  const value: ResponseDraft = { answers: {} };
  const questions = new Map(ctx.survey.questions.map((q) => [q.id, q]));
  for (const [field, v] of cellsOf(cells, columns)) {
    const questionId = questionIdOf(field);
    if (questionId !== undefined) {
      const q = questions.get(questionId);
      if (q) value.answers[questionId] = readAnswer(q, v, ctx.staff);
      else errors[field] = 'No such question in this survey';
      continue;
    }
    switch (field as ResponseField) {
      case 'submittedAt':
        value.submittedAt = take(errors, field, parseDateTime(v, ctx.timeZone))?.toISOString();
        break;
      case 'language':
        value.language = take(errors, field, surveyLanguage(v, ctx.survey.languages));
        break;
      case 'customerEmail':
        value.customerEmail = v.toLowerCase();
        break;
      default:
        value[field as Exclude<ResponseField, 'submittedAt' | 'language' | 'customerEmail'>] = v;
    }
  }
  if (value.externalId && value.externalId.length > 200) errors.externalId = 'longer than 200 characters';
  if (value.submittedAt && new Date(value.submittedAt).getTime() > Date.now() + 5 * 60_000)
    errors.submittedAt = 'in the future';
  if (Object.keys(errors).length)
    return {
      line,
      ok: false,
      fields: errors,
      value: { ...withoutFields(value, errors), answers: withoutAnswers(value.answers, errors) },
    };
  return { line, ok: true, value };
}

const withoutAnswers = (answers: ResponseDraft['answers'], errors: FieldErrors) =>
  Object.fromEntries(Object.entries(answers).filter(([id]) => !(answerField(id) in errors)));

/** A draft as flat preview values: `answers.nps: 9` next to `externalId: "R1"`. */
export function draftValues(d: Partial<ResponseDraft>): Record<string, string | number | string[]> {
  const { answers, ...own } = d;
  const out: Record<string, string | number | string[]> = {};
  for (const [k, v] of Object.entries(own)) if (v !== undefined) out[k] = v;
  for (const [id, v] of Object.entries(answers ?? {})) out[answerField(id)] = v;
  return out;
}

export type ResponseLookups = {
  touchpoints: Lookup;
  locations: Lookup;
  staff: Lookup;
  /** Customers by external ID, ID, email or name, as `customerLookup` loads them for a chunk. */
  customers: Lookup;
  /** Active staff: who a staff question may name. */
  activeStaffIds: ReadonlySet<string> | null;
};

/** What `ingest` takes for one row. */
export type ResponseItem = {
  externalId?: string;
  submittedAt?: Date;
  customerId?: string;
  touchpointId?: string;
  locationId?: string;
  staffId?: string;
  language?: string;
  answers: Record<string, unknown>;
};

/**
 * Resolves the names in a draft to the organisation's ids and checks the answers against the
 * survey (required questions unless `partial`, ranges, options, conditions), like `ingest` will.
 */
export function resolveResponse(
  d: ResponseDraft,
  survey: SurveyShape,
  l: ResponseLookups,
  partial: boolean,
): { ok: true; item: ResponseItem } | { ok: false; fields: FieldErrors } {
  const fields: FieldErrors = {};
  const item: ResponseItem = { answers: d.answers };
  if (d.externalId) item.externalId = d.externalId;
  if (d.submittedAt) item.submittedAt = new Date(d.submittedAt);
  if (d.language) item.language = d.language;
  // Customers, like the interaction import's: by Zabota ID, external ID, email or a name only one of them has.
  item.customerId = d.customerExternalId
    ? resolveNamed(fields, d.customerExternalId, l.customers, 'customerExternalId')
    : resolveNamed(fields, d.customerEmail, l.customers, 'customerEmail');
  item.touchpointId = resolveNamed(fields, d.touchpoint, l.touchpoints, 'touchpoint');
  item.locationId = resolveNamed(fields, d.location, l.locations, 'location');
  item.staffId = resolveNamed(fields, d.staff, l.staff, 'staff');
  const checked = checkAnswers(survey.questions, d.answers, { partial, staffIds: l.activeStaffIds });
  Object.assign(fields, checked.errors);
  if (Object.keys(checked.answers).length === 0 && Object.keys(fields).length === 0)
    fields.answers = 'Answer at least one question';
  if (Object.keys(fields).length) return { ok: false, fields };
  for (const k of Object.keys(item) as (keyof ResponseItem)[]) if (item[k] === undefined) delete item[k];
  return { ok: true, item };
}

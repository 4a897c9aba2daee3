import { customerCreate, type CustomerCreate } from '../customers/customers.contract.ts';
import type { Shift } from '../../shared/domain.ts';
import {
  parseBool,
  parseCurrency,
  parseDateTime,
  parseLanguage,
  parseMoney,
  parseShift,
  type Parsed,
} from './csv-values.ts';
import type { CustomerField, ImportField, InteractionField, Mapping } from './import-fields.ts';

/**
 * CSV records → values of the import fields, and the checks that need no database. Interactions
 * name their customer, touchpoint, location and staff by id, name or email; `resolveInteraction`
 * turns those into ids given lookups the service loaded for the organisation.
 */

export type FieldErrors = Record<string, string>;
export type Column = { field: ImportField; index: number };
/** A failed row keeps the values that did parse, for the preview. */
export type Mapped<T> =
  { line: number; ok: true; value: T } | { line: number; ok: false; fields: FieldErrors; value: Partial<T> };

/** Where each mapped field sits in a record (the first column with that header). */
export function columnsOf(headers: string[], mapping: Mapping): Column[] {
  const columns: Column[] = [];
  for (const [header, field] of Object.entries(mapping)) {
    const index = headers.indexOf(header);
    if (field && index !== -1) columns.push({ field, index });
  }
  return columns;
}

export function cellsOf(cells: string[], columns: Column[]): Map<ImportField, string> {
  const out = new Map<ImportField, string>();
  for (const c of columns) {
    const v = (cells[c.index] ?? '').trim();
    if (v !== '') out.set(c.field, v);
  }
  return out;
}

export function take<T>(errors: FieldErrors, field: string, parsed: Parsed<T>): T | undefined {
  if (parsed.ok) return parsed.value;
  errors[field] = parsed.error;
  return undefined;
}

/** Drops the fields that have errors, so an answer never echoes a value that was refused. */
export function withoutFields<T extends Record<string, unknown>>(value: T, errors: FieldErrors): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(value))
    if (!(k in errors) && v !== undefined) out[k as keyof T] = v as T[keyof T];
  return out;
}

const firstIssues = (issues: { path: PropertyKey[]; message: string }[]): FieldErrors => {
  const fields: FieldErrors = {};
  for (const i of issues) fields[String(i.path[0] ?? 'row')] ??= i.message;
  return fields;
};

export function mapCustomer(line: number, cells: string[], columns: Column[]): Mapped<CustomerCreate> {
  const raw = cellsOf(cells, columns) as Map<CustomerField, string>;
  const errors: FieldErrors = {};
  const value: Record<string, unknown> = {};
  for (const [field, v] of raw) {
    if (field === 'language') value.language = take(errors, field, parseLanguage(v));
    else if (field === 'consentEmail' || field === 'consentSms') value[field] = take(errors, field, parseBool(v));
    else value[field] = v;
  }
  const checked = customerCreate.safeParse(value);
  if (!checked.success) Object.assign(errors, { ...firstIssues(checked.error.issues), ...errors });
  if (Object.keys(errors).length)
    return { line, ok: false, fields: errors, value: withoutFields(value, errors) as Partial<CustomerCreate> };
  return { line, ok: true, value: checked.data! };
}

export type InteractionDraft = {
  externalId?: string;
  occurredAt: string;
  customerExternalId?: string;
  customerEmail?: string;
  touchpoint?: string;
  location?: string;
  staff?: string;
  shift?: Shift;
  revenue?: number;
  currency?: string;
  note?: string;
};

export function mapInteraction(
  line: number,
  cells: string[],
  columns: Column[],
  timeZone: string,
): Mapped<InteractionDraft> {
  const raw = cellsOf(cells, columns) as Map<InteractionField, string>;
  const errors: FieldErrors = {};
  const value: Partial<InteractionDraft> = {};
  for (const [field, v] of raw) {
    switch (field) {
      case 'occurredAt':
        value.occurredAt = take(errors, field, parseDateTime(v, timeZone))?.toISOString();
        break;
      case 'revenue':
        value.revenue = take(errors, field, parseMoney(v));
        break;
      case 'currency':
        value.currency = take(errors, field, parseCurrency(v));
        break;
      case 'shift':
        value.shift = take(errors, field, parseShift(v));
        break;
      case 'customerEmail':
        value.customerEmail = v.toLowerCase();
        break;
      default:
        value[field] = v;
    }
  }
  if (!raw.has('occurredAt')) errors.occurredAt = 'Every interaction needs its date and time';
  if (value.externalId && value.externalId.length > 200) errors.externalId = 'Longer than 200 characters';
  if (value.note && value.note.length > 5000) errors.note = 'Longer than 5000 characters';
  if (Object.keys(errors).length) return { line, ok: false, fields: errors, value: withoutFields(value, errors) };
  return { line, ok: true, value: value as InteractionDraft };
}

/** Ids of the organisation's rows and the other keys they can be named by (lower-cased). */
export type Lookup = {
  ids: Set<string>;
  byKey: Map<string, string>;
  /** Names several rows share: they name no one. */
  ambiguous?: Set<string>;
};
export type InteractionLookups = {
  touchpoints: Lookup;
  locations: Lookup;
  staff: Lookup;
  /** Customers by external ID, ID, email or name, as `customerLookup` loads them for a chunk. */
  customers: Lookup;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The id of the row named by `v` (its id, or a key such as a name or an email), if it is the organisation's. */
export function resolveRef(lookup: Lookup, v: string): string | undefined {
  if (UUID.test(v) && lookup.ids.has(v.toLowerCase())) return v.toLowerCase();
  return lookup.byKey.get(v.toLowerCase());
}

/** The item `createBatch` takes, or the fields that name nothing in this organisation. */
export type InteractionItem = {
  externalId?: string;
  occurredAt: string;
  customerId?: string;
  touchpointId?: string;
  locationId?: string;
  staffId?: string;
  shift?: Shift;
  revenue?: number;
  currency?: string;
  note?: string;
};

export type RefField = 'customerExternalId' | 'customerEmail' | 'touchpoint' | 'location' | 'staff';
const NOT_FOUND: Record<RefField, string> = {
  customerExternalId: 'No customer has this ID, name or email',
  customerEmail: 'No customer has this email, ID or name',
  touchpoint: 'No touchpoint has this name or ID',
  location: 'No location has this name or ID',
  staff: 'No staff member has this name, email or ID',
};
const SHARED: Record<RefField, string> = {
  customerExternalId: 'Several customers have this name: use their ID or email',
  customerEmail: 'Several customers have this name: use their ID or email',
  touchpoint: 'Several touchpoints have this name: use the ID',
  location: 'Several locations have this name: use the ID',
  staff: 'Several staff members have this name: use their email',
};

/**
 * Turns a row's names into ids, reporting every name that finds no one (or several) at once. Works
 * on a row that already has other problems too, so the preview shows all of a row's problems together.
 */
/** The id a cell names, or the reason it names no one (nobody, or several sharing a name) in `fields`. */
export function resolveNamed(
  fields: FieldErrors,
  v: string | undefined,
  lookup: Lookup,
  field: RefField,
): string | undefined {
  if (!v) return undefined;
  const id = resolveRef(lookup, v);
  if (!id) fields[field] = lookup.ambiguous?.has(v.toLowerCase()) ? SHARED[field] : NOT_FOUND[field];
  return id;
}

export function resolveInteraction(
  d: Partial<InteractionDraft>,
  l: InteractionLookups,
): { ok: true; item: InteractionItem } | { ok: false; fields: FieldErrors } {
  const fields: FieldErrors = {};
  const ref = (v: string | undefined, lookup: Lookup, field: RefField) => resolveNamed(fields, v, lookup, field);
  const item: InteractionItem = { occurredAt: d.occurredAt ?? '' };
  if (d.externalId) item.externalId = d.externalId;
  item.customerId = d.customerExternalId
    ? ref(d.customerExternalId, l.customers, 'customerExternalId')
    : ref(d.customerEmail, l.customers, 'customerEmail');
  item.touchpointId = ref(d.touchpoint, l.touchpoints, 'touchpoint');
  item.locationId = ref(d.location, l.locations, 'location');
  item.staffId = ref(d.staff, l.staff, 'staff');
  if (d.shift) item.shift = d.shift;
  if (d.revenue !== undefined) item.revenue = d.revenue;
  if (d.currency) item.currency = d.currency;
  if (d.note) item.note = d.note;
  if (Object.keys(fields).length) return { ok: false, fields };
  for (const k of Object.keys(item) as (keyof InteractionItem)[]) if (item[k] === undefined) delete item[k];
  return { ok: true, item };
}

/** "line 7: occurredAt: not a date; revenue: not a number" */
export const describeError = (e: { line: number; fields: FieldErrors }): string =>
  `line ${e.line}: ${Object.entries(e.fields)
    .map(([f, m]) => `${f}: ${m}`)
    .join('; ')}`;

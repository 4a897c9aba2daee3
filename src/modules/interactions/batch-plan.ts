import type { z } from 'zod';
import type { BatchItemResult } from '../../platform/http/batch.ts';
import type { InteractionCreate } from './interactions.contract.ts';
import { interactionCreate } from './interactions.contract.ts';

export type References = {
  customers: Set<string>;
  touchpoints: Set<string>;
  locations: Set<string>;
  staff: Set<string>;
};
export type Limits = { locationIds: string[] | null };
export type PlannedRow = {
  index: number;
  externalId: string | null;
  customerId: string | null;
  touchpointId: string | null;
  locationId: string | null;
  staffId: string | null;
  shift: InteractionCreate['shift'] | null;
  occurredAt: Date;
  revenue: number | null;
  currency: string | null;
  note: string | null;
};

export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) fields[issue.path.join('.') || 'item'] ??= issue.message;
  return fields;
}

/** First pass, no database: which items are well-formed, and what they reference. */
export function parseItems(items: unknown[]) {
  return items.map((raw, index) => {
    const parsed = interactionCreate.safeParse(raw);
    return parsed.success
      ? { index, ok: true as const, value: parsed.data }
      : { index, ok: false as const, fields: fieldErrors(parsed.error) };
  });
}

export function referencedIds(values: InteractionCreate[]) {
  const set = (pick: (v: InteractionCreate) => string | null | undefined) => [
    ...new Set(values.map(pick).filter((x): x is string => !!x)),
  ];
  return {
    customers: set((v) => v.customerId),
    touchpoints: set((v) => v.touchpointId),
    locations: set((v) => v.locationId),
    staff: set((v) => v.staffId),
    customerExternalIds: set((v) => v.customerExternalId),
  };
}

/**
 * Second pass, given what exists: each item becomes a row to insert or an error naming the field.
 * A manager may only write interactions at the locations they cover.
 */
export function planRows(
  parsed: ReturnType<typeof parseItems>,
  refs: References,
  customerByExternalId: Map<string, string>,
  limits: Limits,
): { rows: PlannedRow[]; errors: BatchItemResult[] } {
  const rows: PlannedRow[] = [];
  const errors: BatchItemResult[] = [];
  for (const item of parsed) {
    if (!item.ok) {
      errors.push({ index: item.index, status: 'error', error: { message: 'Invalid item', fields: item.fields } });
      continue;
    }
    const v = item.value;
    const fields: Record<string, string> = {};
    const customerId = v.customerExternalId ? customerByExternalId.get(v.customerExternalId) : v.customerId;
    if (v.customerExternalId && !customerId) fields.customerExternalId = 'No customer has this externalId';
    if (v.customerId && !refs.customers.has(v.customerId)) fields.customerId = 'Unknown customer';
    if (v.touchpointId && !refs.touchpoints.has(v.touchpointId)) fields.touchpointId = 'Unknown touchpoint';
    if (v.locationId && !refs.locations.has(v.locationId)) fields.locationId = 'Unknown location';
    if (v.staffId && !refs.staff.has(v.staffId)) fields.staffId = 'Unknown staff member';
    if (limits.locationIds && (!v.locationId || !limits.locationIds.includes(v.locationId))) {
      fields.locationId ??= 'You can only record interactions at the locations you cover';
    }
    if (Object.keys(fields).length) {
      errors.push({ index: item.index, status: 'error', error: { message: 'Invalid item', fields } });
      continue;
    }
    rows.push({
      index: item.index,
      externalId: v.externalId ?? null,
      customerId: customerId ?? null,
      touchpointId: v.touchpointId ?? null,
      locationId: v.locationId ?? null,
      staffId: v.staffId ?? null,
      shift: v.shift ?? null,
      occurredAt: new Date(v.occurredAt),
      revenue: v.revenue ?? null,
      currency: v.currency ?? null,
      note: v.note ?? null,
    });
  }
  return { rows, errors };
}

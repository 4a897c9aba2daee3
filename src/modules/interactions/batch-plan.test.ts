import { describe, expect, it } from 'vitest';
import { parseItems, planRows, referencedIds } from './batch-plan.ts';

const L1 = '01a20789-da1b-7c72-8a37-b5822287698e';
const L2 = '01a20789-da1b-7c72-8a37-b5822287698f';
const C1 = '01a20789-da1b-7c72-8a37-b58222876990';
const refs = {
  customers: new Set([C1]),
  touchpoints: new Set<string>(),
  locations: new Set([L1, L2]),
  staff: new Set<string>(),
};

describe('interaction batch planning', () => {
  it('reports malformed items per index with field paths and keeps the good ones', () => {
    const parsed = parseItems([
      { occurredAt: '2026-01-01T10:00:00Z', locationId: L1 },
      { occurredAt: 'yesterday' },
      'not an object',
    ]);
    const { rows, errors } = planRows(parsed, refs, new Map(), { locationIds: null });
    expect(rows.map((r) => r.index)).toEqual([0]);
    expect(errors.map((e) => e.index)).toEqual([1, 2]);
    expect(errors[0]!.error!.fields.occurredAt).toMatch(/ISO 8601/);
  });

  it("refuses ids that are not the organisation's and resolves customer external ids", () => {
    const parsed = parseItems([
      { occurredAt: '2026-01-01T10:00:00Z', customerId: '01a20789-da1b-7c72-8a37-000000000000' },
      { occurredAt: '2026-01-01T10:00:00Z', customerExternalId: 'crm-7' },
      { occurredAt: '2026-01-01T10:00:00Z', customerExternalId: 'crm-unknown' },
    ]);
    const { rows, errors } = planRows(parsed, refs, new Map([['crm-7', C1]]), { locationIds: null });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.customerId).toBe(C1);
    expect(errors.map((e) => Object.keys(e.error!.fields))).toEqual([['customerId'], ['customerExternalId']]);
  });

  it('limits a manager to their locations', () => {
    const parsed = parseItems([
      { occurredAt: '2026-01-01T10:00:00Z', locationId: L1 },
      { occurredAt: '2026-01-01T10:00:00Z', locationId: L2 },
      { occurredAt: '2026-01-01T10:00:00Z' },
    ]);
    const { rows, errors } = planRows(parsed, refs, new Map(), { locationIds: [L1] });
    expect(rows.map((r) => r.index)).toEqual([0]);
    expect(errors.map((e) => e.index)).toEqual([1, 2]);
  });

  it('collects each referenced id once', () => {
    const parsed = parseItems([
      { occurredAt: '2026-01-01T10:00:00Z', locationId: L1 },
      { occurredAt: '2026-01-01T10:00:00Z', locationId: L1, customerExternalId: 'x' },
    ]);
    const ids = referencedIds(parsed.flatMap((p) => (p.ok ? [p.value] : [])));
    expect(ids.locations).toEqual([L1]);
    expect(ids.customerExternalIds).toEqual(['x']);
  });
});

import { describe, expect, it } from 'vitest';
import { readCsv } from './csv-reader.ts';
import { suggestMapping } from './import-fields.ts';
import {
  columnsOf,
  describeError,
  mapCustomer,
  mapInteraction,
  resolveInteraction,
  type InteractionLookups,
} from './row-mapping.ts';

const TP = '0190a000-0000-7000-8000-000000000001';
const LOC = '0190a000-0000-7000-8000-000000000002';
const STAFF = '0190a000-0000-7000-8000-000000000003';
const CUST = '0190a000-0000-7000-8000-000000000004';
const lookups: InteractionLookups = {
  touchpoints: { ids: new Set([TP]), byKey: new Map([['reception', TP]]) },
  locations: { ids: new Set([LOC]), byKey: new Map([['центр', LOC]]) },
  staff: {
    ids: new Set([STAFF]),
    byKey: new Map([
      ['dr@clinic.bg', STAFF],
      ['мария петрова', STAFF],
    ]),
    ambiguous: new Set(['иван']),
  },
  customers: {
    ids: new Set([CUST]),
    byKey: new Map([
      ['ivan@example.com', CUST],
      ['c-17', CUST],
      ['иван иванов', CUST],
    ]),
  },
};

async function mapped(kind: 'customers' | 'interactions', csv: string) {
  const records = [];
  for await (const r of readCsv(csv)) records.push(r);
  const [header, ...rows] = records;
  const columns = columnsOf(header!.cells, suggestMapping(kind, header!.cells));
  return rows.map((r) =>
    kind === 'customers'
      ? mapCustomer(r.line, r.cells, columns)
      : mapInteraction(r.line, r.cells, columns, 'Europe/Sofia'),
  );
}

describe('mapping rows', () => {
  it('maps customers and reports bad rows with their line and field', async () => {
    const rows = await mapped(
      'customers',
      'Код клиента;ФИО;Эл. почта;Язык;Согласие на рассылку\nC1;Иван;ivan@example.com;русский;да\n\nC2;Мария;not-an-email;ru;может быть\n',
    );
    expect(rows[0]).toEqual({
      line: 2,
      ok: true,
      value: { externalId: 'C1', name: 'Иван', email: 'ivan@example.com', language: 'ru', consentEmail: true },
    });
    expect(rows[1]).toMatchObject({
      line: 4,
      ok: false,
      fields: { email: 'Must be an email address', consentEmail: expect.stringContaining('not yes/no') },
    });
    expect(rows[1]!.ok ? null : rows[1]!.value).toEqual({ externalId: 'C2', name: 'Мария', language: 'ru' });
  });

  it('maps interactions: money and dates in local formats, errors named by line', async () => {
    const csv = [
      'id,date,email,touchpoint,location,staff,amount,currency,note',
      'V1,31.01.2026 14:05,Ivan@Example.com,Reception,Центр,dr@clinic.bg,"1 234,50",лв,first',
      'V2,2026-01-31 14:05,,,,,1234.50,EUR,',
      'V3,someday,,,,,12 apples,,',
    ].join('\r\n');
    const [a, b, c] = await mapped('interactions', csv);
    expect(a).toEqual({
      line: 2,
      ok: true,
      value: {
        externalId: 'V1',
        occurredAt: '2026-01-31T12:05:00.000Z',
        customerEmail: 'ivan@example.com',
        touchpoint: 'Reception',
        location: 'Центр',
        staff: 'dr@clinic.bg',
        revenue: 1234.5,
        currency: 'BGN',
        note: 'first',
      },
    });
    expect(b).toMatchObject({
      ok: true,
      value: { occurredAt: '2026-01-31T12:05:00.000Z', revenue: 1234.5, currency: 'EUR' },
    });
    expect(c!.ok).toBe(false);
    expect(describeError(c as { line: number; fields: Record<string, string> })).toMatch(
      /^line 4: occurredAt: not a date.*; revenue: not a number$/,
    );
  });

  it('requires occurredAt', async () => {
    const [row] = await mapped('interactions', 'id,note\nV1,hello\n');
    expect(row).toMatchObject({
      line: 2,
      ok: false,
      fields: { occurredAt: 'Every interaction needs its date and time' },
    });
  });
});

describe('resolveInteraction', () => {
  it('resolves references by id, name or email, case-insensitively', () => {
    const r = resolveInteraction(
      {
        occurredAt: 'x',
        customerEmail: 'ivan@example.com',
        touchpoint: 'RECEPTION',
        location: LOC,
        staff: 'Dr@Clinic.bg',
      },
      lookups,
    );
    expect(r).toEqual({
      ok: true,
      item: { occurredAt: 'x', customerId: CUST, touchpointId: TP, locationId: LOC, staffId: STAFF },
    });
  });

  it('matches a customer column by ID, external ID, email or name, and staff by name', () => {
    for (const customerExternalId of ['C-17', 'Ivan@Example.com', 'Иван Иванов', CUST])
      expect(resolveInteraction({ occurredAt: 'x', customerExternalId, staff: 'Мария Петрова' }, lookups)).toEqual({
        ok: true,
        item: { occurredAt: 'x', customerId: CUST, staffId: STAFF },
      });
    expect(resolveInteraction({ occurredAt: 'x', staff: 'Иван' }, lookups)).toEqual({
      ok: false,
      fields: { staff: 'Several staff members have this name: use their email' },
    });
  });

  it('refuses ids and names the organisation does not have', () => {
    const r = resolveInteraction(
      {
        occurredAt: 'x',
        customerEmail: 'nobody@example.com',
        touchpoint: '0190a000-0000-7000-8000-0000000000ff',
        location: 'Nowhere',
        staff: 'someone',
      },
      lookups,
    );
    expect(r).toEqual({
      ok: false,
      fields: {
        customerEmail: expect.any(String),
        touchpoint: expect.any(String),
        location: expect.any(String),
        staff: expect.any(String),
      },
    });
  });
});

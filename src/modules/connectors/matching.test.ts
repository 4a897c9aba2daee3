import { describe, expect, it } from 'vitest';
import { backoffMs } from './schedule.ts';
import { matchOne, mergeCatalog, normalName } from './matching.ts';
import { toSourceRecord } from './sources/yclients.ts';

const targets = [
  { id: 'a', name: 'Стрижка мужская' },
  { id: 'b', name: 'Ёлка' },
  { id: 'c', name: 'Twin' },
  { id: 'd', name: 'twin' },
];

describe('automatic matches by name', () => {
  it('ignores case, punctuation, ё and spacing', () => {
    expect(normalName('  Стрижка,  МУЖСКАЯ! ')).toBe('стрижка мужская');
    expect(matchOne({ id: '1', name: 'стрижка — мужская' }, {}, targets)).toMatchObject({ targetId: 'a', how: 'name' });
    expect(matchOne({ id: '2', name: 'елка' }, {}, targets)).toMatchObject({ targetId: 'b', how: 'name' });
  });

  it('matches nothing when two targets share the name, and the owner choice wins (null too)', () => {
    expect(matchOne({ id: '3', name: 'TWIN' }, {}, targets)).toMatchObject({ targetId: null, how: 'none' });
    expect(matchOne({ id: '1', name: 'Стрижка мужская' }, { '1': 'c' }, targets)).toMatchObject({
      targetId: 'c',
      how: 'mapped',
    });
    expect(matchOne({ id: '1', name: 'Стрижка мужская' }, { '1': null }, targets)).toMatchObject({
      targetId: null,
      how: 'mapped',
    });
  });

  it('keeps what a catalogue knew when a sync sees less', () => {
    const known = { branches: [{ id: '1', name: 'Б' }], staff: [], services: [] };
    const seen = {
      branches: [
        { id: '2', name: 'А' },
        { id: '1', name: 'Б2' },
      ],
      staff: [],
      services: [],
    };
    expect(mergeCatalog(known, seen).branches).toEqual([
      { id: '2', name: 'А' },
      { id: '1', name: 'Б2' },
    ]);
  });
});

describe('a YCLIENTS record', () => {
  const base = {
    id: 7,
    company_id: 1,
    staff_id: 3,
    services: [
      { id: 9, title: 'x', cost: 100 },
      { id: 10, title: 'y', cost: 50 },
    ],
    datetime: '2026-05-01T10:00:00+03:00',
  };
  it('is a visit once the client came, with the services summed', () => {
    expect(toSourceRecord({ ...base, attendance: 1 }, 'RUB')).toMatchObject({
      sourceId: '7',
      skip: null,
      occurredAt: '2026-05-01T07:00:00.000Z',
      branchId: '1',
      staffId: '3',
      serviceIds: ['9', '10'],
      amount: 150,
      currency: 'RUB',
    });
    expect(toSourceRecord({ ...base, attendance: 2 }, 'RUB').skip).toMatch(/not happened/);
    expect(toSourceRecord({ ...base, attendance: 1, datetime: 'soon' }, 'RUB').skip).toBe('no visit date');
  });
});

describe('back-off', () => {
  it('doubles from a minute up to six hours', () => {
    expect([1, 2, 3, 20].map(backoffMs)).toEqual([60_000, 120_000, 240_000, 6 * 3_600_000]);
  });
});

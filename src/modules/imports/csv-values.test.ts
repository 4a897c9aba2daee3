import { describe, expect, it } from 'vitest';
import { parseBool, parseCurrency, parseDateTime, parseLanguage, parseMoney } from './csv-values.ts';

const value = <T>(p: { ok: true; value: T } | { ok: false; error: string }) => (p.ok ? p.value : `ERR ${p.error}`);

describe('parseMoney', () => {
  it.each([
    ['1234.50', 1234.5],
    ['1 234,50', 1234.5],
    ['1\u00a0234,50', 1234.5],
    ['1,234.50', 1234.5],
    ['1.234,50', 1234.5],
    ['1 000 000', 1_000_000],
    ['12,5', 12.5],
    ['-80', -80],
    ['0', 0],
    ['1.234.567', 1_234_567],
  ])('%s → %s', (raw, n) => expect(value(parseMoney(raw))).toBe(n));

  it.each(['abc', '12,3,4', '1.2.3', '1,2.3,4', '12.345', '', '.', '1 234,567'])('refuses %j', (raw) =>
    expect(parseMoney(raw).ok).toBe(false),
  );
});

describe('parseDateTime', () => {
  it('takes ISO 8601 with an offset as written', () => {
    expect(value(parseDateTime('2026-01-31T14:05:00Z', 'Europe/Sofia'))).toEqual(new Date('2026-01-31T14:05:00Z'));
    expect(value(parseDateTime('2026-01-31T14:05:00+03:00', 'UTC'))).toEqual(new Date('2026-01-31T11:05:00Z'));
  });

  it('reads wall-clock formats in the organisation time zone, across daylight saving time', () => {
    // Sofia: UTC+2 in winter, UTC+3 in summer.
    expect(value(parseDateTime('2026-01-31 14:05', 'Europe/Sofia'))).toEqual(new Date('2026-01-31T12:05:00Z'));
    expect(value(parseDateTime('31.07.2026 14:05', 'Europe/Sofia'))).toEqual(new Date('2026-07-31T11:05:00Z'));
    expect(value(parseDateTime('31.07.2026 14:05:30', 'Europe/Moscow'))).toEqual(new Date('2026-07-31T11:05:30Z'));
    expect(value(parseDateTime('2026-07-31T09:00', 'America/New_York'))).toEqual(new Date('2026-07-31T13:00:00Z'));
    expect(value(parseDateTime('05.03.2026', 'UTC'))).toEqual(new Date('2026-03-05T00:00:00Z'));
    expect(value(parseDateTime('2026-03-29 12:00', 'Europe/Sofia'))).toEqual(new Date('2026-03-29T09:00:00Z'));
  });

  it.each(['yesterday', '2026-02-30 10:00', '32.01.2026', '2026-13-01', '31/01/2026', '2026-01-31 25:00'])(
    'refuses %j',
    (raw) => expect(parseDateTime(raw, 'UTC').ok).toBe(false),
  );
});

describe('other values', () => {
  it('reads yes/no in three languages', () => {
    expect(['yes', 'Да', '1', 'true', 'x'].map((v) => value(parseBool(v)))).toEqual([true, true, true, true, true]);
    expect(['no', 'Нет', 'не', '0', 'FALSE'].map((v) => value(parseBool(v)))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(parseBool('maybe').ok).toBe(false);
  });

  it('reads languages by code or name, and currencies by code or sign', () => {
    expect(['RU', 'bg', 'English', 'русский', 'български', 'pt_BR'].map((v) => value(parseLanguage(v)))).toEqual([
      'ru',
      'bg',
      'en',
      'ru',
      'bg',
      'pt-BR',
    ]);
    expect(['eur', 'лв', '₽', 'BGN'].map((v) => value(parseCurrency(v)))).toEqual(['EUR', 'BGN', 'RUB', 'BGN']);
    expect(parseCurrency('euros').ok).toBe(false);
  });
});

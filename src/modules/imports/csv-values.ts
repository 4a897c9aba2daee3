import type { Shift } from '../../shared/domain.ts';
import { zonedToInstant } from '../../shared/time-zone.ts';
/**
 * Reading the cell values people actually put in spreadsheets: money as "1 234,50" or "1234.50",
 * dates as ISO 8601, "2026-01-31 14:05" or "31.01.2026 14:05" (wall-clock time in the
 * organisation's time zone), yes/no in three languages. Pure: no database, no HTTP.
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (error: string): Parsed<never> => ({ ok: false, error });

const SPACES = /[\s\u00a0\u202f\u2009']/g;

/** A money amount with at most two decimals; `,` or `.` as the decimal mark, spaces as grouping. */
export function parseMoney(raw: string): Parsed<number> {
  let s = raw.replace(SPACES, '');
  if (!/^[-+]?[0-9.,]+$/.test(s) || !/[0-9]/.test(s)) return bad('not a number');
  const commas = (s.match(/,/g) ?? []).length;
  const dots = (s.match(/\./g) ?? []).length;
  if (commas && dots) {
    // The last mark is the decimal one: "1,234.50" and "1.234,50".
    const decimal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    if (s.indexOf(decimal) !== s.lastIndexOf(decimal)) return bad('not a number');
    s = s.split(group).join('').replace(decimal, '.');
  } else if (commas + dots > 1) {
    if (!/^[-+]?\d{1,3}([.,]\d{3})+$/.test(s)) return bad('not a number');
    s = s.replace(/[.,]/g, '');
  } else if (commas === 1) {
    s = s.replace(',', '.');
  }
  const m = /^[-+]?\d*(?:\.(\d*))?$/.exec(s);
  if (!m || s === '.' || /^[-+]?\.?$/.test(s)) return bad('not a number');
  if ((m[1]?.length ?? 0) > 2) return bad('more than two decimals (write 1234.50 or 1 234,50)');
  const n = Number(s);
  if (!Number.isFinite(n) || Math.abs(n) >= 1e11) return bad('not a number');
  return ok(n);
}

const TRUE = new Set(['1', 'true', 'yes', 'y', 'x', '+', 'да', 'д', 'истина', 'opt-in', 'optin']);
const FALSE = new Set(['0', 'false', 'no', 'n', '-', 'нет', 'не', 'н', 'ложь', 'opt-out', 'optout']);

export function parseBool(raw: string): Parsed<boolean> {
  const s = raw.trim().toLowerCase();
  if (TRUE.has(s)) return ok(true);
  if (FALSE.has(s)) return ok(false);
  return bad('not yes/no (use yes, no, 1, 0, да, нет, не)');
}

const LANGUAGE_NAMES: Record<string, string> = {
  english: 'en',
  английский: 'en',
  английски: 'en',
  eng: 'en',
  russian: 'ru',
  русский: 'ru',
  руски: 'ru',
  rus: 'ru',
  ру: 'ru',
  bulgarian: 'bg',
  болгарский: 'bg',
  български: 'bg',
  bul: 'bg',
  бг: 'bg',
};

/** A language code (en, ru, bg, pt-BR…) or the name of one of the three languages. */
export function parseLanguage(raw: string): Parsed<string> {
  const s = raw.trim();
  const named = LANGUAGE_NAMES[s.toLowerCase()];
  if (named) return ok(named);
  const m = /^([A-Za-z]{2,3})(?:[-_]([A-Za-z0-9]{2,8}))?$/.exec(s);
  if (!m) return bad('not a language code (use en, ru or bg)');
  return ok(m[2] ? `${m[1]!.toLowerCase()}-${m[2]}` : m[1]!.toLowerCase());
}

const CURRENCY_SIGNS: Record<string, string> = {
  '€': 'EUR',
  $: 'USD',
  '₽': 'RUB',
  руб: 'RUB',
  'руб.': 'RUB',
  р: 'RUB',
  лв: 'BGN',
  'лв.': 'BGN',
  '£': 'GBP',
};

export function parseCurrency(raw: string): Parsed<string> {
  const s = raw.trim();
  const sign = CURRENCY_SIGNS[s.toLowerCase()];
  if (sign) return ok(sign);
  if (/^[A-Za-z]{3}$/.test(s)) return ok(s.toUpperCase());
  return bad('not a currency code (use an ISO 4217 code, e.g. EUR, BGN, RUB)');
}

const SHIFT_NAMES: Record<string, Shift> = {
  morning: 'morning',
  утро: 'morning',
  утренняя: 'morning',
  сутрин: 'morning',
  сутрешна: 'morning',
  day: 'day',
  день: 'day',
  дневная: 'day',
  ден: 'day',
  дневна: 'day',
  evening: 'evening',
  вечер: 'evening',
  вечерняя: 'evening',
  вечерна: 'evening',
  night: 'night',
  ночь: 'night',
  ночная: 'night',
  нощ: 'night',
  нощна: 'night',
};

/** A shift by its name in en, ru or bg. */
export function parseShift(raw: string): Parsed<Shift> {
  const shift = SHIFT_NAMES[raw.trim().toLowerCase()];
  return shift ? ok(shift) : bad('not a shift (use morning, day, evening or night)');
}

/** The instant at which the clocks of `timeZone` show this wall-clock time. */
export const zonedTime = (
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  timeZone: string,
): Date => zonedToInstant({ year, month, day, hour, minute, second }, timeZone);

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;
const DMY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * ISO 8601 with an offset is taken as written; `YYYY-MM-DD[ HH:mm[:ss]]` and
 * `DD.MM.YYYY[ HH:mm[:ss]]` are wall-clock times in `timeZone`.
 */
export function parseDateTime(raw: string, timeZone: string): Parsed<Date> {
  const s = raw.trim();
  if (ISO_WITH_OFFSET.test(s)) {
    const d = new Date(s.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    return Number.isNaN(d.getTime()) ? bad('not a date') : ok(d);
  }
  let parts: (string | undefined)[] | null = null;
  const ymd = YMD.exec(s);
  if (ymd) parts = [ymd[1], ymd[2], ymd[3], ymd[4], ymd[5], ymd[6]];
  const dmy = DMY.exec(s);
  if (dmy) parts = [dmy[3], dmy[2], dmy[1], dmy[4], dmy[5], dmy[6]];
  if (!parts) return bad('not a date (use 2026-01-31 14:05, 31.01.2026 14:05 or ISO 8601)');
  const [y, mo, d, h, mi, sec] = parts.map((p) => Number(p ?? 0)) as [number, number, number, number, number, number];
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth || h > 23 || mi > 59 || sec > 59 || y < 1900 || y > 2200)
    return bad('not a valid date');
  return ok(zonedTime(y, mo, d, h, mi, sec, timeZone));
}

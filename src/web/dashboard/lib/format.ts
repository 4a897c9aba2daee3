import type { Language } from '../../../shared/domain.ts';

const LOCALES: Record<Language, string> = { en: 'en-GB', ru: 'ru-RU', bg: 'bg-BG' };

export function formatDateTime(iso: string, language: Language, timeZone?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(d);
  } catch {
    return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeStyle: 'short' }).format(d);
  }
}

export function formatMoney(amount: number | null, currency: string | null, language: Language): string {
  if (amount === null) return '—';
  try {
    return currency
      ? new Intl.NumberFormat(LOCALES[language], { style: 'currency', currency }).format(amount)
      : new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 2 }).format(amount);
  } catch {
    return `${amount} ${currency ?? ''}`.trim();
  }
}

/** A local calendar date (yyyy-mm-dd from a date input) as the ISO instant of its midnight. */
export function startOfLocalDay(date: string, addDays = 0): string | undefined {
  if (!date) return undefined;
  const d = new Date(`${date}T00:00:00`);
  if (Number.isNaN(d.getTime())) return undefined;
  d.setDate(d.getDate() + addDays);
  return d.toISOString();
}

export function timeZones(): string[] {
  try {
    return ['UTC', ...Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC')];
  } catch {
    return ['UTC'];
  }
}

export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "in 3 hours", "2 days ago": the largest whole unit (under a minute counts as minutes). */
export function formatRelative(iso: string, language: Language, now = Date.now()): string {
  const diff = new Date(iso).getTime() - now;
  if (Number.isNaN(diff)) return iso;
  const rtf = new Intl.RelativeTimeFormat(LOCALES[language], { numeric: 'auto' });
  for (const [unit, ms] of RELATIVE_UNITS)
    if (Math.abs(diff) >= ms || unit === 'minute') return rtf.format(Math.trunc(diff / ms), unit);
  return rtf.format(0, 'minute');
}

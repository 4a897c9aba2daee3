import { parseRule, type Rule } from '../../../modules/standards/standards.contract.ts';
import type { Translate } from '../lib/i18n.tsx';

/** Short weekday names in the reader's language, Monday first (2024-01-01 was a Monday). */
export const weekdayNames = (language: string) =>
  [1, 2, 3, 4, 5, 6, 7].map((d) =>
    new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, d))),
  );

export const formatDay = (language: string, day: string) =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

/** A schedule's recurrence rule as a sentence: "Every 2 weeks on Mon, Thu · from 5 Jan 2026 · until …". */
export function ruleInWords(t: Translate, language: string, rrule: string, startsOn: string): string {
  const rule = parseRule(rrule);
  if (typeof rule === 'string') return rrule;
  const parts = [describe(t, language, rule, startsOn), t('sched.from', { date: formatDay(language, startsOn) })];
  if (rule.until) parts.push(t('sched.until', { date: formatDay(language, rule.until) }));
  if (rule.count !== null) parts.push(t('sched.times', { n: rule.count }));
  return parts.join(' · ');
}

function describe(t: Translate, language: string, rule: Rule, startsOn: string): string {
  if (rule.freq === 'WEEKLY') {
    const names = weekdayNames(language);
    // No BYDAY: the weekday of the first date, as the server counts it.
    const days = rule.byDay.length ? rule.byDay : [((new Date(`${startsOn}T00:00:00Z`).getUTCDay() + 6) % 7) + 1];
    return `${t('sched.everyWeek', { n: rule.interval })} ${t('sched.onDays', { days: days.map((d) => names[d - 1]).join(', ') })}`;
  }
  const monthDays = rule.byMonthDay.length ? rule.byMonthDay : [Number(startsOn.slice(8, 10))];
  const plain = monthDays.filter((d) => d > 0);
  const on = [
    plain.length ? t('sched.onMonthDays', { days: plain.join(', ') }) : null,
    monthDays.includes(-1) ? t('sched.onLastDay') : null,
  ].filter(Boolean);
  return `${t('sched.everyMonth', { n: rule.interval })} ${on.join(', ')}`;
}

/** The form's fields back to a rule the server accepts. */
export function ruleText(
  v: { freq: Rule['freq']; interval: number; byDay: number[]; monthDays: string },
  kept?: Pick<Rule, 'count' | 'until'>,
): string {
  const parts = [`FREQ=${v.freq}`];
  if (v.interval > 1) parts.push(`INTERVAL=${v.interval}`);
  const codes = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
  if (v.freq === 'WEEKLY' && v.byDay.length)
    parts.push(
      `BYDAY=${[...v.byDay]
        .sort()
        .map((d) => codes[d - 1])
        .join(',')}`,
    );
  const days = v.monthDays
    .split(/[\s,;]+/)
    .map((d) => d.replace('−', '-'))
    .filter(Boolean);
  if (v.freq === 'MONTHLY' && days.length) parts.push(`BYMONTHDAY=${days.join(',')}`);
  // An end the form does not edit (COUNT, UNTIL, written through the API) is kept.
  if (kept?.count) parts.push(`COUNT=${kept.count}`);
  if (kept?.until) parts.push(`UNTIL=${kept.until.replaceAll('-', '')}`);
  return parts.join(';');
}

/**
 * The part of RFC 5545 RRULE an audit schedule needs: FREQ=WEEKLY (BYDAY, INTERVAL) and
 * FREQ=MONTHLY (BYMONTHDAY, INTERVAL), with COUNT or UNTIL. Dates are local calendar days.
 */
export type Rule = {
  freq: 'WEEKLY' | 'MONTHLY';
  interval: number;
  byDay: number[]; // ISO weekdays 1 (Mon) … 7 (Sun)
  byMonthDay: number[]; // 1 … 31, or -1 for the last day
  count: number | null;
  until: string | null; // YYYY-MM-DD inclusive
};

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

export function parseRule(text: string): Rule | string {
  const parts = new Map<string, string>();
  for (const part of text
    .trim()
    .replace(/^RRULE:/i, '')
    .split(';')) {
    const [k, v] = part.split('=');
    if (!k || v === undefined || v === '') return `Cannot read "${part}"`;
    parts.set(k.toUpperCase(), v.toUpperCase());
  }
  const freq = parts.get('FREQ');
  if (freq !== 'WEEKLY' && freq !== 'MONTHLY') return 'FREQ must be WEEKLY or MONTHLY';
  for (const k of parts.keys())
    if (!['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'COUNT', 'UNTIL'].includes(k)) return `${k} is not supported`;
  const interval = Number(parts.get('INTERVAL') ?? '1');
  if (!Number.isInteger(interval) || interval < 1 || interval > 52) return 'INTERVAL must be 1–52';
  const byDay: number[] = [];
  for (const d of (parts.get('BYDAY') ?? '').split(',').filter(Boolean)) {
    const i = DAYS.indexOf(d);
    if (i < 0) return `BYDAY "${d}" is not a weekday (MO…SU)`;
    byDay.push(i + 1);
  }
  const byMonthDay: number[] = [];
  for (const d of (parts.get('BYMONTHDAY') ?? '').split(',').filter(Boolean)) {
    const n = Number(d);
    if (!Number.isInteger(n) || n === 0 || n < -1 || n > 31) return `BYMONTHDAY "${d}" must be 1–31 or -1`;
    byMonthDay.push(n);
  }
  if (freq === 'WEEKLY' && byMonthDay.length) return 'BYMONTHDAY goes with FREQ=MONTHLY';
  if (freq === 'MONTHLY' && byDay.length) return 'BYDAY goes with FREQ=WEEKLY';
  const countText = parts.get('COUNT');
  const count = countText === undefined ? null : Number(countText);
  if (count !== null && (!Number.isInteger(count) || count < 1)) return 'COUNT must be a positive whole number';
  const untilText = parts.get('UNTIL');
  let until: string | null = null;
  if (untilText !== undefined) {
    const m = /^(\d{4})(\d{2})(\d{2})/.exec(untilText);
    if (!m) return 'UNTIL must be a date like 20261231';
    until = `${m[1]}-${m[2]}-${m[3]}`;
  }
  return { freq, interval, byDay, byMonthDay, count, until };
}

const toDate = (s: string) => new Date(`${s}T00:00:00Z`);
const fmt = (d: Date) => d.toISOString().slice(0, 10);
const isoWeekday = (d: Date) => ((d.getUTCDay() + 6) % 7) + 1;
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m + 1, 0)).getUTCDate();

/** Occurrences on or after `from` (the rule starts at `start`), at most `limit` of them. */
export function occurrences(rule: Rule, start: string, from: string, limit: number): string[] {
  const out: string[] = [];
  let seen = 0;
  const s = toDate(start);
  const emit = (d: Date): boolean => {
    const day = fmt(d);
    if (day < start) return true;
    if (rule.until && day > rule.until) return false;
    seen++;
    if (rule.count !== null && seen > rule.count) return false;
    if (day >= from) out.push(day);
    return out.length < limit;
  };
  if (rule.freq === 'WEEKLY') {
    const days = rule.byDay.length ? [...rule.byDay].sort() : [isoWeekday(s)];
    const monday = new Date(s.getTime() - (isoWeekday(s) - 1) * 86_400_000);
    for (let week = 0; week < 5_000; week += rule.interval) {
      for (const wd of days) {
        const d = new Date(monday.getTime() + (week * 7 + wd - 1) * 86_400_000);
        if (!emit(d)) return out;
      }
    }
    return out;
  }
  const monthDays = rule.byMonthDay.length ? rule.byMonthDay : [s.getUTCDate()];
  for (let i = 0; i < 1_200; i += rule.interval) {
    const y = s.getUTCFullYear() + Math.floor((s.getUTCMonth() + i) / 12);
    const m = (s.getUTCMonth() + i) % 12;
    const dim = daysInMonth(y, m);
    // A day the month does not have (the 31st in April) is skipped, as RFC 5545 says.
    const days = [...new Set(monthDays.map((d) => (d === -1 ? dim : d)).filter((d) => d <= dim))].sort((a, b) => a - b);
    for (const d of days) if (!emit(new Date(Date.UTC(y, m, d)))) return out;
  }
  return out;
}

/** How far back the latest occurrence can lie: one whole period of the rule, and a little more. */
const periodDays = (rule: Rule) => (rule.freq === 'WEEKLY' ? 7 : 31) * rule.interval + 1;

/**
 * The occurrence whose period holds `today` (the latest on or before it) and the next one, which
 * ends that period; null before the first occurrence or after the last.
 */
export function currentPeriod(rule: Rule, start: string, today: string): { on: string; next: string | null } | null {
  const from = fmt(new Date(toDate(today).getTime() - periodDays(rule) * 86_400_000));
  const dates = occurrences(rule, start, from < start ? start : from, 500);
  const i = dates.findIndex((d) => d > today);
  const on = i === -1 ? dates.at(-1) : i > 0 ? dates[i - 1] : undefined;
  if (!on) return null;
  const next = i === -1 ? null : dates[i]!;
  // After the last occurrence (COUNT/UNTIL) the schedule is over once that period would have ended.
  if (next === null && today > fmt(new Date(toDate(on).getTime() + periodDays(rule) * 86_400_000))) return null;
  return { on, next };
}

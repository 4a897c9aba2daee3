/** Period presets as the organisation's calendar days: `from` inclusive, `to` exclusive (as the metrics API takes them). */
export const PRESETS = ['7d', '30d', '90d', 'month', 'quarter', 'year', 'custom'] as const;
export type Preset = (typeof PRESETS)[number];

/** Today's date (yyyy-mm-dd) in a time zone. */
export function todayIn(timeZone: string, now = new Date()): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
      now,
    );
  } catch {
    return now.toISOString().slice(0, 10);
  }
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The days a preset covers, up to and including today; custom takes the inclusive last day the user picked. */
export function periodRange(
  preset: Preset,
  today: string,
  custom: { from?: string; to?: string } = {},
): { from?: string; to?: string } {
  const tomorrow = addDays(today, 1);
  const [y, m] = today.split('-').map(Number) as [number, number];
  const pad = (n: number) => String(n).padStart(2, '0');
  switch (preset) {
    case '7d':
      return { from: addDays(today, -6), to: tomorrow };
    case '30d':
      return { from: addDays(today, -29), to: tomorrow };
    case '90d':
      return { from: addDays(today, -89), to: tomorrow };
    case 'month':
      return { from: `${y}-${pad(m)}-01`, to: tomorrow };
    case 'quarter':
      return { from: `${y}-${pad(Math.floor((m - 1) / 3) * 3 + 1)}-01`, to: tomorrow };
    case 'year':
      return { from: `${y}-01-01`, to: tomorrow };
    case 'custom':
      return { from: custom.from || undefined, to: custom.to ? addDays(custom.to, 1) : undefined };
  }
}

/** The equally long period just before (what the summary's `previous` covers). */
export function previousRange(from: string, to: string): { from: string; to: string } {
  const days = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
  return { from: addDays(from, -days), to: from };
}

/** The instant a calendar day starts in a time zone (for endpoints that take date-times). */
export function startOfDayIn(date: string, timeZone: string): string {
  const guess = Date.parse(`${date}T00:00:00Z`);
  try {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      })
        .formatToParts(new Date(guess))
        .map((p) => [p.type, p.value]),
    );
    const asLocal = Date.UTC(
      Number(parts.year),
      Number(parts.month) - 1,
      Number(parts.day),
      Number(parts.hour),
      Number(parts.minute),
      Number(parts.second),
    );
    return new Date(guess - (asLocal - guess)).toISOString();
  } catch {
    return new Date(guess).toISOString();
  }
}

/** The instant the organisation's today ends (the next day's start), wherever the browser is. */
export const endOfDayIn = (timeZone: string, now = new Date()): string =>
  startOfDayIn(addDays(todayIn(timeZone, now), 1), timeZone);

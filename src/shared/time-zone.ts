/**
 * Wall-clock time in IANA time zones with nothing but Intl: what a business's clock shows at an
 * instant, and the instant its clock shows a given time. One implementation for due times,
 * invitation quiet hours, CSV dates, metric days and the demo.
 */
export type WallTime = { year: number; month: number; day: number; hour: number; minute: number; second: number };

const HOUR = 3_600_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock time in `timeZone` at an instant. */
export function wallTime(at: Date, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(at)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  };
}

// Offsets change only at DST switches: caching per zone and hour saves a formatter call per CSV row.
const offsetCache = new Map<string, number>();

/** How far the zone's clock is ahead of UTC at an instant, in ms. */
export function offsetAt(ms: number, timeZone: string): number {
  const key = `${timeZone}|${Math.floor(ms / HOUR)}`;
  let v = offsetCache.get(key);
  if (v === undefined) {
    const w = wallTime(new Date(ms), timeZone);
    v = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(ms / 1000) * 1000;
    if (offsetCache.size > 50_000) offsetCache.clear();
    offsetCache.set(key, v);
  }
  return v;
}

/**
 * The instant the zone's clock shows this time. Around a DST change a time may happen twice (the
 * earlier is taken) or never (moved forward by the gap: 02:30 in a 02:00→03:00 spring-forward
 * becomes 03:30).
 */
export function zonedToInstant(w: Omit<WallTime, 'second'> & { second?: number }, timeZone: string): Date {
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second ?? 0);
  // The offsets half a day either side bracket any single transition near this time.
  const candidates = [offsetAt(asUtc - 12 * HOUR, timeZone), offsetAt(asUtc + 12 * HOUR, timeZone)].map(
    (o) => asUtc - o,
  );
  const matches = candidates.filter((t) => {
    const got = wallTime(new Date(t), timeZone);
    return (
      got.year === w.year &&
      got.month === w.month &&
      got.day === w.day &&
      got.hour === w.hour &&
      got.minute === w.minute
    );
  });
  return new Date(matches.length ? Math.min(...matches) : Math.max(...candidates));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The zone's calendar date at an instant, as YYYY-MM-DD. */
export function localDate(at: Date, timeZone: string): string {
  const w = wallTime(at, timeZone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

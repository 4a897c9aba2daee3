#!/usr/bin/env node
// Flake hunt (not part of `npm test`): runs the test suite several times, each under another fixed
// clock and process time zone, and stops at the first red run.
//
//   node scripts/flake-hunt.mjs                          # the whole suite under each clock below
//   node scripts/flake-hunt.mjs --runs 3 --project unit --project integration
//   node scripts/flake-hunt.mjs --runs 1 --start 2 e2e/cases.e2e.test.ts   # replay clock #3
//
// The clock is shifted for the whole process tree with libfaketime (Debian: apt-get install faketime):
// vitest and its workers, the embedded PostgreSQL and the `zabota` processes the tests spawn all read
// the same shifted time. Faking only JavaScript's Date would let the app's clock and PostgreSQL's now()
// disagree by days, which no deployment does, and hunt flakes that cannot happen. Chromium starts too
// slowly under libfaketime: e2e/support/browser-app.ts launches it on the real clock and, seeing
// ZABOTA_TEST_NOW, gives each page's scripts the shifted time (the browser's cookie clock stays real).
// Monotonic clocks are left alone, so timers and timeouts run as usual.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** The zone's wall clock at an instant, read as if it were UTC (so the difference is the zone's offset). */
function wallAsUtc(ms, timeZone) {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
      .formatToParts(ms)
      .map((x) => [x.type, Number(x.value)]),
  );
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
}

/** The first instant after `from` (and `test`, if given, holds) when the zone's clock shows hour:minute. */
function nextLocal(from, timeZone, hour, minute, test = () => true) {
  for (let day = Math.floor(from / DAY) * DAY; ; day += DAY) {
    const naive = day + hour * HOUR + minute * 60_000;
    const at = naive - (wallAsUtc(naive, timeZone) - naive);
    if (at > from && test(new Date(wallAsUtc(at, timeZone)))) return at;
  }
}

/** The first instant after `from` whose day in UTC is a last Sunday of `month` (1-12), at hour:minute UTC: EU clock changes. */
function nextLastSunday(from, month, hour, minute) {
  const isLastSunday = (d) => d.getUTCMonth() === month - 1 && d.getUTCDay() === 0 && d.getUTCDate() > 24;
  return nextLocal(from, 'UTC', hour, minute, isLastSunday);
}

/**
 * Each run: the instant the clock reads when the run starts, and the process time zone. The clocks
 * are the next such moments after the real time, never past ones: Playwright (on the shifted clock)
 * hands cookies' expiry to Chromium (on the real clock), so a clock weeks behind would expire them.
 */
const CLOCKS = [
  {
    tz: 'UTC',
    why: 'Monday 03:40 UTC, before opening hours in Sofia',
    at: (t) => nextLocal(t, 'UTC', 3, 40, (d) => d.getUTCDay() === 1),
  },
  {
    tz: 'Europe/Sofia',
    why: '23:30 in Sofia, half an hour before midnight',
    at: (t) => nextLocal(t, 'Europe/Sofia', 23, 30),
  },
  {
    tz: 'America/Los_Angeles',
    why: 'the day Sofia falls back, an hour before (01:00 UTC)',
    at: (t) => nextLastSunday(t, 10, 0, 0),
  },
  {
    tz: 'America/Los_Angeles',
    why: 'Friday 18:30 in Sofia, after closing before a weekend',
    at: (t) => nextLocal(t, 'Europe/Sofia', 18, 30, (d) => d.getUTCDay() === 5),
  },
  {
    tz: 'Europe/Sofia',
    why: '00:30 on New Year’s Day in Sofia: a new day, month and year',
    at: (t) => nextLocal(t, 'Europe/Sofia', 0, 30, (d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1),
  },
  {
    tz: 'UTC',
    why: 'the day Sofia springs forward, half an hour before (01:00 UTC)',
    at: (t) => nextLastSunday(t, 3, 0, 30),
  },
];

const LIBFAKETIME = [
  '/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1',
  '/usr/lib/aarch64-linux-gnu/faketime/libfaketimeMT.so.1',
  '/usr/lib/faketime/libfaketimeMT.so.1',
].find((p) => fs.existsSync(p));

function parseArgs(argv) {
  const opts = { runs: CLOCKS.length, start: 0, projects: [], rest: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') opts.runs = Number(argv[++i]);
    else if (argv[i] === '--start') opts.start = Number(argv[++i]);
    else if (argv[i] === '--project') opts.projects.push(argv[++i]);
    else opts.rest.push(argv[i]);
  }
  if (!Number.isInteger(opts.runs) || opts.runs < 1) throw new Error('--runs takes a whole number ≥ 1');
  if (!Number.isInteger(opts.start) || opts.start < 0) throw new Error('--start takes a clock number ≥ 0');
  return opts;
}

const opts = parseArgs(process.argv.slice(2));
if (!LIBFAKETIME) {
  console.error('libfaketime is not installed (Debian/Ubuntu: apt-get install faketime).');
  process.exit(2);
}
const vitestArgs = ['vitest', 'run', ...opts.projects.flatMap((p) => ['--project', p]), ...opts.rest];

/** libfaketime's semaphores of processes that died without cleaning up: a new process given the same pid would fail on them. */
function removeStaleClocks() {
  const alive = (pid) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch (e) {
      return e.code === 'EPERM';
    }
  };
  for (const name of fs.existsSync('/dev/shm') ? fs.readdirSync('/dev/shm') : []) {
    const m = /^(?:faketime_shm_|sem\.faketime_sem_)(\d+)$/.exec(name);
    if (m && !alive(Number(m[1]))) fs.rmSync(`/dev/shm/${name}`, { force: true });
  }
}

for (let run = 0; run < opts.runs; run++) {
  removeStaleClocks();
  const clock = CLOCKS[(opts.start + run) % CLOCKS.length];
  const now = new Date(clock.at(Date.now())).toISOString();
  // A relative offset, so that every process started later in the run agrees on the time.
  const offset = Math.round((Date.parse(now) - Date.now()) / 1000);
  const env = {
    ...process.env,
    TZ: clock.tz,
    LD_PRELOAD: [LIBFAKETIME, process.env.LD_PRELOAD].filter(Boolean).join(' '),
    FAKETIME: `${offset >= 0 ? '+' : ''}${offset}`,
    FAKETIME_DONT_FAKE_MONOTONIC: '1',
    NODE_OPTIONS: [
      `--require "${fileURLToPath(new URL('./flake-hunt-own-clock.cjs', import.meta.url))}"`,
      process.env.NODE_OPTIONS,
    ]
      .filter(Boolean)
      .join(' '),
    ZABOTA_TEST_NOW: now,
  };
  // Another server's clock cannot be shifted: the hunt always uses the embedded PostgreSQL.
  delete env.TEST_DATABASE_URL;
  console.log(`\n=== flake hunt run ${run + 1}/${opts.runs}: ${now}, TZ=${clock.tz} (${clock.why})`);
  const started = Date.now();
  const r = spawnSync('npx', vitestArgs, { stdio: 'inherit', env });
  const secs = Math.round((Date.now() - started) / 1000);
  if (r.status !== 0) {
    console.error(`\n=== run ${run + 1} failed after ${secs} s under ${now}, TZ=${clock.tz}.`);
    const which = (opts.start + run) % CLOCKS.length;
    console.error(`Replay: node scripts/flake-hunt.mjs --runs 1 --start ${which} ${vitestArgs.slice(2).join(' ')}`);
    process.exit(r.status ?? 1);
  }
  console.log(`=== run ${run + 1} passed in ${secs} s`);
}
console.log(`\nFlake hunt: ${opts.runs} runs passed.`);

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

/** Each run: an instant the clock reads when the run starts, and the process time zone. */
const CLOCKS = [
  { now: '2026-12-07T03:40:00Z', tz: 'UTC', why: 'Monday 03:40 UTC, before opening hours in Sofia' },
  { now: '2026-12-10T21:30:00Z', tz: 'Europe/Sofia', why: '23:30 local in Sofia, half an hour before midnight' },
  { now: '2026-10-25T00:30:00Z', tz: 'America/Los_Angeles', why: 'the day Sofia falls back (an hour repeats)' },
  {
    now: '2026-12-11T16:30:00Z',
    tz: 'America/Los_Angeles',
    why: 'Friday 18:30 in Sofia, after closing before a weekend',
  },
  {
    now: '2026-12-31T22:30:00Z',
    tz: 'Europe/Sofia',
    why: '00:30 on New Year’s Day in Sofia: a new day, month and year',
  },
  { now: '2027-03-28T00:30:00Z', tz: 'UTC', why: 'the day Sofia springs forward (an hour is skipped)' },
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

for (let run = 0; run < opts.runs; run++) {
  const clock = CLOCKS[(opts.start + run) % CLOCKS.length];
  // A relative offset, so that every process started later in the run agrees on the time.
  const offset = Math.round((Date.parse(clock.now) - Date.now()) / 1000);
  const env = {
    ...process.env,
    TZ: clock.tz,
    LD_PRELOAD: [LIBFAKETIME, process.env.LD_PRELOAD].filter(Boolean).join(' '),
    FAKETIME: `${offset >= 0 ? '+' : ''}${offset}`,
    FAKETIME_DONT_FAKE_MONOTONIC: '1',
    ZABOTA_TEST_NOW: clock.now,
  };
  // Another server's clock cannot be shifted: the hunt always uses the embedded PostgreSQL.
  delete env.TEST_DATABASE_URL;
  console.log(`\n=== flake hunt run ${run + 1}/${opts.runs}: ${clock.now}, TZ=${clock.tz} (${clock.why})`);
  const started = Date.now();
  const r = spawnSync('npx', vitestArgs, { stdio: 'inherit', env });
  const secs = Math.round((Date.now() - started) / 1000);
  if (r.status !== 0) {
    console.error(`\n=== run ${run + 1} failed after ${secs} s under ${clock.now}, TZ=${clock.tz}.`);
    const which = (opts.start + run) % CLOCKS.length;
    console.error(`Replay: node scripts/flake-hunt.mjs --runs 1 --start ${which} ${vitestArgs.slice(2).join(' ')}`);
    process.exit(r.status ?? 1);
  }
  console.log(`=== run ${run + 1} passed in ${secs} s`);
}
console.log(`\nFlake hunt: ${opts.runs} runs passed.`);

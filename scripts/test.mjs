#!/usr/bin/env node
// `npm test`: formatting, lint and type check, then unit, integration and end-to-end suites in one vitest run.
import { spawnSync } from 'node:child_process';

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run('npx', ['prettier', '--check', '--log-level', 'warn', '.']);
run('npx', ['eslint', '--max-warnings', '0', '.']);
run('npx', ['tsc', '--noEmit']);
run('npx', ['vitest', 'run', ...process.argv.slice(2)]);

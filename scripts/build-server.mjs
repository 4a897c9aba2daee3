#!/usr/bin/env node
// `npm run build:server`: the server as plain JavaScript in dist/app (no tsx at run time), laid out
// like the repository (src/, migrations/, dist/web/) so the paths the code resolves from its own
// location hold. Type checking is `npm test`'s job; this only emits.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

// --out: another folder inside the repository (tests; node_modules is found by walking up).
const { values: args } = parseArgs({
  options: { out: { type: 'string', default: 'dist/app' }, 'without-web': { type: 'boolean' } },
});
const root = path.resolve(import.meta.dirname, '..');
const out = path.resolve(root, args.out);
fs.rmSync(out, { recursive: true, force: true });
const tsc = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', out],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

// Files the server reads beside its code (the sentiment model's weights), the migrations, and the
// dashboard when it has been built (npm run build:web).
const assets = (dir) =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return p === path.join(root, 'src/web') ? [] : assets(p);
    return p.endsWith('.ts') ? [] : [p];
  });
for (const file of assets(path.join(root, 'src')))
  fs.cpSync(file, path.join(out, path.relative(root, file)), { recursive: true });
fs.cpSync(path.join(root, 'migrations'), path.join(out, 'migrations'), { recursive: true });
if (!args['without-web'] && fs.existsSync(path.join(root, 'dist/web/index.html')))
  fs.cpSync(path.join(root, 'dist/web'), path.join(out, 'dist/web'), { recursive: true });
console.log(`Server built in ${path.relative(root, out)}: node ${path.relative(root, out)}/src/cli/main.js start`);

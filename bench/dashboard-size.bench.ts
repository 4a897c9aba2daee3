/**
 * What the dashboard costs to download: builds it (the shipped production build) into a throwaway
 * folder and reads Vite's manifest. The app shell is index.html's entry with every chunk it imports
 * statically (what the first visit downloads); each lazily loaded page adds its own chunks. Sizes are
 * the brotli and gzip copies the server sends (src/web/precompress.ts) and the raw files.
 * Usage: npx tsx bench/dashboard-size.bench.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

type Chunk = {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
};

const CONFIG = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/web/vite.config.ts');
const BUDGET = 250 * 1024;

async function main() {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zabota-bench-web-'));
  process.env.NODE_ENV = 'production';
  try {
    const { build } = await import('vite');
    await build({
      configFile: CONFIG,
      mode: 'production',
      logLevel: 'error',
      build: { outDir, emptyOutDir: true, manifest: true },
    });
    const manifest = JSON.parse(fs.readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Record<
      string,
      Chunk
    >;
    const size = (file: string, ext: '' | '.gz' | '.br') => {
      const p = path.join(outDir, file + ext);
      return fs.existsSync(p) ? fs.statSync(p).size : fs.statSync(path.join(outDir, file)).size; // small files are sent as they are
    };
    // A chunk's JavaScript with everything it imports statically (what loading it downloads).
    const closure = (key: string, seen = new Set<string>()): Set<string> => {
      if (seen.has(key)) return seen;
      seen.add(key);
      for (const i of manifest[key]!.imports ?? []) closure(i, seen);
      return seen;
    };
    const total = (keys: Iterable<string>) => {
      const t = { raw: 0, gz: 0, br: 0 };
      for (const k of keys) {
        const f = manifest[k]!.file;
        t.raw += size(f, '');
        t.gz += size(f, '.gz');
        t.br += size(f, '.br');
      }
      return t;
    };
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    const line = (label: string, t: { raw: number; gz: number; br: number }, extra = '') =>
      console.log(
        `${label.padEnd(44)}${kb(t.raw).padStart(11)}${kb(t.gz).padStart(11)}${kb(t.br).padStart(11)}${extra}`,
      );

    const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
    const shell = closure(entry);
    console.log(`${'JavaScript'.padEnd(44)}${'raw'.padStart(11)}${'gzip'.padStart(11)}${'brotli'.padStart(11)}`);
    const shellSize = total(shell);
    line(
      'app shell (first load: entry + static imports)',
      shellSize,
      `   budget 250 KB gzip: ${shellSize.gz < BUDGET ? 'yes' : 'NO'}`,
    );
    const pages = Object.keys(manifest)
      .filter((k) => manifest[k]!.isDynamicEntry)
      .map((k) => ({ k, extra: total([...closure(k)].filter((c) => !shell.has(c))) }))
      .sort((a, b) => b.extra.gz - a.extra.gz);
    for (const p of pages) line(`  + ${p.k.replace(/^.*dashboard\//, '')}`, p.extra);
    line('everything', total(Object.keys(manifest)));
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

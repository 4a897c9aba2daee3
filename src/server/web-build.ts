import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const WEB_SRC = path.join(ROOT, 'src/web');
const SHARED_SRC = path.join(ROOT, 'src/shared');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** `npm start` on a fresh clone builds the dashboard once; later starts rebuild only after a change. */
export async function ensureWebBuilt(outDir: string, say: (m: string) => void): Promise<void> {
  const index = path.join(outDir, 'index.html');
  if (!fs.existsSync(path.join(WEB_SRC, 'vite.config.ts'))) return;
  const built = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0;
  if (built > Math.max(newestMtime(WEB_SRC), newestMtime(SHARED_SRC))) return;
  say('Building the dashboard (first start or sources changed)…');
  const { build } = await import('vite');
  await build({ configFile: path.join(WEB_SRC, 'vite.config.ts'), logLevel: 'warn' });
}

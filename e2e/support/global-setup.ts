import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { resolveChromium, type ChromiumInstall } from './chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The dashboard built for this run (index.html and assets). */
    webDir: string;
    chromium: ChromiumInstall;
  }
}

const CONFIG = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/web/vite.config.ts');
let outDir: string | undefined;

/** Builds the dashboard from the current sources into a throwaway folder, so dist/web is left alone. */
export async function setup(project: TestProject): Promise<void> {
  project.provide('chromium', await resolveChromium());
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zabota-e2e-web-'));
  const { build } = await import('vite');
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build: test what ships.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: CONFIG, mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  if (!fs.existsSync(path.join(outDir, 'index.html')))
    throw new Error(`The dashboard build produced no index.html in ${outDir}`);
  project.provide('webDir', outDir);
}

export async function teardown(): Promise<void> {
  if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
}

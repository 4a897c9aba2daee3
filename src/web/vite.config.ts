import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './precompress.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The dashboard build. Paths are absolute so that `vite build --config src/web/vite.config.ts`, the
 * server's build-on-start (src/server/web-build.ts) and the e2e setup all agree wherever they run from.
 */
export default defineConfig({
  root: path.join(here, 'dashboard'),
  base: '/',
  plugins: [react(), precompress()],
  build: {
    outDir: path.resolve(here, '../../dist/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 400,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});

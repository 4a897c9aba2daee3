import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/test-app.ts';

/** The dashboard's shell, its assets and its single-page fallbacks all carry the same policy. */
let t: TestApp;
let webDir: string;
beforeAll(async () => {
  webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zabota-web-'));
  fs.mkdirSync(path.join(webDir, 'assets'));
  fs.writeFileSync(
    path.join(webDir, 'index.html'),
    '<!doctype html><script type="module" src="/assets/a.js"></script>',
  );
  fs.writeFileSync(path.join(webDir, 'assets', 'a.js'), 'console.log(1)');
  t = await createTestApp({ webDir });
});
afterAll(async () => {
  await t.close();
  fs.rmSync(webDir, { recursive: true, force: true });
});

describe('dashboard security headers', () => {
  it.each(['/', '/cases/123', '/assets/a.js', '/index.html'])(
    '%s has CSP, nosniff and a referrer policy',
    async (url) => {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(200);
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('same-origin');
    },
  );

  it('leaves the API and the respondent page their own headers', async () => {
    const api = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(api.headers['content-security-policy']).toBeUndefined();
  });
});

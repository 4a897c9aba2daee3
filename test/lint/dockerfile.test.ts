import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * No container engine runs in CI, so scripts/build-image.sh runs the Dockerfile's steps on the
 * machine; this keeps them the same commands, and the image's promises (non-root, health check).
 */
const root = path.resolve(import.meta.dirname, '../..');
const dockerfile = fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8');
const script = fs.readFileSync(path.join(root, 'scripts/build-image.sh'), 'utf8');

describe('Dockerfile and scripts/build-image.sh', () => {
  it('run the same commands', () => {
    const runs = [...dockerfile.matchAll(/^RUN (.+)$/gm)].map((m) => m[1]!.trim());
    expect(runs.length).toBeGreaterThanOrEqual(3);
    const lines = new Set(script.split('\n').map((l) => l.trim()));
    // The final stage's own RUN (making /data) is the one step the script does its own way.
    for (const run of runs.filter((r) => !r.startsWith('mkdir -p /data'))) expect(lines, run).toContain(run);
  });

  it('builds compiled JavaScript, runs as a non-root user and checks its health', () => {
    const final = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    expect(final).toMatch(/^USER node$/m);
    expect(final).toMatch(/^HEALTHCHECK /m);
    expect(final).toMatch(/^CMD \["node", "src\/cli\/main\.js", "start"\]$/m);
    expect(final).not.toMatch(/tsx/);
  });
});

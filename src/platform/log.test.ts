import { PassThrough } from 'node:stream';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createLogger, QuietRequests, textLine } from './log.ts';

function capture() {
  const out = new PassThrough();
  const lines: string[] = [];
  out.on('data', (d: Buffer) => lines.push(...d.toString().split('\n').filter(Boolean)));
  return { out, lines };
}

async function serve(level: 'info' | 'debug', format: 'text' | 'json') {
  const { out, lines } = capture();
  const loggerInstance: FastifyBaseLogger = createLogger({ logLevel: level, logFormat: format }, out);
  const app = Fastify({ loggerInstance, logController: new QuietRequests() });
  app.get('/ok', async () => ({ ok: true }));
  app.get('/boom', async () => {
    throw new Error('kaput');
  });
  return { app, lines };
}

describe('the server log', () => {
  it('keeps requests out of the info log, and names each one in a single debug line', async () => {
    const info = await serve('info', 'json');
    await info.app.inject({ url: '/ok' });
    await info.app.inject({ url: '/missing' });
    expect(info.lines).toEqual([]);

    const debug = await serve('debug', 'text');
    await debug.app.inject({ url: '/ok' });
    expect(debug.lines).toHaveLength(1);
    expect(debug.lines[0]).toMatch(/^\d\d:\d\d:\d\d DEBUG GET \/ok 200 \d+ ms$/);
  });

  it('still logs a failing request at info, with the error', async () => {
    const { app, lines } = await serve('info', 'json');
    await app.inject({ url: '/boom' });
    expect(lines.length).toBeGreaterThan(0);
    expect(
      lines
        .map((l) => JSON.parse(l) as { level: number; err?: { message: string } })
        .some((e) => e.level >= 50 && e.err?.message === 'kaput'),
    ).toBe(true);
  });

  it('writes text for a person: time, the level unless info, the message and a stack', () => {
    const t = new Date(2026, 0, 2, 9, 5, 7).getTime();
    expect(textLine(JSON.stringify({ time: t, level: 30, msg: 'Zabota is running at http://localhost:3000/' }))).toBe(
      '09:05:07 Zabota is running at http://localhost:3000/\n',
    );
    expect(
      textLine(JSON.stringify({ time: t, level: 50, msg: 'rollups: down', err: { stack: 'Error: down\n  at x' } })),
    ).toBe('09:05:07 ERROR rollups: down\nError: down\n  at x\n');
  });

  it('writes JSON lines when asked', () => {
    const { out, lines } = capture();
    createLogger({ logLevel: 'info', logFormat: 'json' }, out).info('hello');
    return new Promise<void>((resolve) =>
      setImmediate(() => {
        expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ level: 30, msg: 'hello' });
        resolve();
      }),
    );
  });
});

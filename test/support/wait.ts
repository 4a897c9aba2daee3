import type { Running } from './spawn-zabota.ts';

/** Polls `fn` until it gives a value (not undefined), or fails naming what it waited for. */
export async function until<T>(
  what: string | (() => string),
  fn: () => Promise<T | undefined>,
  timeoutMs = 30_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${typeof what === 'string' ? what : what()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export type Json = Record<string, unknown> & { id: string };

/** A JSON call to the spawned server's API with an API key; `server` is read at call time (it restarts). */
export const apiOf =
  (server: () => Running | undefined) =>
  async (method: string, url: string, key: string, body?: unknown): Promise<{ status: number; json: Json }> => {
    const res = await fetch(`${server()!.url}/api/v1${url}`, {
      method,
      headers: { authorization: `Bearer ${key}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: res.status, json: (await res.json()) as Json };
  };

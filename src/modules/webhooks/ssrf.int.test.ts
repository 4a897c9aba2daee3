import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { RefusedTarget, type Resolve } from '../../platform/http/outbound.ts';
import { DEFAULT_TAXONOMY } from '../text/analyzer/taxonomy.ts';
import { classifyExternally } from '../text/external.ts';
import { attempt } from './delivery.ts';
import * as repo from './webhooks.repo.ts';

/** The targets the issue found accepted; the odd IPv4 spellings all mean 127.0.0.1. */
const LITERAL = [
  'https://169.254.169.254/latest/meta-data/',
  'https://10.0.0.5/',
  'https://192.168.1.1/',
  'https://[fd00::1]/',
  'https://[::1]/',
  'https://[::ffff:127.0.0.1]/',
  'https://0.0.0.0/',
  'https://localhost:5432/',
  'http://127.1/',
  'http://2130706433/',
  'http://0x7f000001/',
];
/** A resolver we control: a name that points at this machine. */
const resolve: Resolve = async (h) => (h === 'rebind.example' ? ['127.0.0.1'] : []);

let t: TestApp;
let org: Awaited<ReturnType<TestApp['newOrg']>>;
let server: http.Server;
let port: number;
let hits = 0;
const allowed = process.env.ZABOTA_WEBHOOK_ALLOW_PRIVATE;

beforeAll(async () => {
  delete process.env.ZABOTA_WEBHOOK_ALLOW_PRIVATE; // production's rule
  t = await createTestApp();
  org = await t.newOrg('Target');
  server = http.createServer((req, res) => {
    hits++;
    if (req.url?.startsWith('/moved')) return res.writeHead(302, { location: 'http://10.0.0.5/' }).end();
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        choices: [{ message: { content: '{"sentiment":"negative","score":-0.5,"emotion":"anger","topics":[]}' } }],
      }),
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  process.env.ZABOTA_WEBHOOK_ALLOW_PRIVATE = allowed;
  await t.close();
  await new Promise((r) => server.close(r));
});

describe('server-side request forgery', () => {
  it.each(LITERAL)('refuses a webhook to %s when it is saved', async (url) => {
    const res = await org.as.post('/api/v1/webhooks', { url, events: ['case.opened'] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.url).toBeTruthy();
  });

  it('refuses a name that resolves inside at delivery; the log says "refused", never a socket error', async () => {
    const hook = (
      await org.as.post('/api/v1/webhooks', { url: `https://rebind.example:${port}/`, events: ['case.opened'] })
    ).json();
    const record = (await repo.get(t.db, org.orgId, hook.id))!;
    const result = await attempt(record, { eventId: 'e1', type: 'ping', body: '{}' }, { policy: { resolve } });
    expect(result).toMatchObject({ ok: false, statusCode: null, error: expect.stringMatching(/^Refused/) });
    // The test button, with the system's resolver: the name leads nowhere public either.
    const tested = (await org.as.post(`/api/v1/webhooks/${hook.id}/test`)).json();
    expect(tested.error).toMatch(/^Refused/);
    const log = (await org.as.get(`/api/v1/webhooks/${hook.id}/deliveries`)).json().items;
    expect(log.map((d: { error: string }) => d.error)).toEqual([expect.stringMatching(/^Refused/)]);
    expect(hits).toBe(0);
  });

  it.each(LITERAL)('refuses the text classifier at %s', async (url) => {
    const res = await org.as.call('PUT', '/api/v1/text/settings', { external: { enabled: true, url } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields['external.url']).toBeTruthy();
  });

  it('sends comments to no internal classifier, follows no redirect, and allows loopback only when told', async () => {
    const cfg = (url: string) => ({ url, apiKey: 'sk-secret', model: null });
    await expect(
      classifyExternally(cfg(`http://rebind.example:${port}`), 'x', DEFAULT_TAXONOMY, 2000, { resolve }),
    ).rejects.toBeInstanceOf(RefusedTarget);
    await expect(
      classifyExternally(cfg(`http://127.0.0.1:${port}`), 'x', DEFAULT_TAXONOMY, 2000, {}),
    ).rejects.toBeInstanceOf(RefusedTarget);
    expect(hits).toBe(0);
    const local = { resolve, allowLoopback: true };
    expect(
      await classifyExternally(cfg(`http://rebind.example:${port}`), 'x', DEFAULT_TAXONOMY, 2000, local),
    ).toMatchObject({
      sentiment: 'negative',
    });
    await expect(
      classifyExternally(cfg(`http://127.0.0.1:${port}/moved`), 'x', DEFAULT_TAXONOMY, 2000, local),
    ).rejects.toThrow(/302/);
    expect(hits).toBe(2);
  });
});

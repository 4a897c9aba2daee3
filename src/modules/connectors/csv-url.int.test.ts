import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

/** A published sheet as Google serves it: CSV with an ETag, 304 to a matching If-None-Match. */
let sheet = 'id,date,branch,staff,service,amount,currency,client,email\n';
const seen: { ifNoneMatch?: string; status: number }[] = [];
const server = http.createServer((req, res) => {
  const etag = `"${createHash('sha1').update(sheet).digest('hex')}"`;
  const status = req.headers['if-none-match'] === etag ? 304 : 200;
  seen.push({ ifNoneMatch: req.headers['if-none-match'], status });
  res.writeHead(status, { etag, 'content-type': 'text/csv; charset=utf-8' }).end(status === 200 ? sheet : undefined);
});
let url: string;
let t: TestApp;
let org: Awaited<ReturnType<TestApp['newOrg']>>;
let id: string;

beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/pub?output=csv`;
  t = await createTestApp();
  org = await t.newOrg('Кафе Утро');
  await org.as.post('/api/v1/locations', { name: 'Витоша' });
});
afterAll(async () => {
  await t?.close();
  await new Promise((r) => server.close(r));
});

const sync = async () => (await org.as.post(`/api/v1/connectors/${id}/sync`)).json();

describe('a CSV-at-a-URL connector', () => {
  it('imports the rows once, asks with If-None-Match, and picks up a changed row', async () => {
    sheet += 'v1,2026-05-01T10:00:00Z,Витоша,Мария,Кафе,12.50,BGN,Иван,ivan@example.com\n';
    sheet += 'v2,not a date,Витоша,Мария,Кафе,8,BGN,Петър,petar@example.com\n';
    const created = await org.as.post('/api/v1/connectors', { kind: 'csv_url', name: 'Таблица', settings: { url } });
    expect(created.statusCode, created.body).toBe(201);
    id = created.json().id;
    expect(await sync()).toMatchObject({
      status: 'ok',
      fetched: 2,
      created: 1,
      skipped: 1,
      skips: [{ sourceId: 'v2', reason: 'no valid date' }],
    });
    const c = (await org.as.get(`/api/v1/connectors/${id}`)).json();
    expect(c.matches.branches).toMatchObject([{ id: 'Витоша', how: 'name' }]);

    expect(await sync()).toMatchObject({ status: 'ok', fetched: 0, created: 0 });
    expect(seen.at(-1)).toMatchObject({ status: 304 });
    expect(seen.at(-1)!.ifNoneMatch).toBeTruthy();

    sheet = sheet.replace('12.50', '14.00');
    expect(await sync()).toMatchObject({ status: 'ok', fetched: 2, created: 0, updated: 1 });
    const items = (await org.as.get('/api/v1/interactions')).json().items;
    expect(items).toMatchObject([{ externalId: 'csv_url:v1', revenue: 14, currency: 'BGN' }]);
  });

  it('refuses an internal address and a non-https URL, naming the field', async () => {
    // Tests allow private addresses for their local servers; production does not.
    process.env.ZABOTA_WEBHOOK_ALLOW_PRIVATE = '0';
    onTestFinished(() => void (process.env.ZABOTA_WEBHOOK_ALLOW_PRIVATE = '1'));
    for (const bad of ['https://10.0.0.1/x.csv', 'http://example.com/x.csv']) {
      const res = await org.as.post('/api/v1/connectors', { kind: 'csv_url', name: 'x', settings: { url: bad } });
      expect(res.statusCode).toBe(400);
      expect(Object.keys(res.json().error.fields)).toEqual(['settings.url']);
    }
  });
});

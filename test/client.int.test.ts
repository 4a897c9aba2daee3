import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createZabotaClient, type Schema, type ZabotaClient } from '../packages/client/src/index.ts';
import { generatedSchema, SCHEMA_FILE } from '../scripts/generate-client.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
let client: ZabotaClient;

beforeAll(async () => {
  t = await createTestApp();
  const org = await t.newOrg('Typed client');
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  client = createZabotaClient({
    baseUrl: `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`,
    apiKey: org.apiKey,
  });
});
afterAll(() => t?.close());

describe('the typed client (packages/client)', () => {
  it('is generated from the API as it is now: regenerate with `npm run generate:client` when this fails', async () => {
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8') === (await generatedSchema())).toBe(true);
  });

  it('calls the API with typed paths, bodies and answers', async () => {
    const created = await client.POST('/api/v1/locations', { body: { name: 'Витоша' } });
    expect(created.response.status).toBe(201);
    const location: Schema<'Location'> | undefined = created.data;
    expect(location?.name).toBe('Витоша');

    const listed = await client.GET('/api/v1/locations', { params: { query: { limit: 10 } } });
    expect(listed.data?.items.map((l) => l.id)).toEqual([location!.id]);

    const bad = await client.POST('/api/v1/connectors', {
      body: { kind: 'csv_url', name: 'Sheet', settings: { url: 'ftp://example.com/x.csv', emailConsent: false } },
    });
    expect(bad.response.status).toBe(400);
    expect(Object.keys(bad.error?.error.fields ?? {})).toEqual(['settings.url']);
  });
});

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TAXONOMY } from './analyzer/taxonomy.ts';
import { classifyExternally, completionsUrl } from './external.ts';

let reply: (res: http.ServerResponse) => void = () => {};
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => reply(res));
});
let url = '';
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const content = (c: string) => (res: http.ServerResponse) =>
  res
    .writeHead(200, { 'content-type': 'application/json' })
    .end(JSON.stringify({ choices: [{ message: { content: c } }] }));

describe('external classifier client', () => {
  it('accepts a base URL, a /v1 URL or the full path', () => {
    expect(completionsUrl('http://llm:8000')).toBe('http://llm:8000/v1/chat/completions');
    expect(completionsUrl('http://llm:8000/v1/')).toBe('http://llm:8000/v1/chat/completions');
    expect(completionsUrl('http://llm:8000/v1/chat/completions')).toBe('http://llm:8000/v1/chat/completions');
  });

  it('reads the JSON verdict, even wrapped in prose, keeping only known topics', async () => {
    reply = content(
      'Sure! {"sentiment":"negative","score":-3,"emotion":"anger","topics":["price","nonsense"]} Hope this helps',
    );
    expect(await classifyExternally({ url, apiKey: null, model: null }, 'x', DEFAULT_TAXONOMY)).toEqual({
      sentiment: 'negative',
      score: -1,
      emotion: 'anger',
      topics: ['price'],
    });
    reply = content('{"sentiment":"neutral","emotion":"neutral","topics":[]}');
    expect(await classifyExternally({ url, apiKey: null, model: null }, 'x', DEFAULT_TAXONOMY)).toEqual({
      sentiment: 'neutral',
      score: 0,
      emotion: 'neutral',
      topics: ['other'],
    });
  });

  it('throws on labels it does not know, a server error, or a slow answer', async () => {
    reply = content('{"sentiment":"furious","emotion":"anger","topics":[]}');
    await expect(classifyExternally({ url, apiKey: null, model: null }, 'x', DEFAULT_TAXONOMY)).rejects.toThrow();
    reply = (res) => res.writeHead(503).end();
    await expect(classifyExternally({ url, apiKey: null, model: null }, 'x', DEFAULT_TAXONOMY)).rejects.toThrow(/503/);
    reply = (res) => setTimeout(() => content('{}')(res), 500);
    await expect(classifyExternally({ url, apiKey: null, model: null }, 'x', DEFAULT_TAXONOMY, 100)).rejects.toThrow();
  });
});

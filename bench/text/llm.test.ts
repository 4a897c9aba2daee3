import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Labelled } from './dataset.ts';
import { classifyAll } from './llm.ts';

// A local stub of a chat-completions server: "bad" in a comment makes a negative verdict, "boom" a 500.
const seen: { auth?: string; body: { model: string; messages: { role: string; content: string }[] } }[] = [];
const server = http.createServer((req, res) => {
  let raw = '';
  req.on('data', (c: Buffer) => (raw += c.toString()));
  req.on('end', () => {
    const body = JSON.parse(raw) as (typeof seen)[number]['body'];
    seen.push({ auth: req.headers.authorization, body });
    const text = body.messages.at(-1)!.content;
    if (text.includes('boom')) return res.writeHead(500).end();
    const verdict = text.includes('bad')
      ? { sentiment: 'negative', score: -0.8, emotion: 'anger', topics: ['staff_attitude'] }
      : { sentiment: 'positive', score: 0.7, emotion: 'satisfaction', topics: ['price'] };
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ choices: [{ message: { role: 'assistant', content: JSON.stringify(verdict) } }] }));
  });
});
let url = '';
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const row = (id: string, text: string, sentiment: Labelled['sentiment']): Labelled => ({
  id,
  lang: 'en',
  split: 'domain',
  sentiment,
  emotion: 'neutral',
  topics: ['other'],
  text,
});

describe('the bench scoring an OpenAI-compatible classifier (--llm)', () => {
  it('asks the server about every comment and counts a failed call as a wrong answer', async () => {
    const rows = [row('a', 'bad waiter', 'negative'), row('b', 'cheap', 'positive'), row('c', 'boom', 'neutral')];
    const { pred, failed } = await classifyAll(rows, { url, apiKey: 'k', model: 'tiny' }, 5000);
    expect(pred.get('a')).toEqual({ lang: 'en', sentiment: 'negative', emotion: 'anger', topics: ['staff_attitude'] });
    expect(pred.get('b')?.sentiment).toBe('positive');
    expect(failed).toBe(1);
    expect(pred.get('c')?.sentiment).not.toBe('neutral');
    expect(seen).toHaveLength(3);
    expect(seen[0]!.auth).toBe('Bearer k');
    expect(seen[0]!.body.model).toBe('tiny');
    expect(seen[0]!.body.messages.map((m) => m.role)).toEqual(['system', 'user']);
    expect(seen[0]!.body.messages[1]!.content).toBe('bad waiter');
  });
});

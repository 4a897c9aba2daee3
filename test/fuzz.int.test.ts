import { randomUUID } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoOrg } from '../src/modules/demo/demo.service.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

/**
 * Walks every operation of the OpenAPI document with inputs an attacker or a broken client would
 * send, and fails on any 5xx or any 4xx whose body is not `{error: {code, message}}`. The document
 * is read from the running app, so a new route is fuzzed without touching this file.
 */

type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  enum?: unknown[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  $ref?: string;
  format?: string;
  pattern?: string;
  minimum?: number;
  minItems?: number;
};
type Parameter = { in: string; name: string; schema?: Schema };
type Operation = {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
};
type Doc = { paths: Record<string, Record<string, Operation>>; components?: { schemas?: Record<string, Schema> } };

const LONG = 'x'.repeat(100_000);
const TWO_63 = 2 ** 63;

/** How one kind of bad input turns a well-typed leaf (and a path or query value) into a bad one. */
type Kind = {
  name: string;
  leaf: (type: string, valid: unknown) => unknown;
  param: (type: string) => string;
  raw?: string;
  noBody?: boolean;
  extra?: boolean;
  /** Bad values in the path too; other kinds get real ids there, so the body and query are reached. */
  path?: boolean;
};

const keep = (_t: string, v: unknown) => v;
const KINDS: Kind[] = [
  { name: 'NUL bytes', leaf: (t, v) => (t === 'string' ? 'a\u0000b' : v), param: () => 'a\u0000b' },
  {
    name: 'wrong types',
    leaf: (t) => (t === 'string' ? 12345 : t === 'object' ? 'text' : t === 'array' ? { a: 1 } : 'not-a-number'),
    param: (t) => (t === 'string' ? '12345' : 'not-a-number'),
  },
  { name: 'huge number', leaf: (t, v) => (t === 'number' || t === 'integer' ? 1e308 : v), param: () => '1e308' },
  { name: 'huge negative', leaf: (t, v) => (t === 'number' || t === 'integer' ? -1e308 : v), param: () => '-1e308' },
  {
    name: '2^63',
    leaf: (t, v) => (t === 'number' || t === 'integer' ? TWO_63 : v),
    param: () => String(BigInt(TWO_63)),
  },
  { name: 'long strings', leaf: (t, v) => (t === 'string' ? LONG : v), param: () => LONG },
  { name: 'NUL in the path', leaf: keep, param: () => 'a\u0000b', path: true },
  { name: 'wrong type in the path', leaf: keep, param: () => '12345', path: true },
  { name: 'long path', leaf: keep, param: () => LONG.slice(0, 5000), path: true },
  { name: 'empty body', leaf: keep, param: () => '', noBody: true },
  { name: 'unknown fields', leaf: keep, param: () => 'x', extra: true },
  { name: 'malformed JSON', leaf: keep, param: () => '1', raw: '{' },
];

function resolve(doc: Doc, s: Schema | undefined): Schema {
  if (!s) return {};
  if (s.$ref) return resolve(doc, doc.components?.schemas?.[s.$ref.split('/').pop() ?? '']);
  const alt = s.anyOf ?? s.oneOf ?? s.allOf;
  if (alt?.length && !s.type) return resolve(doc, alt.find((a) => (a as { type?: string }).type !== 'null') ?? alt[0]);
  return s;
}

const typeOf = (s: Schema) =>
  Array.isArray(s.type) ? (s.type.find((t) => t !== 'null') ?? 'string') : (s.type ?? 'string');

const FORMATS: Record<string, () => string> = {
  uuid: () => randomUUID(),
  date: () => '2026-05-01',
  'date-time': () => '2026-05-01T10:00:00Z',
  email: () => `fuzz-${randomUUID()}@example.com`,
  uri: () => 'https://example.com/',
};

/** A valid-looking leaf, so that the kind's mutation is what the server has to refuse. */
function validLeaf(s: Schema, type: string): unknown {
  if (s.enum?.length) return s.enum[0];
  if (type === 'string') return (s.format && FORMATS[s.format]?.()) ?? 'Europe/Sofia';
  if (type === 'number' || type === 'integer') return s.minimum ?? 1;
  if (type === 'boolean') return true;
  return null;
}

/** Free text is where NUL bytes and long strings go; ids, dates and enums stay valid. */
const freeText = (s: Schema) => !s.enum && !s.format && !s.pattern;

/** A value of the schema's shape with the kind's mutation applied to the leaves it targets. */
function build(doc: Doc, schema: Schema | undefined, kind: Kind, depth = 0): unknown {
  const s = resolve(doc, schema);
  const type = typeOf(s);
  const valid = validLeaf(s, type);
  if (depth > 5) return valid;
  if (type === 'object' && (kind.name !== 'wrong types' || depth === 0)) {
    const obj: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(s.properties ?? {})) obj[k] = build(doc, v, kind, depth + 1);
    return obj;
  }
  if (type === 'array' && kind.name !== 'wrong types')
    return Array.from({ length: Math.max(1, s.minItems ?? 1) }, () => build(doc, s.items, kind, depth + 1));
  if (type === 'string' && !freeText(s) && kind.name !== 'wrong types') return valid;
  return kind.leaf(type, valid);
}

/** The id of a row the collection before `{param}` lists, so handlers get past "not found" and meet the input. */
function pathId(ids: Map<string, string>, path: string, at: number, method: string): string {
  const collection = path
    .slice(0, at)
    .replace(/\/$/, '')
    .replace(/\{\w+\}/g, '*');
  // Deleting real rows (an API key is one) would change what the rest of the walk meets.
  return (method !== 'delete' && !path.includes('api-keys') && ids.get(collection)) || randomUUID();
}

function request(
  doc: Doc,
  ids: Map<string, string>,
  path: string,
  method: string,
  op: Operation,
  kind: Kind,
): InjectOptions {
  const params = op.parameters ?? [];
  const value = (p: Parameter) => kind.param(typeOf(resolve(doc, p.schema)));
  const url = path.replace(/\{(\w+)\}/g, (_m, name: string, at: number) => {
    const p = params.find((x) => x.in === 'path' && x.name === name);
    // A random id for kinds that do not target the path, so the body or query is what gets tested.
    return encodeURIComponent(!kind.path ? pathId(ids, path, at, method) : p ? value(p) : 'x');
  });
  const query = new URLSearchParams();
  for (const p of params.filter((x) => x.in === 'query')) query.set(p.name, value(p));
  const qs = query.toString();
  const opts: InjectOptions = {
    method: method.toUpperCase() as InjectOptions['method'],
    url: qs ? `${url}?${qs}` : url,
  };
  const content = op.requestBody?.content;
  if (!content || kind.noBody) return opts;
  const [type, media] = Object.entries(content)[0] ?? ['application/json', {}];
  if (kind.raw) return { ...opts, payload: kind.raw, headers: { 'content-type': 'application/json' } };
  const body = build(doc, media.schema, kind);
  const payload = kind.extra && body && typeof body === 'object' ? { ...body, unknownField: 1 } : body;
  return {
    ...opts,
    payload: type.includes('json') ? JSON.stringify(payload) : String(typeof payload === 'string' ? payload : LONG),
    headers: { 'content-type': type },
  };
}

let t: TestApp;
let key: string;
beforeAll(async () => {
  t = await createTestApp();
  key = (await createDemoOrg(t.db, { customers: 30, now: new Date('2026-06-01T00:00:00Z') })).apiKey;
});
afterAll(() => t.close());

describe('fuzzing every OpenAPI operation', () => {
  it('answers every bad input with a 4xx in the error shape, never a 5xx', { timeout: 120_000 }, async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as Doc;
    // A real row of each listable collection, from the demo organisation.
    const ids = new Map<string, string>();
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (!ops.get || path.includes('{')) continue;
      const res = await t.app.inject({ method: 'GET', url: path, headers: { authorization: `Bearer ${key}` } });
      if (res.statusCode !== 200 || !res.headers['content-type']?.toString().includes('json')) continue;
      const body = res.json() as { items?: { id?: string }[] } | { id?: string }[];
      const first = Array.isArray(body) ? body[0] : body.items?.[0];
      if (typeof first?.id === 'string') ids.set(path, first.id);
    }
    const cases: { label: string; opts: InjectOptions }[] = [];
    for (const [path, ops] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(ops)) {
        if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
        for (const kind of KINDS)
          cases.push({
            label: `${method.toUpperCase()} ${path} [${kind.name}]`,
            opts: request(doc, ids, path, method, op, kind),
          });
      }
    expect(Object.keys(doc.paths).length).toBeGreaterThan(50);

    const failures: string[] = [];
    let next = 0;
    const worker = async () => {
      while (next < cases.length) {
        const { label, opts } = cases[next++]!;
        const res = await t.app.inject({
          ...opts,
          headers: { authorization: `Bearer ${key}`, ...(opts.headers as Record<string, string>) },
        });
        if (res.statusCode >= 500) failures.push(`${label}: ${res.statusCode} ${res.body.slice(0, 200)}`);
        else if (res.statusCode >= 400) {
          let body: { error?: { code?: unknown; message?: unknown } } | undefined;
          try {
            body = res.json();
          } catch {
            body = undefined;
          }
          if (typeof body?.error?.code !== 'string' || typeof body.error.message !== 'string')
            failures.push(`${label}: ${res.statusCode} not in the error shape: ${res.body.slice(0, 200)}`);
        }
      }
    };
    await Promise.all(Array.from({ length: 6 }, worker));
    expect(failures).toEqual([]);
  });
});

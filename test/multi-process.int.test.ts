import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgs } from '../src/modules/orgs/orgs.schema.ts';
import { createOrg } from '../src/modules/access/index.ts';
// The composition root's subscribers: the org made here gets what every org gets (the default case rules).
import '../src/server/subscribers.ts';
import { startSmtpServer } from './support/smtp.ts';
import { exited, startZabota, type Running } from './support/spawn-zabota.ts';
import { createTestDatabase } from './support/test-db.ts';
import { until } from './support/wait.ts';

/**
 * Three Zabota processes on one PostgreSQL, each serving HTTP and running the job queue and the
 * background sweepers, with the requests spread over them as a round-robin balancer would. Work
 * that must happen once (a stored response, a case, a mail, a webhook, a rollup count) happens
 * once; what a process remembers (sessions, rate limits, the API key cache) holds across them;
 * one process killed with SIGKILL loses no acknowledged response.
 */
type Db = Awaited<ReturnType<typeof createTestDatabase>>;
type Json = Record<string, unknown> & { id: string };

let database: Db;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let hookServer: http.Server;
const deliveries: { eventId: string; type: string }[] = [];
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zabota-multi-'));
let procs: Running[] = [];
let ownerKey: string;
let orgId: string;
let location: string;
let survey: string;
const OWNER = { email: 'owner@multi.example', password: 'password123' };

async function call(
  proc: Running,
  method: string,
  url: string,
  opts: { key?: string; body?: unknown; cookie?: string } = {},
): Promise<{ status: number; json: Json; headers: Headers }> {
  const res = await fetch(`${proc.url}/api/v1${url}`, {
    method,
    headers: {
      ...(opts.key ? { authorization: `Bearer ${opts.key}` } : {}),
      ...(opts.cookie ? { cookie: opts.cookie } : {}),
      ...(opts.body ? { 'content-type': 'application/json' } : {}),
    },
    body: opts.body ? JSON.stringify(opts.body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, json: (text ? JSON.parse(text) : {}) as Json, headers: res.headers };
}
const api = (i: number, method: string, url: string, body?: unknown) =>
  call(procs[i % procs.length]!, method, url, { key: ownerKey, body });

const query = async <R>(text: string, values: unknown[] = []) => (await database.pool.query(text, values)).rows as R[];

/** Each stored response of the organisation, and how many cases each has. */
const casesPerResponse = () =>
  query<{ id: string; nps: number | null; external_id: string; cases: number }>(
    `select r.id, r.nps, r.external_id, (select count(*) from cases c where c.response_id = r.id)::int as cases
       from responses r where r.org_id = $1`,
    [orgId],
  );

/** Waits until the sweepers have counted every response, then compares the rollup with the rows. */
async function rollupMatchesRows() {
  await until('every response to be counted', async () => {
    const [w] = await query<{ n: number }>(
      'select count(*)::int as n from responses where org_id = $1 and rolled_up_at is null',
      [orgId],
    );
    return w!.n === 0 ? true : undefined;
  });
  const [rows] = await query<{ n: number; detractors: number }>(
    'select count(*)::int as n, count(*) filter (where nps <= 6)::int as detractors from responses where org_id = $1',
    [orgId],
  );
  const [rollup] = await query<{ n: number; detractors: number }>(
    `select coalesce(sum(responses), 0)::int as n, coalesce(sum(nps_detractors), 0)::int as detractors
       from metric_daily where org_id = $1 and dim = 'all' and key = ''`,
    [orgId],
  );
  expect(rollup).toEqual(rows);
}

beforeAll(async () => {
  database = await createTestDatabase();
  smtp = await startSmtpServer();
  hookServer = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      deliveries.push({
        eventId: String(req.headers['zabota-event-id']),
        type: String(req.headers['zabota-event'] ?? ''),
      });
      res.end('ok');
    });
  });
  await new Promise<void>((r) => hookServer.listen(0, '127.0.0.1', r));
  const created = await createOrg(database.db, {
    name: 'Three processes',
    ownerEmail: OWNER.email,
    ownerPassword: OWNER.password,
    ownerName: 'Owner',
  });
  ({ apiKey: ownerKey, orgId } = created);
  // No quiet hours: invitations go out whatever the hour the test runs at.
  await database.db.update(orgs).set({ quietHoursStart: 0, quietHoursEnd: 0 }).where(eq(orgs.id, orgId));
  const env = {
    DATABASE_URL: database.url,
    ZABOTA_DATA_DIR: dataDir,
    ZABOTA_SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    ZABOTA_DB_POOL_SIZE: '4',
    ZABOTA_ROLE: 'all',
  };
  procs = await Promise.all([0, 1, 2].map(() => startZabota(env, 90_000)));
}, 120_000);

afterAll(async () => {
  for (const p of procs)
    if (p.child.exitCode === null && p.child.signalCode === null) {
      p.child.kill('SIGTERM');
      await exited(p.child);
    }
  await smtp?.close();
  await new Promise((r) => hookServer?.close(r));
  await database?.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('three Zabota processes on one PostgreSQL', () => {
  it('sets up through any process and subscribes a webhook before any event', async () => {
    location = (await api(0, 'POST', '/locations', { name: 'Main' })).json.id;
    const manager = await api(1, 'POST', '/staff', {
      name: 'Manager',
      email: 'manager@multi.example',
      role: 'manager',
      locationIds: [location],
      sendInvite: false,
    });
    expect(manager.status).toBe(201);
    const s = await api(2, 'POST', '/surveys', {
      name: 'Visit',
      languages: ['en'],
      questions: [{ id: 'nps', type: 'nps', text: { en: 'Recommend?' }, required: true }],
    });
    expect(s.status).toBe(201);
    survey = s.json.id;
    const hook = await api(0, 'POST', '/webhooks', {
      url: `http://127.0.0.1:${(hookServer.address() as { port: number }).port}/hook`,
      events: ['response.created', 'case.opened'],
    });
    expect(hook.status).toBe(201);
  });

  it('keeps a session made on one process valid on the others', async () => {
    const login = await call(procs[0]!, 'POST', '/auth/login', { body: OWNER });
    expect(login.status).toBe(200);
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    for (const p of procs) expect((await call(p, 'GET', '/auth/me', { cookie })).status).toBe(200);
  });

  it('holds the sign-in limit across processes', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push(
        (await call(procs[i % 3]!, 'POST', '/auth/login', { body: { email: 'guess@multi.example', password: 'nope' } }))
          .status,
      );
    // 3 free failures, then growing delays: counted per process, none of the three would have seen 4.
    expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401]);
    expect(statuses.slice(4)).toEqual([429, 429]);
  });

  it('stops a revoked API key on every process within the stated 10 s', async () => {
    const created = await api(0, 'POST', '/api-keys', { name: 'Till', role: 'owner' });
    expect(created.status).toBe(201);
    const key = created.json.apiKey as string;
    // Each process resolves (and caches) the key first.
    for (const p of procs) expect((await call(p, 'GET', '/locations', { key })).status).toBe(200);
    const revokedAt = Date.now();
    expect((await api(1, 'DELETE', `/api-keys/${created.json.id}`)).status).toBe(200);
    expect((await call(procs[1]!, 'GET', '/locations', { key })).status).toBe(401);
    for (const p of procs)
      await until('the revoked key to stop', async () =>
        (await call(p, 'GET', '/locations', { key })).status === 401 ? true : undefined,
      );
    expect(Date.now() - revokedAt).toBeLessThan(11_000);
  }, 20_000);

  it('stores each response once, opens one case per detractor, sends each webhook and invitation once', async () => {
    // Each response goes to two processes at once (a client retrying through the balancer).
    const acknowledged = new Map<string, string>();
    await Promise.all(
      Array.from({ length: 60 }, async (_, i) => {
        const body = { surveyId: survey, locationId: location, externalId: `r-${i}`, answers: { nps: i % 11 } };
        const [a, b] = await Promise.all([api(i, 'POST', '/responses', body), api(i + 1, 'POST', '/responses', body)]);
        for (const r of [a, b]) expect([200, 201]).toContain(r.status);
        expect(a.json.id).toBe(b.json.id);
        acknowledged.set(`r-${i}`, a.json.id);
      }),
    );
    const customers = await Promise.all(
      Array.from({ length: 9 }, async (_, i) => {
        const c = await api(i, 'POST', '/customers', {
          name: `Guest ${i}`,
          email: `guest${i}@multi.example`,
          consentEmail: true,
          language: 'en',
        });
        expect(c.status).toBe(201);
        return c.json.id;
      }),
    );
    for (const [i, customerId] of customers.entries())
      expect((await api(i, 'POST', '/invitations', { surveyId: survey, customerId, channel: 'email' })).status).toBe(
        201,
      );

    const stored = await casesPerResponse();
    expect(stored.map((r) => [r.external_id, r.id]).sort()).toEqual([...acknowledged].sort());
    const detractors = stored.filter((r) => r.nps !== null && r.nps <= 6);
    await until('every detractor to have a case', async () =>
      (await casesPerResponse()).filter((r) => r.cases > 0).length >= detractors.length ? true : undefined,
    );
    const invitationMails = () => smtp.received.filter((m) => m.to.startsWith('guest'));
    const tally = () =>
      `${invitationMails().length} invitations, ${deliveries.length} webhooks (${deliveries.filter((d) => d.type === 'case.opened').length} case.opened of ${detractors.length})`;
    await until(
      () => `every mail and webhook: ${tally()}`,
      async () =>
        invitationMails().length >= 9 &&
        deliveries.filter((d) => d.type === 'response.created').length >= 60 &&
        deliveries.filter((d) => d.type === 'case.opened').length >= detractors.length
          ? true
          : undefined,
    );
    // A second later, still nothing twice: the other processes did not repeat the work.
    await new Promise((r) => setTimeout(r, 1500));
    for (const r of await casesPerResponse()) expect(r.cases, r.external_id).toBe(r.nps !== null && r.nps <= 6 ? 1 : 0);
    expect(
      invitationMails()
        .map((m) => m.to)
        .sort(),
    ).toEqual(customers.map((_, i) => `guest${i}@multi.example`).sort());
    expect(new Set(deliveries.map((d) => d.eventId)).size).toBe(deliveries.length);
    expect(deliveries.filter((d) => d.type === 'response.created')).toHaveLength(60);
    expect(deliveries.filter((d) => d.type === 'case.opened')).toHaveLength(detractors.length);
    await rollupMatchesRows();
  }, 45_000);

  it('loses no acknowledged response when one process is killed with SIGKILL', async () => {
    const victim = procs[2]!;
    const acknowledged = new Map<string, string>();
    let sent = 0;
    const send = async (i: number) => {
      const body = { surveyId: survey, locationId: location, externalId: `k-${i}`, answers: { nps: i % 11 } };
      // A balancer sends to the next process when one does not answer; the external id makes the retry safe.
      for (let attempt = 0; attempt < 3; attempt++) {
        const r = await api(i + attempt, 'POST', '/responses', body).catch(() => undefined);
        if (r && (r.status === 200 || r.status === 201)) return void acknowledged.set(`k-${i}`, r.json.id);
      }
    };
    const senders = Array.from({ length: 4 }, async () => {
      while (sent < 80) await send(sent++);
    });
    await until('some responses to arrive', async () => (acknowledged.size >= 20 ? true : undefined));
    victim.child.kill('SIGKILL');
    await exited(victim.child);
    procs = procs.filter((p) => p !== victim);
    await Promise.all(senders);
    expect(acknowledged.size).toBe(80);

    const stored = new Map((await casesPerResponse()).map((r) => [r.external_id, r.id]));
    for (const [externalId, id] of acknowledged) expect(stored.get(externalId), externalId).toBe(id);
    await until('every detractor to have a case', async () => {
      const rows = await casesPerResponse();
      return rows.every((r) => (r.nps !== null && r.nps <= 6 ? r.cases >= 1 : true)) ? rows : undefined;
    });
    for (const r of await casesPerResponse()) expect(r.cases, r.external_id).toBe(r.nps !== null && r.nps <= 6 ? 1 : 0);
    await rollupMatchesRows();
    expect(new Set(deliveries.map((d) => d.eventId)).size).toBe(deliveries.length);
  }, 45_000);
});

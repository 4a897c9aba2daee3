import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exited, runCli, startZabota, type Running } from './support/spawn-zabota.ts';
import { apiOf, type Json, until } from './support/wait.ts';

/**
 * Service recovery under SIGKILL: responses keep arriving while the server is killed; after a
 * restart every acknowledged detractor response has exactly one case, and every case that fell
 * due around the crash was escalated exactly once.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zabota-recovery-'));
const env = { ZABOTA_DATA_DIR: dataDir, DATABASE_URL: '' };
let server: Running | undefined;
const api = apiOf(() => server);

afterAll(async () => {
  if (server && server.child.exitCode === null) {
    server.child.kill('SIGTERM');
    await exited(server.child);
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('service recovery survives kill -9', () => {
  it('opens exactly one case per matching response and escalates each due case once', async () => {
    server = await startZabota(env);
    const org = await runCli(
      [
        'org',
        'create',
        '--name',
        'Crashy clinic',
        '--owner-email',
        'owner@crashy.example',
        '--owner-password',
        'password123',
        '--json',
      ],
      env,
    );
    const { apiKey } = JSON.parse(org.stdout) as { apiKey: string };
    const location = (await api('POST', '/locations', apiKey, { name: 'Main' })).json.id;
    await api('POST', '/staff', apiKey, {
      name: 'Manager',
      email: 'm@crashy.example',
      role: 'manager',
      locationIds: [location],
      sendInvite: false,
    });
    const survey = (
      await api('POST', '/surveys', apiKey, {
        name: 'Visit',
        languages: ['en'],
        questions: [{ id: 'nps', type: 'nps', text: { en: 'Recommend?' }, required: true }],
      })
    ).json.id;

    // Cases falling due in the next few seconds, across the crash.
    const dueCases: string[] = [];
    for (let i = 0; i < 5; i++) {
      const c = await api('POST', '/cases', apiKey, {
        title: `Due soon ${i}`,
        source: 'phone',
        locationId: location,
        dueAt: new Date(Date.now() + 1500 + i * 400).toISOString(),
      });
      expect(c.status).toBe(201);
      dueCases.push(c.json.id);
    }

    // Responses keep arriving; the server is killed in the middle of them.
    const acknowledged: { id: string; nps: number }[] = [];
    let stop = false;
    const senders = Array.from({ length: 4 }, async (_, w) => {
      for (let i = 0; !stop; i++) {
        const nps = (w * 7 + i) % 11;
        try {
          const r = await api('POST', '/responses', apiKey, {
            surveyId: survey,
            locationId: location,
            answers: { nps },
          });
          if (r.status === 201) acknowledged.push({ id: r.json.id, nps });
        } catch {
          /* the server is gone: the request is simply not acknowledged */
        }
      }
    });
    await until('responses to arrive', async () => (acknowledged.length >= 60 ? true : undefined));
    server.child.kill('SIGKILL');
    await exited(server.child);
    stop = true;
    await Promise.all(senders);
    await new Promise((r) => setTimeout(r, 2500)); // every due case is now overdue

    server = await startZabota(env);
    const listAll = async (url: string) => {
      const all: Json[] = [];
      let cursor: string | null = null;
      do {
        const page: { status: number; json: Json } = await api(
          'GET',
          `${url}&limit=500${cursor ? `&cursor=${cursor}` : ''}`,
          apiKey,
        );
        all.push(...(page.json.items as Json[]));
        cursor = page.json.nextCursor as string | null;
      } while (cursor);
      return all;
    };
    // A response can be committed while its answer is lost in the kill: the database is the truth,
    // and every acknowledged one must be in it.
    const detractors = (await listAll(`/responses?surveyId=${survey}&band=detractor`)).map((r) => r.id);
    expect(detractors).toEqual(expect.arrayContaining(acknowledged.filter((r) => r.nps <= 6).map((r) => r.id)));
    const cases = await until('every detractor to have a case', async () => {
      const all = await listAll('/cases?view=all');
      return all.filter((c) => c.responseId).length >= detractors.length ? all : undefined;
    });
    const byResponse = new Map<string, number>();
    for (const c of cases)
      if (c.responseId) byResponse.set(c.responseId as string, (byResponse.get(c.responseId as string) ?? 0) + 1);
    expect([...byResponse.keys()].sort()).toEqual([...detractors].sort());
    expect([...byResponse.values()].every((n) => n === 1)).toBe(true);

    for (const id of dueCases) {
      const detail = await until(`case ${id} to be escalated`, async () => {
        const d = (await api('GET', `/cases/${id}`, apiKey)).json;
        return d.breachedAt ? d : undefined;
      });
      const events = detail.events as { type: string }[];
      expect(
        events.filter((e) => e.type === 'breach'),
        id,
      ).toHaveLength(1);
      expect(detail.escalationLevel).toBe(1);
    }
  }, 180_000);
});

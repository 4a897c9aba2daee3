import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exited, runCli, startZabota, type Running } from './support/spawn-zabota.ts';
import { apiOf, type Json } from './support/wait.ts';

/**
 * Audits under SIGKILL: answers and submits keep arriving while the server is killed; after a
 * restart, and the clients' retries, every acknowledged answer is there, every audit is submitted
 * once, and each has exactly one lesson assignment per (failed item, staff member) and one case
 * for its failed critical item.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zabota-audits-'));
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

const AUDITS = 24;
const STAFF = 3;

describe('audits survive kill -9', () => {
  it('lose no answer and double no assignment or case', async () => {
    server = await startZabota(env);
    const org = await runCli(
      [
        'org',
        'create',
        '--name',
        'Crashy cafe',
        '--owner-email',
        'owner@crashy-audits.example',
        '--owner-password',
        'password123',
        '--json',
      ],
      env,
    );
    const { apiKey } = JSON.parse(org.stdout) as { apiKey: string };
    const location = (await api('POST', '/locations', apiKey, { name: 'Main' })).json.id;
    for (let i = 0; i < STAFF; i++)
      await api('POST', '/staff', apiKey, {
        name: `Barista ${i}`,
        email: `b${i}@crashy-audits.example`,
        role: 'staff',
        locationIds: [location],
        sendInvite: false,
      });
    const items = [];
    for (const [n, title] of ['Greeted', 'Fridge cold'].entries()) {
      const standard = (await api('POST', '/standards', apiKey, { title: { en: title } })).json.id;
      await api('POST', '/lessons', apiKey, { standardId: standard, title: { en: title } });
      items.push({ standardId: standard, text: { en: title }, critical: n === 1 });
    }
    const checklist = (await api('POST', '/checklists', apiKey, { name: 'Counter', items })).json as Json & {
      items: { id: string }[];
    };
    const audits: string[] = [];
    for (let i = 0; i < AUDITS; i++)
      audits.push(
        (await api('POST', '/audits', apiKey, { checklistId: checklist.id, locationId: location, kind: 'manager' }))
          .json.id,
      );

    // Each client answers both items and submits; the server is killed while they do.
    const answered = new Set<string>();
    const submitted = new Set<string>();
    const client = async (auditId: string) => {
      for (const item of checklist.items) {
        const r = await api('PUT', `/audits/${auditId}/answers/${item.id}`, apiKey, { result: 'fail' });
        if (r.status === 200) answered.add(`${auditId}:${item.id}`);
        else if (r.status !== 409) throw new Error(`answer ${r.status}`);
      }
      const s = await api('POST', `/audits/${auditId}/submit`, apiKey);
      if (s.status !== 200) throw new Error(`submit ${s.status}`);
      submitted.add(auditId);
    };
    const first = Promise.allSettled(
      audits.map((id, i) => new Promise((r) => setTimeout(r, i * 40)).then(() => client(id))),
    );
    const end = Date.now() + 20_000;
    while (submitted.size < AUDITS / 3 && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
    server.child.kill('SIGKILL');
    await exited(server.child);
    await first;
    expect(submitted.size).toBeGreaterThan(0);
    expect(submitted.size).toBeLessThan(AUDITS);

    // After the restart every client retries what it was doing, as a phone on a dropped connection would.
    server = await startZabota(env);
    const acknowledged = new Set(answered);
    await Promise.all(audits.map((id) => client(id)));
    expect(submitted.size).toBe(AUDITS);

    const cases = ((await api('GET', '/cases?view=all&limit=500', apiKey)).json.items as Json[]).filter(
      (c) => c.source === 'audit',
    );
    expect(cases).toHaveLength(AUDITS);
    const caseAudits = new Set<string>();
    for (const c of cases) {
      const events = (await api('GET', `/cases/${c.id}`, apiKey)).json.events as { data: { auditId: string } }[];
      caseAudits.add(events[0]!.data.auditId);
    }
    expect(caseAudits.size).toBe(AUDITS);

    for (const id of audits) {
      const audit = (await api('GET', `/audits/${id}`, apiKey)).json as Json & { answers: { itemId: string }[] };
      expect(audit).toMatchObject({ status: 'submitted', passed: false, criticalFailed: true });
      for (const key of acknowledged)
        if (key.startsWith(id)) expect(audit.answers.map((a) => `${id}:${a.itemId}`)).toContain(key);
      const assignments = (await api('GET', `/training-assignments?auditId=${id}&limit=100`, apiKey)).json
        .items as Json[];
      expect(assignments).toHaveLength(2 * STAFF);
      expect(new Set(assignments.map((a) => `${a.itemId}:${a.staffId}`)).size).toBe(2 * STAFF);
      const again = (await api('POST', `/audits/${id}/submit`, apiKey)).json;
      expect(again).toMatchObject({ assignmentsCreated: 0, casesOpened: 0 });
    }
  }, 180_000);
});

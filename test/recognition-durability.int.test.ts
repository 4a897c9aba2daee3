import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exited, runCli, startZabota, type Running } from './support/spawn-zabota.ts';
import { apiOf, until } from './support/wait.ts';

/**
 * Gesture triggers under SIGKILL: visits keep arriving while the server (with its trigger sweep)
 * is killed; after a restart every customer whose third visit is stored has exactly one task for
 * it, every customer in the tier exactly one welcome task, and nobody else any.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zabota-recognition-'));
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

describe('gesture triggers survive kill -9', () => {
  it('owes exactly one task per customer, gesture and occasion', async () => {
    server = await startZabota(env);
    const org = await runCli(
      [
        'org',
        'create',
        '--name',
        'Crashy café',
        '--owner-email',
        'o@crashy.example',
        '--owner-password',
        'password123',
        '--json',
      ],
      env,
    );
    const { apiKey } = JSON.parse(org.stdout) as { apiKey: string };
    const location = (await api('POST', '/locations', apiKey, { name: 'Main' })).json.id;
    const tier = (await api('POST', '/tiers', apiKey, { name: 'Friend', rank: 1, criteria: { minVisits: 5 } })).json.id;
    const third = (
      await api('POST', '/gestures', apiKey, { name: 'Third', kind: 'surprise', trigger: 'nth_visit', triggerVisit: 3 })
    ).json.id;
    const welcome = (
      await api('POST', '/gestures', apiKey, {
        name: 'Welcome',
        kind: 'recognition',
        trigger: 'tier_entry',
        triggerTierId: tier,
      })
    ).json.id;
    const customers: string[] = [];
    for (let i = 0; i < 30; i++) customers.push((await api('POST', '/customers', apiKey, { name: `C${i}` })).json.id);

    let stop = false;
    let acknowledged = 0;
    const senders = Array.from({ length: 4 }, async (_, w) => {
      for (let i = 0; !stop; i++) {
        try {
          const r = await api('POST', '/interactions', apiKey, {
            occurredAt: new Date(Date.now() - 60_000).toISOString(),
            customerId: customers[(w * 7 + i) % customers.length],
            locationId: location,
          });
          if (r.status === 201) acknowledged++;
        } catch {
          /* the server is gone */
        }
      }
    });
    await until('visits to arrive', async () => (acknowledged >= 150 ? true : undefined));
    server.child.kill('SIGKILL');
    await exited(server.child);
    stop = true;
    await Promise.all(senders);

    server = await startZabota(env);
    // The database is the truth: a visit may be committed while its answer was lost in the kill.
    const expected = async () => {
      const owed = new Map<string, string[]>();
      for (const c of customers) {
        const visits = ((await api('GET', `/customers/${c}/loyalty`, apiKey)).json.figures as { visits: number })
          .visits;
        owed.set(c, [...(visits >= 3 ? [third] : []), ...(visits >= 5 ? [welcome] : [])].sort());
      }
      return owed;
    };
    const want = await expected();
    expect([...want.values()].filter((g) => g.length === 2).length).toBeGreaterThan(0);
    const got = await until('the trigger sweep to owe every gesture', async () => {
      const { json } = await api('GET', '/gesture-tasks?limit=500', apiKey);
      const tasks = json.items as { customerId: string; gestureId: string; occasion: string }[];
      const total = [...want.values()].reduce((s, g) => s + g.length, 0);
      return tasks.length >= total ? tasks : undefined;
    });
    const byCustomer = new Map<string, string[]>();
    for (const t of got) byCustomer.set(t.customerId, [...(byCustomer.get(t.customerId) ?? []), t.gestureId].sort());
    for (const c of customers) expect(byCustomer.get(c) ?? [], c).toEqual(want.get(c));
    expect(new Set(got.map((t) => `${t.customerId}:${t.gestureId}:${t.occasion}`)).size).toBe(got.length);
  }, 180_000);
});

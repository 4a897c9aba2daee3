import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

/** A failed critical item opens one recovery case for the location's manager, however the audit is submitted. */
let t: TestApp;
let org: Awaited<ReturnType<TestApp['newOrg']>>;
let locationId: string;
let managerId: string;
let checklist: { id: string; items: { id: string }[] };

beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg('Critical bakery');
  locationId = (await org.as.post('/api/v1/locations', { name: 'Old town' })).json().id;
  const manager = await org.as.post('/api/v1/staff', {
    name: 'Vera',
    email: 'vera@critical.example',
    role: 'manager',
    locationIds: [locationId],
    sendInvite: false,
  });
  managerId = manager.json().id;
  checklist = (
    await org.as.post('/api/v1/checklists', {
      name: 'Opening check',
      items: [
        { text: { en: 'Fridge below 5 °C' }, critical: true },
        { text: { en: 'Allergen labels on every tray' }, critical: true },
        { text: { en: 'Music on' } },
      ],
    })
  ).json();
});
afterAll(() => t.close());

async function auditWith(results: ('pass' | 'fail')[]) {
  const audit = (
    await org.as.post('/api/v1/audits', { checklistId: checklist.id, locationId, kind: 'manager' })
  ).json();
  for (const [n, result] of results.entries()) {
    const res = await org.as.call('PUT', `/api/v1/audits/${audit.id}/answers/${checklist.items[n]!.id}`, { result });
    expect(res.statusCode, res.body).toBe(200);
  }
  return audit.id as string;
}

const auditCases = async () =>
  (await org.as.get('/api/v1/cases?view=all&limit=100'))
    .json()
    .items.filter((c: { source: string }) => c.source === 'audit') as {
    id: string;
    title: string;
    ownerId: string;
    locationId: string;
    priority: string;
  }[];

describe('critical fail → recovery case', () => {
  it('opens exactly one case per failed critical item under concurrent and repeated submits', async () => {
    const id = await auditWith(['fail', 'fail', 'fail']);
    const results = await Promise.all([1, 2, 3, 4, 5, 6].map(() => org.as.post(`/api/v1/audits/${id}/submit`)));
    for (const r of results) expect(r.statusCode, r.body).toBe(200);
    expect(results.reduce((n, r) => n + r.json().casesOpened, 0)).toBe(2);
    expect(results[0]!.json()).toMatchObject({ passed: false, criticalFailed: true });
    expect((await org.as.post(`/api/v1/audits/${id}/submit`)).json().casesOpened).toBe(0);

    const cases = await auditCases();
    expect(cases).toHaveLength(2);
    expect(cases.map((c) => c.title).sort()).toEqual([
      'Critical item failed: Allergen labels on every tray (Opening check)',
      'Critical item failed: Fridge below 5 °C (Opening check)',
    ]);
    for (const c of cases) expect(c).toMatchObject({ ownerId: managerId, locationId, priority: 'high' });
    const { rows } = await t.database.pool.query(
      `select count(*)::int as n, count(distinct case_id)::int as cases from audit_cases where audit_id = $1`,
      [id],
    );
    expect(rows[0]).toEqual({ n: 2, cases: 2 });
    const detail = (await org.as.get(`/api/v1/cases/${cases[0]!.id}`)).json();
    expect(detail.events[0]).toMatchObject({ type: 'opened', data: { auditId: id } });
  });

  it('opens none when the critical items pass, even if others fail', async () => {
    const before = (await auditCases()).length;
    const id = await auditWith(['pass', 'pass', 'fail']);
    const r = (await org.as.post(`/api/v1/audits/${id}/submit`)).json();
    expect(r).toMatchObject({ criticalFailed: false, casesOpened: 0 });
    expect(await auditCases()).toHaveLength(before);
  });
});

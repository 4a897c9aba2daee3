import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { LINK_POSTS_PER_WINDOW } from '../insights/index.ts';
import { openDueRuns } from './pulse-cadence.ts';

/**
 * eNPS on real PostgreSQL: single-use links, no staff id on an answer, and the anonymity rules
 * held against every `by` and filter combination, two periods, two callers, and subtraction.
 */
type Org = Awaited<ReturnType<TestApp['newOrg']>>;
type Person = { email: string; location: string; role: 'manager' | 'staff' };
type Answer = { run: number; location: string; role: string };

let t: TestApp;
let org: Org;
let survey: string;
const loc: Record<string, string> = {};
const people: Person[] = [];
const answered: Answer[] = [];
let managerKey: string;
const T = 5;

const form = (url: string, payload: string) =>
  t.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload });

async function openRun(): Promise<Map<string, string>> {
  const before = t.sent.length;
  const run = await org.as.post(`/api/v1/pulse-surveys/${survey}/runs`, { closesInDays: 7 });
  expect(run.statusCode).toBe(201);
  const links = new Map<string, string>();
  const until = Date.now() + 15_000;
  while (links.size < run.json().invited && Date.now() < until) {
    for (const m of t.sent.slice(before)) {
      const url = /\/e\/\S+/.exec(m.text)?.[0];
      if (url) links.set(m.to, url);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return links;
}

async function answerAs(links: Map<string, string>, run: number, counts: Record<string, number>) {
  for (const [name, n] of Object.entries(counts)) {
    const who = people.filter((p) => p.location === loc[name]).slice(0, n);
    for (const [i, p] of who.entries()) {
      const url = links.get(p.email)!;
      const res = await form(url, `score=${(i * 3) % 11}&comment=${encodeURIComponent(`Note ${name}${i} run ${run}`)}`);
      expect(res.statusCode).toBe(303);
      answered.push({ run, location: p.location, role: p.role });
    }
  }
}

beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg('Pulse bakery');
  for (const name of ['A', 'B', 'C']) loc[name] = (await org.as.post('/api/v1/locations', { name })).json().id;
  for (const [name, size] of [
    ['A', 6],
    ['B', 6],
    ['C', 7],
  ] as const)
    for (let i = 0; i < size; i++) {
      const role = i === 0 ? 'manager' : 'staff';
      const email = `${name.toLowerCase()}${i}@pulse.example`;
      const s = await org.as.post('/api/v1/staff', {
        name: `${name}${i}`,
        email,
        role,
        locationIds: [loc[name]],
        sendInvite: false,
      });
      expect(s.statusCode).toBe(201);
      people.push({ email, location: loc[name]!, role });
      if (name === 'A' && i === 0) managerKey = await t.keyFor(org.orgId, 'manager', s.json().id);
    }
  // The manager of A also covers B.
  const managerId = (await org.as.get('/api/v1/staff?limit=100'))
    .json()
    .items.find((s: { email: string }) => s.email === 'a0@pulse.example').id;
  await org.as.patch(`/api/v1/staff/${managerId}`, { locationIds: [loc.A, loc.B] });
  survey = (
    await org.as.post('/api/v1/pulse-surveys', {
      name: 'Monthly pulse',
      items: [{ id: 'tools', text: { en: 'I have the tools I need', ru: 'У меня есть всё нужное' } }],
    })
  ).json().id;
});
afterAll(() => t.close());

describe('pulse runs', () => {
  it('shows nothing for a location with 4 answers, and shows it after the 5th', async () => {
    const links = await openRun();
    await answerAs(links, 1, { A: 4, B: 6, C: 7 });
    const four = (await org.as.get(`/api/v1/metrics/enps?by=location`)).json();
    const a = four.groups.find((g: { key: string }) => g.key === loc.A);
    expect(a).toMatchObject({ hidden: true, enps: null, participation: null });
    // B, the smallest visible sibling, is hidden with A so A is not total − B − C.
    expect(four.groups.find((g: { key: string }) => g.key === loc.B).hidden).toBe(true);
    expect(four.groups.find((g: { key: string }) => g.key === loc.C).enps.n).toBe(7);
    expect(four.total.enps.n).toBe(17);
    expect(four.total.enps.ci95).toHaveLength(2);

    const fifth = people.filter((p) => p.location === loc.A)[4]!;
    expect((await form(links.get(fifth.email)!, 'score=10')).statusCode).toBe(303);
    answered.push({ run: 1, location: fifth.location, role: fifth.role });
    const five = (await org.as.get(`/api/v1/metrics/enps?by=location`)).json();
    expect(five.groups.find((g: { key: string }) => g.key === loc.A).enps.n).toBe(5);
    expect(five.groups.find((g: { key: string }) => g.key === loc.A).participation).toBeCloseTo((5 / 6) * 100, 0);
  });

  it('spends the token: a second answer through the same link is not stored, and no staff id is kept', async () => {
    const cols = await t.database.pool.query(
      `select column_name from information_schema.columns where table_name in ('pulse_responses', 'pulse_tokens')`,
    );
    expect(cols.rows.map((r) => r.column_name)).not.toContain('staff_id');
    const n = (await t.database.pool.query(`select count(*)::int n from pulse_responses`)).rows[0].n;
    const links = await t.database.pool.query(`select count(*)::int n from pulse_tokens`);
    const used = t.sent.find((m) => m.to === 'c0@pulse.example')!.text.match(/\/e\/\S+/)![0];
    const again = await form(used, 'score=0');
    expect(again.statusCode).toBe(200);
    expect(again.body).toContain('Thank you');
    expect((await t.database.pool.query(`select count(*)::int n from pulse_responses`)).rows[0].n).toBe(n);
    expect(links.rows[0].n).toBe(19 + 1 - 18); // 19 staff and the owner invited, 18 answered: only unspent tokens remain
    const page = await t.app.inject({ method: 'GET', url: used });
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('<script');
  });

  it('never releases a group figure of fewer than T answers, for any by and filter, two periods, two callers, or subtraction', async () => {
    // A second, smaller run a month later: A 3, B 5, C 6. The first run moves a month back.
    await t.database.pool.query(`update pulse_runs set opened_at = now() - interval '40 days'`);
    await answerAs(await openRun(), 2, { A: 3, B: 5, C: 6 });
    const day = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);
    const periods = { both: [day(-60), day(1)], first: [day(-60), day(-20)], second: [day(-20), day(1)] } as const;
    const runsOf = { both: [1, 2], first: [1], second: [2] } as const;

    type Released = { pop: Set<number>; n: number; what: string };
    const released: Released[] = [];
    const popOf = (period: keyof typeof periods, locations: string[] | null, role: string | null) =>
      new Set(
        answered
          .map((a, i) => ({ a, i }))
          .filter(
            ({ a }) =>
              (runsOf[period] as readonly number[]).includes(a.run) &&
              (!locations || locations.includes(a.location)) &&
              (!role || a.role === role),
          )
          .map(({ i }) => i),
      );
    const callers = [
      { name: 'owner', as: org.as, scope: null as string[] | null },
      { name: 'manager', as: t.as(managerKey), scope: [loc.A!, loc.B!] },
    ];
    for (const caller of callers)
      for (const period of Object.keys(periods) as (keyof typeof periods)[])
        for (const by of [undefined, 'location', 'role'])
          for (const locationId of [undefined, loc.A, loc.B, loc.C])
            for (const role of [undefined, 'staff', 'manager'])
              for (const surveyId of [undefined, survey]) {
                const q = new URLSearchParams({ from: periods[period][0], to: periods[period][1] });
                if (by) q.set('by', by);
                if (locationId) q.set('locationId', locationId);
                if (role) q.set('role', role);
                if (surveyId) q.set('surveyId', surveyId);
                const res = await caller.as.get(`/api/v1/metrics/enps?${q}`);
                const what = `${caller.name} ${q}`;
                expect([200, 400, 403], what).toContain(res.statusCode);
                if (res.statusCode !== 200) continue;
                const body = res.json();
                const groups = [{ ...body.total, key: 'total' }, ...body.groups];
                for (const g of groups) {
                  if (g.hidden) continue;
                  expect(g.enps.n, what).toBeGreaterThanOrEqual(T);
                  const locs =
                    g.key === 'total'
                      ? locationId
                        ? [locationId]
                        : caller.scope
                      : by === 'location'
                        ? [g.key]
                        : caller.scope;
                  const r = g.key === 'total' ? (role ?? null) : by === 'role' ? g.key : null;
                  released.push({ pop: popOf(period, locs, r), n: g.enps.n, what: `${what} ${g.key}` });
                }
                // The total minus the visible siblings leaves nothing, or at least T answers.
                if (!body.total.hidden && body.groups.length) {
                  const rest =
                    body.total.enps.n -
                    body.groups.reduce(
                      (s: number, g: { hidden: boolean; enps: { n: number } | null }) => s + (g.hidden ? 0 : g.enps!.n),
                      0,
                    );
                  expect(rest === 0 || rest >= T, what).toBe(true);
                }
              }
    expect(released.length).toBeGreaterThan(20);
    // Any two released figures, one's population inside the other's: what subtraction leaves is 0 or ≥ T.
    for (const x of released)
      for (const y of released) {
        if (x === y || ![...y.pop].every((i) => x.pop.has(i))) continue;
        const diff = x.n - y.n;
        expect(diff === 0 || diff >= T, `${x.what} − ${y.what} = ${diff}`).toBe(true);
      }
  });

  it('refuses combinations that would cross groups, with a field per problem', async () => {
    const res = await org.as.get(`/api/v1/metrics/enps?by=role&locationId=${loc.A}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.by).toBeTruthy();
    const bad = await org.as.get(`/api/v1/metrics/enps?by=team&from=yesterday`);
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['by', 'from']);
  });

  it('keeps the threshold between 3 and 10 and never lowers it once a run has opened', async () => {
    expect((await org.as.patch(`/api/v1/pulse-surveys/${survey}`, { threshold: 2 })).statusCode).toBe(400);
    const lower = await org.as.patch(`/api/v1/pulse-surveys/${survey}`, { threshold: 4 });
    expect(lower.statusCode).toBe(400);
    expect(lower.json().error.fields.threshold).toMatch(/lowered/);
    expect((await org.as.patch(`/api/v1/pulse-surveys/${survey}`, { threshold: 6 })).statusCode).toBe(200);
  });

  it('shows comments only with at least T commenters, and relays a reply to the anonymous author', async () => {
    const all = (await org.as.get(`/api/v1/pulse-comments`)).json();
    expect(all.items.length).toBeGreaterThan(0);
    // The manager of A and B: run 2 has 3 at A (hidden), so B (the smallest visible) is hidden too.
    const mine = (await t.as(managerKey).get(`/api/v1/pulse-comments`)).json();
    expect(mine.items.some((c: { comment: string }) => /run 2/.test(c.comment))).toBe(false);
    const target = all.items.find((c: { comment: string }) => c.comment === 'Note C1 run 1');
    const reply = await org.as.post(`/api/v1/pulse-comments/${target.id}/replies`, {
      body: 'Thank you, we will fix the rota.',
    });
    expect(reply.statusCode).toBe(201);
    const author = people.filter((p) => p.location === loc.C)[1]!;
    const firstRunLink = t.sent.filter((m) => m.to === author.email)[0]!.text.match(/\/e\/\S+/)![0];
    const page = await t.app.inject({ method: 'GET', url: firstRunLink });
    expect(page.body).toContain('Thank you, we will fix the rota.');
  });

  it('puts each location’s eNPS beside its customer NPS and exits, without a correlation under 5 locations', async () => {
    const leaver = (await org.as.get('/api/v1/staff?limit=100'))
      .json()
      .items.find((s: { email: string }) => s.email === 'c6@pulse.example');
    const left = await org.as.patch(`/api/v1/staff/${leaver.id}`, { endedOn: new Date().toISOString().slice(0, 10) });
    expect(left.json()).toMatchObject({ locationIds: [loc.C], role: 'staff' });
    const panel = (await org.as.get(`/api/v1/metrics/enps/locations`)).json();
    expect(panel.locations).toHaveLength(3);
    const c = panel.locations.find((l: { locationId: string }) => l.locationId === loc.C);
    expect(c).toMatchObject({ exits: 1, enpsN: 13 });
    expect(panel.correlation).toBeNull();
  });

  it('shows each location’s audit compliance as the standards module counts it, and none where no audit was done', async () => {
    const checklist = (
      await org.as.post('/api/v1/checklists', {
        name: 'Counter walk-through',
        items: [
          { text: { en: 'Greeted at once' }, weight: 3 },
          { text: { en: 'Desk clean' }, weight: 1 },
        ],
      })
    ).json();
    const audit = (
      await org.as.post('/api/v1/audits', { checklistId: checklist.id, locationId: loc.A, kind: 'manager' })
    ).json();
    for (const [item, result] of [
      [checklist.items[0].id, 'pass'],
      [checklist.items[1].id, 'fail'],
    ])
      expect((await org.as.call('PUT', `/api/v1/audits/${audit.id}/answers/${item}`, { result })).statusCode).toBe(200);
    expect((await org.as.post(`/api/v1/audits/${audit.id}/submit`)).statusCode).toBe(200);
    const panel = (await org.as.get(`/api/v1/metrics/enps/locations`)).json();
    const standards = (await org.as.get(`/api/v1/metrics/compliance?by=location`)).json();
    const of = (id?: string) => panel.locations.find((l: { locationId: string }) => l.locationId === id);
    expect(of(loc.A)).toMatchObject({
      compliance: standards.items.find((i: { key: string }) => i.key === loc.A!).compliance,
      audits: 1,
    });
    expect(of(loc.A).compliance).toBe(75);
    expect(of(loc.B)).toMatchObject({ compliance: null, audits: 0 });
  });

  it('opens a run when the cadence says so, once', async () => {
    const quarterly = (await org.as.post('/api/v1/pulse-surveys', { name: 'Quarterly', cadence: 'quarterly' })).json();
    const deps = { db: t.db, pool: t.database.pool, jobs: t.jobs, baseUrl: () => 'http://zabota.test' };
    const runsOf = async () =>
      (await t.database.pool.query(`select count(*)::int n from pulse_runs where survey_id = $1`, [quarterly.id]))
        .rows[0].n;
    await openDueRuns(deps);
    expect(await runsOf()).toBe(1);
    await openDueRuns(deps);
    expect(await runsOf()).toBe(1);
    await openDueRuns(deps, new Date(Date.now() + 95 * 86_400_000));
    expect(await runsOf()).toBe(2);
  });
});

describe('the /e/ answer page', () => {
  it('refuses a post from another site, slows a script down with a 429 in the page’s language, and keeps no address', async () => {
    const guarded = await t.newOrg('Pulse guard');
    const at = (await guarded.as.post('/api/v1/locations', { name: 'Only' })).json().id;
    const email = 'guard@pulse.example';
    await guarded.as.post('/api/v1/staff', { name: 'G', email, role: 'staff', locationIds: [at], sendInvite: false });
    const id = (await guarded.as.post('/api/v1/pulse-surveys', { name: 'Guarded' })).json().id;
    expect((await guarded.as.post(`/api/v1/pulse-surveys/${id}/runs`, { closesInDays: 7 })).statusCode).toBe(201);
    const path = /\/e\/\S+/.exec((await t.waitForMail(email)).text)![0];
    const post = (url: string, payload: string, headers: Record<string, string>, remoteAddress = '127.0.0.1') =>
      t.app.inject({
        method: 'POST',
        url,
        payload,
        remoteAddress,
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      });
    const answers = async () =>
      (await t.database.pool.query(`select count(*)::int n from pulse_responses where org_id = $1`, [guarded.orgId]))
        .rows[0].n;
    expect((await post(path, 'score=0', { origin: 'https://evil.example' })).statusCode).toBe(403);
    expect((await post(path, 'score=0', { 'sec-fetch-site': 'cross-site', origin: 'null' })).statusCode).toBe(403);
    expect(await answers()).toBe(0);
    // The page's own post: Chromium sends Origin: null under no-referrer, and Sec-Fetch-Site says it is ours.
    const html = (await t.app.inject({ method: 'GET', url: `${path}?lang=ru` })).body;
    const action = html.match(/<form class="card" method="post" action="([^"]+)"/)![1]!;
    expect(action).toBe(`${path}?lang=ru`);
    const own = { 'sec-fetch-site': 'same-origin', origin: 'null' };
    const codes: number[] = [];
    for (let i = 2; i < LINK_POSTS_PER_WINDOW; i++) codes.push((await post(action, 'comment=x', own)).statusCode);
    expect(codes.every((c) => c === 400)).toBe(true);
    const limited = await post(action, 'score=9', own);
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeTruthy();
    expect(limited.body).toContain('Слишком много попыток');
    expect((await post(path, 'score=9', { ...own, 'accept-language': 'bg' })).body).toContain('Твърде много опити');
    expect(await answers()).toBe(0);

    // Another address is counted on its own, and its answer keeps neither the address nor the link.
    const address = '203.0.113.77';
    // A language typed into the query never reaches the Location header as typed (a line break there was a 500).
    const answered = await post(`${path}?lang=ru%0D%0AX-Evil:1`, 'score=9&comment=Fine', own, address);
    expect(answered.statusCode).toBe(303);
    expect(answered.headers.location).toBe(`${path}?lang=en`);
    expect(await answers()).toBe(1);
    const tables = await t.database.pool.query(
      `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    );
    const token = path.slice('/e/'.length);
    for (const { table_name } of tables.rows) {
      const hits = await t.database.pool.query(
        `select count(*)::int n from "${table_name}" x where x::text like $1 or x::text like $2`,
        [`%${address}%`, `%${token}%`],
      );
      expect([table_name, hits.rows[0].n]).toEqual([table_name, 0]);
    }
  });
});

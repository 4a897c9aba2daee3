import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { LINK_POSTS_PER_WINDOW } from './link-page-guard.ts';

let t: TestApp;
let org: Awaited<ReturnType<TestApp['newOrg']>>;
let other: Awaited<ReturnType<TestApp['newOrg']>>;
const customers: Record<string, { id: string; email: string; path: string }> = {};

async function customer(o: typeof org, key: string, name: string, language: string) {
  const email = `${key}@ideas.example`;
  const id = (await o.as.post('/api/v1/customers', { name, email, language })).json().id;
  const link = await o.as.post('/api/v1/customer-idea-links', { customerId: id });
  expect(link.statusCode).toBe(201);
  customers[key] = { id, email, path: new URL(link.json().url).pathname };
}

const get = (path: string) => t.app.inject({ method: 'GET', url: path });
const form = (path: string, fields: Record<string, string> = {}, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: 'POST',
    url: path,
    payload: new URLSearchParams(fields).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
  });
const ideaIdIn = (html: string, title: string) =>
  html.match(new RegExp(`data-idea="([0-9a-f-]{36})"><strong>${title}`))?.[1];

beforeAll(async () => {
  t = await createTestApp();
  org = await t.newOrg('Ideas bakery');
  other = await t.newOrg('Other bakery');
  await customer(org, 'anna', 'Anna Petrova', 'ru');
  await customer(org, 'boris', 'Boris Ivanov', 'bg');
  await customer(other, 'olga', 'Olga Secret', 'en');
});
afterAll(() => t.close());

describe('the customer idea board', () => {
  it('lets a customer post with no JavaScript, another vote once, and tells both of a status change in their language', async () => {
    const anna = customers.anna!;
    const boris = customers.boris!;
    const page = await get(anna.path);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.body).not.toContain('<script');
    expect(page.body).toContain('Ваши идеи для нас');

    const bad = await form(anna.path, { title: 'x' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('id="e-title"');

    const posted = await form(anna.path, { title: 'Gluten-free bread on Saturdays', body: 'Please' });
    expect(posted.statusCode).toBe(303);
    expect(posted.headers.location).toBe(`${anna.path}?posted=1`);

    const seen = await get(boris.path);
    const id = ideaIdIn(seen.body, 'Gluten-free bread on Saturdays')!;
    expect(id).toBeTruthy();
    expect(seen.body).toContain('Anna P.');
    expect(seen.body).not.toContain('Petrova');
    expect(seen.body).not.toContain(anna.email);

    for (let i = 0; i < 3; i++) expect((await form(`${boris.path}/votes/${id}`)).statusCode).toBe(303);
    await form(`${anna.path}/votes/${id}`); // one's own idea takes no vote
    const staffView = (await org.as.get(`/api/v1/insights/${id}`)).json();
    expect(staffView).toMatchObject({ audience: 'customer', votes: 1, onBehalfOfCustomerId: anna.id });
    const count = await t.database.pool.query(
      'select count(*)::int as n from insight_customer_votes where insight_id = $1',
      [id],
    );
    expect(count.rows[0].n).toBe(1);
    expect((await get(boris.path)).body).toMatch(/Вы проголосовали|Гласувахте/);

    expect((await org.as.patch(`/api/v1/insights/${id}`, { status: 'planned' })).statusCode).toBe(200);
    const [toAnna, toBoris] = await Promise.all([t.waitForMail(anna.email), t.waitForMail(boris.email)]);
    expect(toAnna.subject).toContain('Запланировано');
    expect(toBoris.subject).toContain('Gluten-free bread on Saturdays');
    expect(toBoris.text).toContain('нов статус');
  });

  it('shows a staff post on a customer’s behalf, and keeps an anonymous author unnamed', async () => {
    const anna = customers.anna!;
    const byStaff = await org.as.post('/api/v1/insights', {
      audience: 'customer',
      kind: 'idea',
      title: 'Oat milk in the coffee corner',
      onBehalfOfCustomerId: customers.boris!.id,
    });
    expect(byStaff.statusCode).toBe(201);
    await form(customers.boris!.path, { title: 'A bench by the door', anonymous: '1' });
    const html = (await get(anna.path)).body;
    expect(html).toContain('Oat milk in the coffee corner');
    expect(html).toMatch(/Boris I\.[^<]*<span class="badge">/);
    const bench = html.slice(html.indexOf('A bench by the door'));
    expect(bench.slice(0, bench.indexOf('</li>'))).not.toContain('Boris');
  });

  it('never shows another organisation’s board, and its customers cannot vote on it', async () => {
    const olga = customers.olga!;
    const html = (await get(olga.path)).body;
    expect(html).not.toContain('Gluten-free');
    expect(html).not.toContain('Anna');
    const annaPage = (await get(customers.anna!.path)).body;
    expect(annaPage).not.toContain('Olga');
    const id = ideaIdIn((await get(customers.boris!.path)).body, 'Oat milk in the coffee corner')!;
    await form(`${olga.path}/votes/${id}`);
    expect((await org.as.get(`/api/v1/insights/${id}`)).json().votes).toBe(0);
    expect((await other.as.post('/api/v1/customer-idea-links', { customerId: customers.anna!.id })).statusCode).toBe(
      400,
    );
  });

  it('refuses a cross-site post, a guessed token and a revoked link', async () => {
    const boris = customers.boris!;
    const cross = await form(boris.path, { title: 'Posted from elsewhere' }, { origin: 'https://evil.example' });
    expect(cross.statusCode).toBe(403);
    const fromSite = await form(
      boris.path,
      { title: 'Posted from elsewhere' },
      { 'sec-fetch-site': 'cross-site', origin: 'null' },
    );
    expect(fromSite.statusCode).toBe(403);
    expect((await get('/c/c_guessed-token')).statusCode).toBe(404);
    const revoked = await org.as.post('/api/v1/customer-idea-links/revoke', { customerId: boris.id });
    expect(revoked.json()).toEqual({ revoked: 1 });
    expect((await get(boris.path)).statusCode).toBe(404);
    expect((await form(boris.path, { title: 'After revocation' })).statusCode).toBe(404);
    const bad = await org.as.post('/api/v1/customer-idea-links', { customerId: 'nope' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.customerId).toBeTruthy();
  });

  it('emails a new link in the customer’s language when asked, and the old one stops working', async () => {
    const anna = customers.anna!;
    t.sent.length = 0;
    const issued = await org.as.post('/api/v1/customer-idea-links', { customerId: anna.id, send: true });
    expect(issued.statusCode).toBe(201);
    const mail = await t.waitForMail(anna.email);
    expect(mail.subject).toContain('личная ссылка');
    const fresh = new URL(issued.json().url).pathname;
    expect(mail.text).toContain(fresh);
    expect((await get(anna.path)).statusCode).toBe(404);
    expect((await get(fresh)).statusCode).toBe(200);
  });

  it('slows a script down: past the posts allowed per link and address, a 429 page (before any database work) in the page’s language', async () => {
    await customer(org, 'script', 'Script Kiddie', 'bg');
    const path = customers.script!.path;
    const action = (await get(path)).body.match(/<form class="card" method="post" action="([^"]+)"/)![1]!;
    expect(action).toBe(`${path}?lang=bg`);
    const codes: number[] = [];
    for (let i = 0; i < LINK_POSTS_PER_WINDOW; i++) codes.push((await form(action, { title: 'x' })).statusCode);
    expect(codes.every((c) => c === 400)).toBe(true);
    const limited = await form(action, { title: 'One more idea' });
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeTruthy();
    expect(limited.body).toContain('Твърде много публикации');
    const fromBrowser = await form(path, { title: 'x' }, { 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.5' });
    expect(fromBrowser.body).toContain('Слишком много сообщений');
    expect((await form(path, { title: 'x' })).body).toContain('Too many posts');
    expect((await get(path)).statusCode).toBe(200); // reading stays open
  });
});

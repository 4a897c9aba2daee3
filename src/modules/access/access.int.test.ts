import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import cookie from '@fastify/cookie';
import Fastify from 'fastify';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { setSessionCookie } from './session-cookie.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const cookieOf = (res: { headers: Record<string, unknown> }) => {
  const raw = [res.headers['set-cookie']].flat().find((c) => typeof c === 'string' && c.startsWith('zabota_session='));
  return raw as string | undefined;
};

describe('first-run setup', () => {
  it('creates the first organisation with a signed-in owner, then refuses a second setup', async () => {
    // Runs first in this file's fresh database, so no organisation exists yet.
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/setup' })).json()).toEqual({ needsSetup: true });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/setup',
      payload: {
        orgName: 'Smile Dental',
        ownerName: 'Ivan',
        ownerEmail: 'ivan@smile.example',
        ownerPassword: 'password123',
        timeZone: 'Europe/Sofia',
      },
    });
    expect(res.statusCode).toBe(201);
    const cookie = cookieOf(res)!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: cookie.split(';')[0]! },
    });
    expect(me.json()).toMatchObject({
      org: { name: 'Smile Dental', timeZone: 'Europe/Sofia' },
      role: 'owner',
      via: 'session',
      staff: { name: 'Ivan' },
    });
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/setup',
      payload: { orgName: 'X', ownerName: 'X', ownerEmail: 'x@x.example', ownerPassword: 'password123' },
    });
    expect(again.statusCode).toBe(403);
  });

  it('marks the session cookie Secure from the https public URL, never from a header a client sends', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.7' },
      payload: { email: 'ivan@smile.example', password: 'password123' },
    });
    expect(res.statusCode).toBe(200);
    expect(cookieOf(res)).not.toMatch(/Secure/);
    const bare = Fastify();
    await bare.register(cookie);
    bare.get('/', (req, reply) => (setSessionCookie(req, reply, 'token', 'https://zabota.example'), reply.send()));
    expect(cookieOf(await bare.inject({ url: '/' }))).toMatch(/Secure/);
    await bare.close();
  });
});

describe('sessions', () => {
  it('signs in, requires the CSRF token for changes, and signs out', async () => {
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'ivan@smile.example', password: 'password123' },
    });
    const cookie = cookieOf(login)!.split(';')[0]!;
    const csrf = login.json().csrfToken as string;
    const noCsrf = await t.app.inject({
      method: 'POST',
      url: '/api/v1/locations',
      headers: { cookie },
      payload: { name: 'Centre' },
    });
    expect(noCsrf.statusCode).toBe(403);
    const wrongCsrf = await t.app.inject({
      method: 'POST',
      url: '/api/v1/locations',
      headers: { cookie, 'x-csrf-token': 'nope' },
      payload: { name: 'Centre' },
    });
    expect(wrongCsrf.statusCode).toBe(403);
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/v1/locations',
      headers: { cookie, 'x-csrf-token': csrf },
      payload: { name: 'Centre' },
    });
    expect(ok.statusCode).toBe(201);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/locations', headers: { cookie } })).statusCode).toBe(200);
    // Signing out is a change too: another site's form post cannot end the session.
    const forged = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().error.code).toBe('forbidden');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/locations', headers: { cookie } })).statusCode).toBe(200);
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie, 'x-csrf-token': csrf },
    });
    expect(out.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/locations', headers: { cookie } })).statusCode).toBe(401);
  });

  it('slows failed sign-ins per account and address with growing delays, and never locks the owner out', async () => {
    const attempt = (password: string, remoteAddress = '203.0.113.66', lang = 'ru') =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress,
        headers: { 'accept-language': lang },
        payload: { email: 'limited@smile.example', password },
      });
    const { as } = await t.newOrg();
    const member = (
      await as.post('/api/v1/staff', { name: 'L', email: 'limited@smile.example', sendInvite: false })
    ).json();
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await attempt('wrong-password')).statusCode);
    expect(codes).toEqual([401, 401, 401, 401]);
    const slowed = await attempt('wrong-password');
    expect(slowed.statusCode).toBe(429);
    expect(slowed.json().error.code).toBe('rate_limited');
    expect(slowed.json().error.message).toMatch(/Попробуйте снова через 1 секунду/);
    // The right password from the owner's own address still works while the attacker waits.
    await t.db.execute(
      `update staff set password_hash = (select password_hash from staff where email = 'ivan@smile.example' limit 1) where id = '${member.id}'` as never,
    );
    expect((await attempt('password123', '198.51.100.10', 'en')).statusCode).toBe(200);
  });
});

describe('staff invitations', () => {
  it('emails an invitation whose link sets a password and signs the member in', async () => {
    const { as } = await t.newOrg();
    const location = (await as.post('/api/v1/locations', { name: 'North' })).json();
    const res = await as.post('/api/v1/staff', {
      name: 'Maria',
      email: 'maria@smile.example',
      role: 'manager',
      locationIds: [location.id],
      language: 'bg',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ role: 'manager', invitePending: true, locationIds: [location.id] });
    const mail = await t.waitForMail('maria@smile.example');
    expect(mail.subject).toBe('Покана за Zabota');
    const token = /\/invite\/([\w-]+)/.exec(mail.text)![1]!;
    expect(res.json().inviteUrl).toContain(token);
    const accepted = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/accept-invite',
      payload: { token, password: 'maria-secret-1' },
    });
    expect(accepted.statusCode).toBe(200);
    const reused = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/accept-invite',
      payload: { token, password: 'maria-secret-2' },
    });
    expect(reused.statusCode).toBe(404);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'maria@smile.example', password: 'maria-secret-1' },
    });
    expect(login.statusCode).toBe(200);
  });

  it('keeps at least one owner', async () => {
    const { as, ownerId } = await t.newOrg();
    const res = await as.patch(`/api/v1/staff/${ownerId}`, { role: 'manager' });
    expect(res.statusCode).toBe(409);
    expect((await as.delete(`/api/v1/staff/${ownerId}`)).statusCode).toBe(409);
  });
});

describe('API keys', () => {
  it('are shown once, stored hashed, listed without the secret and revocable', async () => {
    const { as } = await t.newOrg();
    const created = await as.post('/api/v1/api-keys', { name: 'Till', role: 'manager' });
    expect(created.statusCode).toBe(201);
    const key = created.json().apiKey as string;
    const list = await as.get('/api/v1/api-keys');
    expect(list.body).not.toContain(key);
    expect(list.json().items.find((k: { id: string }) => k.id === created.json().id).prefix).toBe(key.slice(0, 9));
    expect((await t.as(key).get('/api/v1/touchpoints')).statusCode).toBe(200);
    await as.delete(`/api/v1/api-keys/${created.json().id}`);
    expect((await t.as(key).get('/api/v1/touchpoints')).statusCode).toBe(401);
  });
});

describe('people who cover no location', () => {
  it('can still sign in and see themselves', async () => {
    const { as, orgId } = await t.newOrg();
    const member = (
      await as.post('/api/v1/staff', { name: 'Nomad', email: 'nomad@x.example', role: 'manager', sendInvite: false })
    ).json();
    const key = t.as(await t.keyFor(orgId, 'manager', member.id));
    const me = await key.get('/api/v1/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().staff.name).toBe('Nomad');
    expect((await key.get('/api/v1/staff')).json().items.map((s: { name: string }) => s.name)).toEqual(['Nomad']);
  });
});

describe('organisation settings', () => {
  it('lets the owner set branding, invitation throttle and quiet hours, with field errors for bad values', async () => {
    const { as } = await t.newOrg();
    const ok = await as.patch('/api/v1/org', {
      brandColor: '#123abc',
      inviteThrottleDays: 14,
      quietHoursStart: 22,
      quietHoursEnd: 8,
    });
    expect(ok.json()).toMatchObject({
      brandColor: '#123abc',
      inviteThrottleDays: 14,
      quietHoursStart: 22,
      quietHoursEnd: 8,
    });
    const bad = await as.patch('/api/v1/org', { brandColor: 'red', quietHoursStart: 24 });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['brandColor', 'quietHoursStart']);
  });
});

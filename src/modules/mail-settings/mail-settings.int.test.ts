import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpServer } from '../../../test/support/smtp.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let t: TestApp;
beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createTestApp(); // the server-wide mail goes to the outbox (t.sent), not to this SMTP peer
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

describe("an organisation's own SMTP server", () => {
  it('is set by the owner with a write-only sealed password, tested, and carries the organisation’s mail', async () => {
    const { as, orgId } = await t.newOrg('Klinika Zdrave');
    expect((await as.get('/api/v1/org/mail')).json()).toMatchObject({ configured: false, passwordSet: false });
    const manager = t.as(await t.keyFor(orgId, 'manager'));
    expect((await manager.get('/api/v1/org/mail')).statusCode).toBe(403);

    const bad = await as.call('PUT', '/api/v1/org/mail', { host: 'smtp example', port: 0, fromAddress: 'nope' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['fromAddress', 'host', 'port']);

    const saved = await as.call('PUT', '/api/v1/org/mail', {
      host: '127.0.0.1',
      port: smtp.port,
      password: 'smtp-s3cret',
      senderName: 'Klinika Zdrave',
      fromAddress: 'hello@klinika.example',
    });
    expect(saved.json()).toEqual({
      configured: true,
      host: '127.0.0.1',
      port: smtp.port,
      username: null,
      passwordSet: true,
      senderName: 'Klinika Zdrave',
      fromAddress: 'hello@klinika.example',
    });
    expect(saved.body).not.toContain('smtp-s3cret');
    const { rows } = await t.database.pool.query(`select password_sealed from org_mail_settings where org_id = $1`, [
      orgId,
    ]);
    expect(rows[0].password_sealed).toMatch(/^v1:/);
    expect(rows[0].password_sealed).not.toContain('smtp-s3cret');
    // Saving without a password keeps the stored one.
    const kept = await as.call('PUT', '/api/v1/org/mail', {
      host: '127.0.0.1',
      port: smtp.port,
      senderName: 'Klinika Zdrave',
      fromAddress: 'hello@klinika.example',
    });
    expect(kept.json().passwordSet).toBe(true);

    // The test button: a message over the wire to the SMTP peer, in the caller's language, from the org's sender.
    const test = await as.post('/api/v1/org/mail/test', { to: 'owner@klinika.example' }, { 'accept-language': 'bg' });
    expect(test.json()).toEqual({ sent: true, to: 'owner@klinika.example' });
    const got = await smtp.waitFor('owner@klinika.example', /Тестово писмо от Zabota/);
    expect(got.raw).toMatch(/^From: Klinika Zdrave <hello@klinika\.example>/m);

    // The organisation's customer mail goes the same way, not through the server-wide mailer.
    await t.db.execute(`update orgs set quiet_hours_start = 0, quiet_hours_end = 0 where id = '${orgId}'` as never);
    const customer = (
      await as.post('/api/v1/customers', { name: 'Olga', email: 'olga@example.com', consentEmail: true })
    ).json();
    const survey = (
      await as.post('/api/v1/surveys', {
        name: 'After the visit',
        languages: ['en'],
        questions: [{ id: 'nps', type: 'nps', text: { en: 'Recommend?' } }],
      })
    ).json();
    const inv = await as.post('/api/v1/invitations', {
      surveyId: survey.id,
      customerId: customer.id,
      channel: 'email',
    });
    expect(inv.statusCode, inv.body).toBe(201);
    const invitation = await smtp.waitFor('olga@example.com');
    expect(invitation.raw).toMatch(/^From: Klinika Zdrave <hello@klinika\.example>/m);
    expect(t.sent.filter((m) => m.to === 'olga@example.com')).toEqual([]);

    // A server that refuses says so as a field error.
    await as.call('PUT', '/api/v1/org/mail', { host: '127.0.0.1', port: 1, fromAddress: 'hello@klinika.example' });
    const refused = await as.post('/api/v1/org/mail/test', { to: 'owner@klinika.example' });
    expect([refused.statusCode, refused.json().error.fields]).toEqual([400, { host: 'refused' }]);
    expect((await as.delete('/api/v1/org/mail')).json().configured).toBe(false);
  });
});

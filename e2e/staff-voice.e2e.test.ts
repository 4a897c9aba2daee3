import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from '../src/platform/mail/mailer.ts';
import { startSmtpServer } from '../test/support/smtp.ts';
import { openAsNewOwner, startBrowserApp, type BrowserApp } from './support/browser-app.ts';

describe('staff voice', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let ba: BrowserApp;
  let owner: Page;
  let api: ReturnType<BrowserApp['app']['as']>;
  let sofia: string;
  const pathOf = (text: string, prefix: string) => new RegExp(`/${prefix}/\\S+`).exec(text)![0];

  beforeAll(async () => {
    smtp = await startSmtpServer();
    // Outcome emails, form links and pulse invitations travel over a real SMTP connection.
    ba = await startBrowserApp({
      mailer: createMailer({ smtpUrl: smtp.url, from: 'zabota@test.local', outboxDir: '/nonexistent' }),
    });
    const opened = await openAsNewOwner(ba);
    owner = opened.page;
    const me = (await (await opened.context.request.get('/api/v1/auth/me')).json()) as { org: { id: string } };
    api = ba.app.as(await ba.app.keyFor(me.org.id, 'owner'));
    sofia = (await api.post('/api/v1/locations', { name: 'Sofia centre' })).json().id;
  });
  afterAll(async () => {
    await ba?.close();
    await smtp?.close();
  });

  it('an irritant posted from the link, two votes, done with an outcome: author and voters get the email', async () => {
    await api.post('/api/v1/touchpoints', { name: 'Checkout', kind: 'service', stage: 'service' });
    const people = [
      { name: 'Ana Petrova', email: 'ana@voice.example', language: 'en' },
      { name: 'Boris Ivanov', email: 'boris@voice.example', language: 'ru' },
      { name: 'Vera Koleva', email: 'vera@voice.example', language: 'bg' },
    ];
    const links: string[] = [];
    for (const p of people) {
      const s = await api.post('/api/v1/staff', { ...p, locationIds: [sofia], sendInvite: false });
      expect(s.statusCode, s.body).toBe(201);
      expect((await api.post('/api/v1/insight-links', { staffId: s.json().id })).statusCode).toBe(201);
      // The personal link as it arrives by email (and as the QR code on the staff-room wall would carry it).
      links.push(pathOf((await smtp.waitFor(p.email)).text, 'i'));
    }

    const { page: author } = await ba.newPage();
    await author.goto(links[0]!);
    await author.getByLabel('Customers are irritated by…').check();
    await author.getByLabel('In one sentence').fill('Customers wait too long at the checkout at lunchtime');
    await author.getByLabel('Where in the service').selectOption({ label: 'Checkout' });
    await author.getByRole('button', { name: 'Post' }).click();
    await author.getByText('Thank you! Your post is in.').waitFor();

    for (const link of links.slice(1)) {
      const { page: colleague } = await ba.newPage();
      await colleague.goto(link);
      const post = colleague.locator('li.post', { hasText: 'Customers wait too long at the checkout' });
      await post.locator('form').first().locator('button').click();
      await colleague.locator('li.post', { hasText: 'Customers wait too long' }).locator('.badge').nth(1).waitFor();
    }

    await owner.goto('/insights');
    const row = owner.locator('[data-testid=insights-table] tr', { hasText: 'Customers wait too long' });
    await expect.poll(async () => (await row.locator('td').nth(5).textContent())?.trim()).toBe('2');
    await row.getByRole('button').click();
    await owner.locator('select[name=status]').selectOption('done');
    await owner.locator('textarea[name=outcome]').fill('A second till opens from 12:00 to 14:00 every weekday');
    await owner.getByRole('button', { name: 'Save' }).click();
    await owner.getByTestId('insight-outcome').waitFor();

    const toAuthor = await smtp.waitFor('ana@voice.example', /Done/);
    expect(toAuthor.text).toContain('A second till opens from 12:00 to 14:00');
    expect((await smtp.waitFor('boris@voice.example', /Сделано/)).text).toContain('A second till opens');
    expect((await smtp.waitFor('vera@voice.example', /Направено/)).text).toContain('A second till opens');
    // The author sees the outcome through the link too.
    await author.goto(links[0]!);
    await author.getByText('A second till opens from 12:00 to 14:00').first().waitFor();

    // A new link for the wall: the dashboard shows it with its QR poster, ready to print.
    await owner.locator('select[name=staffId]').selectOption({ label: 'Ana Petrova' });
    await owner.getByRole('button', { name: 'Issue a new link (revokes the old one)' }).click();
    const poster = owner.getByTestId('insight-poster');
    await poster.getByText('Only for Ana Petrova').waitFor();
    expect(await poster.locator('img').getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
    await owner.getByRole('button', { name: 'Print the QR poster' }).waitFor();
  });

  it('a pulse run with 4 answers at a location shows nothing for it; a 5th answer shows it', async () => {
    const plovdiv = (await api.post('/api/v1/locations', { name: 'Plovdiv' })).json().id;
    for (let i = 0; i < 6; i++) {
      await api.post('/api/v1/staff', {
        name: `Sofia ${i}`,
        email: `s${i}@pulse.example`,
        locationIds: [sofia],
        sendInvite: false,
      });
      await api.post('/api/v1/staff', {
        name: `Plovdiv ${i}`,
        email: `p${i}@pulse.example`,
        locationIds: [plovdiv],
        sendInvite: false,
      });
    }
    const survey = (await api.post('/api/v1/pulse-surveys', { name: 'Monthly pulse' })).json();
    expect((await api.post(`/api/v1/pulse-surveys/${survey.id}/runs`, {})).statusCode).toBe(201);
    const linkOf = async (email: string) => pathOf((await smtp.waitFor(email, /how is work going/)).text, 'e');

    const { page: phone } = await ba.newPage({ width: 390, height: 800 });
    const answer = async (email: string, score: number) => {
      await phone.goto(await linkOf(email));
      await phone.locator(`input[name=score][value="${score}"]`).check();
      await phone.getByRole('button', { name: 'Send' }).click();
      await phone.getByText('Thank you! Your answer is in.').waitFor();
    };
    for (let i = 0; i < 6; i++) await answer(`p${i}@pulse.example`, 9);
    for (let i = 0; i < 4; i++) await answer(`s${i}@pulse.example`, 10 - i);

    await owner.goto('/enps');
    const sofiaRow = owner.locator(`[data-testid=enps-table] tr[data-group="${sofia}"]`);
    await expect.poll(async () => sofiaRow.textContent()).toContain('Hidden');
    // Plovdiv is hidden with it, or Sofia would be the total minus Plovdiv.
    expect(await owner.locator(`tr[data-group="${plovdiv}"]`).textContent()).toContain('Hidden');

    await answer('s4@pulse.example', 8);
    await owner.reload();
    await expect.poll(async () => sofiaRow.locator('td').nth(2).textContent()).toBe('5');
    expect(await owner.locator(`tr[data-group="${plovdiv}"] td`).nth(2).textContent()).toBe('6');
  });
});

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from '../src/platform/mail/mailer.ts';
import { startSmtpServer } from '../test/support/smtp.ts';
import { openAsNewOwner, startBrowserApp, type BrowserApp } from './support/browser-app.ts';

describe('customer idea board', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let ba: BrowserApp;
  let owner: Page;
  let api: ReturnType<BrowserApp['app']['as']>;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    ba = await startBrowserApp({
      mailer: createMailer({ smtpUrl: smtp.url, from: 'zabota@test.local', outboxDir: '/nonexistent' }),
    });
    const opened = await openAsNewOwner(ba);
    owner = opened.page;
    const me = (await (await opened.context.request.get('/api/v1/auth/me')).json()) as { org: { id: string } };
    api = ba.app.as(await ba.app.keyFor(me.org.id, 'owner'));
  });
  afterAll(async () => {
    await ba?.close();
    await smtp?.close();
  });

  it('a customer posts from their link with no JavaScript, another votes, the owner plans it and the voter hears', async () => {
    const anna = (await api.post('/api/v1/customers', { name: 'Anna Petrova', email: 'anna@ideas.example' })).json();
    const boris = (
      await api.post('/api/v1/customers', { name: 'Boris Ivanov', email: 'boris@ideas.example', language: 'ru' })
    ).json();

    // The owner hands Anna her link from her card, by email.
    await owner.goto(`/customers/${anna.id}`);
    await owner.getByLabel('Email it to them').check();
    await owner.getByRole('button', { name: 'New link' }).click();
    await owner.getByTestId('customer-idea-link').waitFor();
    const annaLink = /\/c\/\S+/.exec((await smtp.waitFor('anna@ideas.example', /personal link/)).text)![0];
    expect((await api.post('/api/v1/customer-idea-links', { customerId: boris.id, send: true })).statusCode).toBe(201);
    const borisLink = /\/c\/\S+/.exec((await smtp.waitFor('boris@ideas.example')).text)![0];

    // Customers' phones with JavaScript off: the board is plain HTML forms.
    const noJs = () => ba.browser.newContext({ javaScriptEnabled: false, baseURL: ba.baseUrl });
    const annaPhone = await (await noJs()).newPage();
    await annaPhone.goto(annaLink);
    await annaPhone.getByLabel('Your idea in one sentence').fill('Gluten-free bread on Saturdays');
    await annaPhone.getByRole('button', { name: 'Post my idea' }).click();
    await annaPhone.getByText('Thank you! Your idea is on the board.').waitFor();

    const borisPhone = await (await noJs()).newPage();
    await borisPhone.goto(borisLink);
    const idea = borisPhone.locator('li.post', { hasText: 'Gluten-free bread on Saturdays' });
    expect(await idea.textContent()).toContain('Anna P.');
    expect(await idea.textContent()).not.toContain('Petrova');
    await idea.getByRole('button', { name: 'Голосовать' }).click();
    await borisPhone.locator('li.post', { hasText: 'Gluten-free bread' }).getByText('Вы проголосовали').waitFor();

    await owner.goto('/insights');
    await owner.getByLabel('Who').selectOption('customer');
    const row = owner.locator('[data-testid=insights-table] tr', { hasText: 'Gluten-free bread on Saturdays' });
    await expect.poll(async () => (await row.locator('td').nth(5).textContent())?.trim()).toBe('1');
    await row.getByRole('button').click();
    await owner.locator('select[name=status]').selectOption('planned');
    await owner.getByRole('button', { name: 'Save' }).click();

    const toBoris = await smtp.waitFor('boris@ideas.example', /Запланировано/);
    expect(toBoris.text).toContain('Gluten-free bread on Saturdays');
    expect((await smtp.waitFor('anna@ideas.example', /Planned/)).subject).toContain('Gluten-free bread');
    await borisPhone.reload();
    await borisPhone.locator('li.post', { hasText: 'Gluten-free bread' }).getByText('Запланировано').waitFor();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTelegramServer } from '../test/support/telegram-server.ts';
import { openAsNewOwner, screenshot, startBrowserApp, type BrowserApp } from './support/browser-app.ts';

const TOKEN = '7000000001:AAH-e2e_token_for_the_local_bot_api_x';
const CHAT = 777002;

describe('messaging channels', () => {
  let ba: BrowserApp;
  let tg: Awaited<ReturnType<typeof startTelegramServer>>;
  beforeAll(async () => {
    tg = await startTelegramServer(TOKEN, 'bright_smile_bot');
    process.env.ZABOTA_TELEGRAM_API_URL = tg.url;
    ba = await startBrowserApp();
  });
  afterAll(async () => {
    await ba?.close();
    await tg?.close();
    delete process.env.ZABOTA_TELEGRAM_API_URL;
  });

  it('the owner connects a Telegram bot and sends a survey to a customer from the customer page', async () => {
    const { context, page } = await openAsNewOwner(ba);
    const me = (await (await context.request.get('/api/v1/auth/me')).json()) as { org: { id: string } };
    const api = ba.app.as(await ba.app.keyFor(me.org.id, 'owner'));
    await api.patch('/api/v1/org', { quietHoursStart: 0, quietHoursEnd: 0 });
    const customer = (await api.post('/api/v1/customers', { name: 'Elena Koleva', language: 'en' })).json();
    await api.post('/api/v1/surveys', {
      name: 'After the visit',
      languages: ['en'],
      questions: [
        { id: 'nps', type: 'nps', text: { en: 'Would you recommend us?' }, required: true },
        { id: 'why', type: 'text', text: { en: 'Why?' } },
      ],
    });

    // Setup → Channels: paste the token from @BotFather.
    await page.goto('/settings/channels');
    await page.getByRole('heading', { name: 'Messaging channels', level: 1 }).waitFor();
    expect(await page.getByTestId('channel-status-telegram').textContent()).toContain('Not connected');
    await page.getByLabel('Bot token', { exact: true }).fill(TOKEN);
    await page.getByRole('button', { name: 'Connect' }).first().click();
    await page.getByTestId('channel-status-telegram').getByText('@bright_smile_bot').waitFor();
    expect(await page.getByTestId('channel-status-telegram').textContent()).toContain(TOKEN.slice(-4));
    expect(await page.content()).not.toContain(TOKEN);
    await screenshot(page, 'channels');

    // The customer opens their personal link and starts the bot (Telegram calls the webhook).
    await page.goto(`/customers/${customer.id as string}`);
    const link = (await page.getByTestId('telegram-link').textContent())!;
    const set = tg.calls.find((c) => c.method === 'setWebhook')!;
    const start = await ba.app.app.inject({
      method: 'POST',
      url: new URL(String(set.body.url)).pathname,
      headers: { 'x-telegram-bot-api-secret-token': String(set.body.secret_token) },
      payload: {
        update_id: 1,
        message: { message_id: 1, chat: { id: CHAT }, text: `/start ${link.split('start=')[1]}` },
      },
    });
    expect(start.statusCode).toBe(200);

    await page.reload();
    await page.getByTestId('customer-channels').getByText(String(CHAT)).waitFor();
    const send = page.locator('form.send-survey');
    expect(await send.getByLabel('How').inputValue()).toBe('telegram');
    await send.getByRole('button', { name: 'Send' }).click();
    await send.getByText('The invitation is on its way by Telegram.').waitFor();
    const question = await tg.waitFor((c) => c.method === 'sendMessage' && !!c.body.reply_markup);
    expect(question.body.chat_id).toBe(String(CHAT));
    expect(question.body.text).toContain('Would you recommend us?');

    await page.reload();
    const rows = page.getByTestId('customer-invitations').locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.first().textContent()).toMatch(/After the visit\s*Telegram\s*Sent/);
    await page.getByTestId('messages').getByText('Sent').waitFor();
    await screenshot(page, 'customer-telegram');
  });
});

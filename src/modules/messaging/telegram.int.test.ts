import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTelegramServer } from '../../../test/support/telegram-server.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

const TOKEN = '123456789:AAE-test_token_for_the_local_server_xyz';
const CHAT = 555001;

let t: TestApp;
let tg: Awaited<ReturnType<typeof startTelegramServer>>;
let org: Awaited<ReturnType<TestApp['newOrg']>>;
let hook: string;
let secret: string;
let customerId: string;
let surveyId: string;
let updateId = 1000;

const count = async (sql: string, params: unknown[] = []) =>
  Number((await t.database.pool.query(sql, params)).rows[0].n);

const post = (body: unknown, headerSecret: string | null = secret) =>
  t.app.inject({
    method: 'POST',
    url: hook,
    payload: body as object,
    headers: headerSecret === null ? {} : { 'x-telegram-bot-api-secret-token': headerSecret },
  });

const textUpdate = (text: string, extra: Record<string, unknown> = {}) => ({
  update_id: ++updateId,
  message: { message_id: updateId, chat: { id: CHAT }, from: { id: CHAT, language_code: 'en' }, text, ...extra },
});

beforeAll(async () => {
  tg = await startTelegramServer(TOKEN);
  process.env.ZABOTA_TELEGRAM_API_URL = tg.url;
  t = await createTestApp();
  org = await t.newOrg('Bright Smile');
  await org.as.patch('/api/v1/org', { quietHoursStart: 0, quietHoursEnd: 0, inviteThrottleDays: 0 });
  customerId = (await org.as.post('/api/v1/customers', { name: 'Maria' })).json().id;
  surveyId = (
    await org.as.post('/api/v1/surveys', {
      name: 'Visit',
      languages: ['en'],
      status: 'active',
      questions: [
        { id: 'nps', type: 'nps', text: { en: 'Would you recommend us?' }, required: true },
        { id: 'why', type: 'text', text: { en: 'Why?' } },
      ],
    })
  ).json().id;
});

afterAll(async () => {
  await t.close();
  await tg.close();
  delete process.env.ZABOTA_TELEGRAM_API_URL;
});

describe('Telegram', () => {
  it('refuses a token Telegram does not know and stores nothing', async () => {
    const res = await org.as.call('PUT', '/api/v1/channels/telegram', {
      token: '999999:AAE-wrong_token_not_known_to_tg',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.token).toMatch(/Unauthorized/);
    expect(await count('select count(*) n from channel_connections')).toBe(0);
  });

  it('connects a bot: the token is sealed, never answered, and the webhook set with a secret', async () => {
    const res = await org.as.call('PUT', '/api/v1/channels/telegram', { token: TOKEN });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(res.body).not.toContain(TOKEN);
    expect(body).toMatchObject({ kind: 'telegram', connected: true, secretSet: true, secretHint: TOKEN.slice(-4) });
    expect(body.settings.botName).toBe('zabota_test_bot');
    const set = tg.calls.find((c) => c.method === 'setWebhook')!;
    expect(set.body.url).toBe(body.hookUrl);
    secret = String(set.body.secret_token);
    hook = new URL(body.hookUrl).pathname;
    const stored = (await t.database.pool.query('select secret, hook_secret from channel_connections')).rows[0];
    expect(stored.secret).not.toContain(TOKEN);
    expect(stored.hook_secret).not.toContain(secret);
    // Saving again without a token keeps the one saved.
    expect((await org.as.call('PUT', '/api/v1/channels/telegram', {})).json().secretHint).toBe(TOKEN.slice(-4));
    expect((await org.as.post('/api/v1/channels/telegram/test', {})).json()).toEqual({
      ok: true,
      detail: '@zabota_test_bot',
    });
  });

  it("binds the customer's chat through the /start deep link, with consent recorded", async () => {
    const link = (await org.as.get(`/api/v1/customers/${customerId}/channels`)).json().telegramLink as string;
    expect(link).toMatch(/^https:\/\/t\.me\/zabota_test_bot\?start=[A-Za-z0-9_-]{49}$/);
    const payload = link.split('start=')[1]!;

    const forged = `${customerId.replaceAll('-', '')}_AAAAAAAAAAAAAAAA`;
    expect((await post(textUpdate(`/start ${forged}`))).statusCode).toBe(200);
    expect((await post(textUpdate(`/start ${payload}`), 'wrong-secret')).statusCode).toBe(401);
    expect((await post(textUpdate(`/start ${payload}`), null)).statusCode).toBe(401);
    expect(await count('select count(*) n from customer_channels')).toBe(0);

    expect((await post(textUpdate(`/start ${payload}`))).statusCode).toBe(200);
    const view = (await org.as.get(`/api/v1/customers/${customerId}/channels`)).json();
    expect(view.addresses).toEqual([
      expect.objectContaining({ channel: 'telegram', address: String(CHAT), consent: true }),
    ]);
    expect(view.addresses[0].consentSource).toMatch(/personal link/);
    expect(tg.sent(CHAT).at(-1)!.body.text).toContain('Bright Smile will write to you here');
  });

  let invitationId: string;
  let buttons: { callback_data: string }[][];

  it('sends a survey invitation by Telegram with the NPS buttons', async () => {
    const res = await org.as.post('/api/v1/invitations', { surveyId, customerId, channel: 'telegram' });
    expect(res.statusCode).toBe(201);
    invitationId = res.json().id;
    const call = await tg.waitFor((c) => c.method === 'sendMessage' && !!c.body.reply_markup);
    expect(call.body.chat_id).toBe(String(CHAT));
    expect(call.body.text).toContain('Would you recommend us?');
    buttons = (call.body.reply_markup as { inline_keyboard: { callback_data: string }[][] }).inline_keyboard;
    expect(buttons.flat().map((b) => b.callback_data.split(':')[2])).toEqual([
      '0',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
    ]);
    await expect.poll(async () => (await org.as.get(`/api/v1/invitations/${invitationId}`)).json().status).toBe('sent');
    const messages = (await org.as.get(`/api/v1/invitations/${invitationId}/messages`)).json().items;
    expect(messages).toEqual([expect.objectContaining({ channel: 'telegram', status: 'sent', providerAnswer: 'ok' })]);
  });

  it('stores the in-chat score like a respondent-page answer, once, then the comment; a case opens', async () => {
    const data = buttons.flat()[2]!.callback_data;
    const press = {
      update_id: ++updateId,
      callback_query: { id: 'cb1', from: { id: CHAT }, message: { message_id: 100, chat: { id: CHAT } }, data },
    };
    expect((await post(press, 'nope')).statusCode).toBe(401);
    expect(await count('select count(*) n from responses')).toBe(0);
    expect((await post(press)).statusCode).toBe(200);
    expect((await post(press)).statusCode).toBe(200); // Telegram's retry
    const other = { ...press, update_id: ++updateId, callback_query: { ...press.callback_query, id: 'cb2' } };
    await post(other); // a second press of another button: already answered
    expect(await count('select count(*) n from responses')).toBe(1);
    const response = (await t.database.pool.query('select * from responses')).rows[0];
    expect(response).toMatchObject({
      nps: 2,
      channel: 'telegram',
      invitation_id: invitationId,
      customer_id: customerId,
    });
    expect(tg.sent(CHAT).some((c) => (c.body.reply_markup as { force_reply?: boolean })?.force_reply)).toBe(true);

    const comment = textUpdate('The receptionist was rude');
    expect((await post(comment)).statusCode).toBe(200);
    expect((await post(comment)).statusCode).toBe(200);
    const after = (await t.database.pool.query('select comment, status from responses')).rows;
    expect(after).toEqual([{ comment: 'The receptionist was rude', status: 'complete' }]);
    expect((await org.as.get(`/api/v1/invitations/${invitationId}`)).json().status).toBe('answered');

    await t.runCaseEngine();
    const cases = (await org.as.get('/api/v1/cases?view=all')).json().items;
    expect(cases).toHaveLength(1);
    expect(cases[0].responseId).toBe(response.id);
  });

  it("lets the case owner write from the case page and puts the customer's reply on the timeline", async () => {
    const caseId = (await org.as.get('/api/v1/cases?view=all')).json().items[0].id;
    const res = await org.as.post(`/api/v1/cases/${caseId}/messages`, { text: 'We are sorry. May we call you?' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ channel: 'telegram', status: 'sent', caseId });
    const sent = await tg.waitFor((c) => c.body.text === 'We are sorry. May we call you?');
    expect(sent.body.chat_id).toBe(String(CHAT));

    const reply = textUpdate('Yes, after 6 pm please', {
      reply_to_message: { message_id: 100 + tg.sent(CHAT).length - 1 },
    });
    expect((await post(reply)).statusCode).toBe(200);
    expect((await post(reply)).statusCode).toBe(200);
    const events = (await org.as.get(`/api/v1/cases/${caseId}`)).json().events;
    const msgs = events.filter((e: { type: string }) => e.type === 'message');
    expect(msgs.map((e: { data: { direction: string; text: string } }) => [e.data.direction, e.data.text])).toEqual([
      ['out', 'We are sorry. May we call you?'],
      ['in', 'Yes, after 6 pm please'],
    ]);
    const listed = (await org.as.get(`/api/v1/cases/${caseId}/messages`)).json().items;
    expect(listed).toHaveLength(2);
  });

  it('/stop withdraws consent: the next invitation is not sent', async () => {
    await post(textUpdate('/stop'));
    const view = (await org.as.get(`/api/v1/customers/${customerId}/channels`)).json();
    expect(view.addresses[0]).toMatchObject({ consent: false });
    const res = await org.as.post('/api/v1/invitations', { surveyId, customerId, channel: 'telegram' });
    await expect
      .poll(async () => (await org.as.get(`/api/v1/invitations/${res.json().id}`)).json())
      .toMatchObject({
        status: 'skipped',
        // Nothing else reaches them either: the router tried the owner's order after Telegram.
        error: 'The customer has not agreed to messages by Telegram; The customer has no email address',
      });
  });

  it("sends the trigger's invitations by the preferred channel with consent, else down the owner's order", async () => {
    const touchpoint = (
      await org.as.post('/api/v1/touchpoints', { name: 'Reception', kind: 'service', stage: 'service' })
    ).json().id;
    await org.as.post('/api/v1/surveys', {
      name: 'After the visit',
      languages: ['en'],
      status: 'active',
      touchpointIds: [touchpoint],
      settings: { triggerDelayHours: 0 },
      questions: [{ id: 'nps', type: 'nps', text: { en: 'And this time?' }, required: true }],
    });
    const person = async (name: string, consent: boolean) => {
      const id = (
        await org.as.post('/api/v1/customers', { name, email: `${name}@example.com`, consentEmail: true })
      ).json().id;
      const res = await org.as.call('PUT', `/api/v1/customers/${id}/channels`, {
        preferred: 'telegram',
        addresses: [{ channel: 'telegram', address: `chat-${name}`, consent, consentSource: 'Told us at the desk' }],
      });
      expect(res.statusCode).toBe(200);
      await org.as.post('/api/v1/interactions', {
        occurredAt: new Date().toISOString(),
        customerId: id,
        touchpointId: touchpoint,
      });
      return id;
    };
    const pavel = await person('pavel', true);
    const vera = await person('vera', false);
    const channelOf = async (id: string) =>
      (await org.as.get(`/api/v1/invitations?customerId=${id}`)).json().items[0]?.channel;
    await expect.poll(() => channelOf(pavel), { timeout: 10_000 }).toBe('telegram');
    await expect.poll(() => channelOf(vera), { timeout: 10_000 }).toBe('email');
    await tg.waitFor((c) => c.body.chat_id === 'chat-pavel' && String(c.body.text).includes('And this time?'));
    await t.waitForMail('vera@example.com');
    expect(tg.sent('chat-vera')).toEqual([]);
  });
});

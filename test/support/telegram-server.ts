import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type TelegramCall = { token: string; method: string; body: Record<string, unknown> };

/**
 * A local server speaking the Telegram Bot API's HTTP shape (https://core.telegram.org/bots/api):
 * POST /bot<token>/<method> with JSON, answered {ok, result} or {ok: false, error_code,
 * description}. Knows one valid token; chat id 403 has "blocked the bot".
 */
export async function startTelegramServer(validToken: string, botName = 'zabota_test_bot') {
  const calls: TelegramCall[] = [];
  let nextMessageId = 100;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const m = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? '');
      const answer = (status: number, json: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(json));
      };
      if (!m || req.method !== 'POST') return answer(404, { ok: false, error_code: 404, description: 'Not Found' });
      const [, token, method] = m as unknown as [string, string, string];
      const body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : {};
      calls.push({ token, method, body });
      if (token !== validToken) return answer(401, { ok: false, error_code: 401, description: 'Unauthorized' });
      switch (method) {
        case 'getMe':
          return answer(200, { ok: true, result: { id: 42, is_bot: true, first_name: 'Zabota', username: botName } });
        case 'sendMessage':
          if (String(body.chat_id) === '403')
            return answer(403, { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' });
          return answer(200, {
            ok: true,
            result: { message_id: nextMessageId++, chat: { id: Number(body.chat_id) }, date: 0, text: body.text },
          });
        case 'setWebhook':
        case 'deleteWebhook':
        case 'answerCallbackQuery':
          return answer(200, { ok: true, result: true });
        default:
          return answer(404, { ok: false, error_code: 404, description: 'Not Found: method not found' });
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    calls,
    sent: (chatId: number | string) =>
      calls.filter((c) => c.method === 'sendMessage' && String(c.body.chat_id) === String(chatId)),
    waitFor: async (pred: (c: TelegramCall) => boolean, timeoutMs = 10_000) => {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const hit = calls.find(pred);
        if (hit) return hit;
        if (Date.now() > until) throw new Error('No such Telegram call in time');
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

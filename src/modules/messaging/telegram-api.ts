/**
 * The Telegram Bot API calls Zabota makes (https://core.telegram.org/bots/api): POST
 * `{base}/bot{token}/{method}` with a JSON body, answered `{ok, result}` or `{ok: false,
 * error_code, description}`. The base is api.telegram.org; an operator (or a test's local
 * server) may point ZABOTA_TELEGRAM_API_URL elsewhere.
 */

export type TelegramAnswer<T> = { ok: true; result: T } | { ok: false; status: number; description: string };

export type InlineButton = { text: string; callback_data: string };

export const telegramBase = (env: NodeJS.ProcessEnv = process.env) =>
  (env.ZABOTA_TELEGRAM_API_URL || 'https://api.telegram.org').replace(/\/$/, '');

export async function callTelegram<T>(
  token: string,
  method: string,
  body: Record<string, unknown>,
  timeoutMs = 10_000,
): Promise<TelegramAnswer<T>> {
  let res: Response;
  try {
    res = await fetch(`${telegramBase()}/bot${token}/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (e) {
    return { ok: false, status: 0, description: e instanceof Error ? e.message : String(e) };
  }
  const json = (await res.json().catch(() => null)) as {
    ok?: boolean;
    result?: T;
    description?: string;
    error_code?: number;
  } | null;
  if (json?.ok) return { ok: true, result: json.result as T };
  return { ok: false, status: json?.error_code ?? res.status, description: json?.description ?? `HTTP ${res.status}` };
}

/** Worth trying again later: the network, Telegram's own trouble, or its flood limit. */
export const transient = (a: { status: number }) => a.status === 0 || a.status === 429 || a.status >= 500;

/** Buttons for a score question: NPS 0–10 in two rows, a 1–5 or 1–7 scale in one. */
export function scoreKeyboard(messageId: string, range: [number, number]): InlineButton[][] {
  const buttons: InlineButton[] = [];
  for (let n = range[0]; n <= range[1]; n++) buttons.push({ text: String(n), callback_data: `s:${messageId}:${n}` });
  return buttons.length > 7 ? [buttons.slice(0, 6), buttons.slice(6)] : [buttons];
}

/** The score a button carries, or null for data Zabota did not make. */
export function parseScore(data: string): { messageId: string; score: number } | null {
  const m = /^s:([0-9a-f-]{36}):(\d{1,2})$/.exec(data);
  return m ? { messageId: m[1]!, score: Number(m[2]) } : null;
}

/** The update shapes Zabota reads (https://core.telegram.org/bots/api#update). */
export type TelegramUpdate = {
  update_id: number;
  message?: {
    message_id: number;
    chat: { id: number };
    from?: { id: number; first_name?: string; language_code?: string };
    text?: string;
    reply_to_message?: { message_id: number };
  };
  callback_query?: {
    id: string;
    from: { id: number };
    message?: { message_id: number; chat: { id: number } };
    data?: string;
  };
};

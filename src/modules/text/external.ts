import { envPolicy, post, type OutboundPolicy } from '../../platform/http/outbound.ts';
import { EMOTIONS, SENTIMENTS, type Emotion, type Sentiment, type Taxonomy } from './analyzer/types.ts';

/** An OpenAI-compatible chat-completions endpoint an organisation runs or rents. */
export type ExternalConfig = { url: string; apiKey: string | null; model: string | null };

export const EXTERNAL_TIMEOUT_MS = 2000;

export type ExternalVerdict = { sentiment: Sentiment; score: number; emotion: Emotion; topics: string[] };

/** `http://host:8000`, `http://host:8000/v1` or the full `…/v1/chat/completions` all work. */
export function completionsUrl(base: string): string {
  const u = base.replace(/\/+$/, '');
  if (u.endsWith('/chat/completions')) return u;
  if (u.endsWith('/v1')) return `${u}/chat/completions`;
  return `${u}/v1/chat/completions`;
}

const prompt = (taxonomy: Taxonomy) =>
  [
    'You label customer comments of a service business. Answer with one JSON object only:',
    `{"sentiment": one of ${JSON.stringify(SENTIMENTS)}, "score": number from -1 to 1, "emotion": one of ${JSON.stringify(EMOTIONS)}, "topics": array of topic ids}.`,
    `Topic ids: ${taxonomy.topics.map((t) => t.id).join(', ')}. Use "${taxonomy.fallback ?? 'other'}" when none fits.`,
  ].join('\n');

/**
 * A model server on the same machine is a real use, so loopback is allowed when the operator says
 * so (ZABOTA_TEXT_ALLOW_LOOPBACK=1); private and link-local addresses follow the webhook rule.
 */
export const classifierPolicy = (env: NodeJS.ProcessEnv = process.env): OutboundPolicy => ({
  ...envPolicy(env),
  allowLoopback: env.ZABOTA_TEXT_ALLOW_LOOPBACK === '1',
});

/**
 * Asks the endpoint through the outbound guard (no redirects: a 3xx is a failure); throws on any failure (network, non-2xx, more than 2 s, an answer that is not
 * the JSON asked for) so the caller falls back to the built-in analyser.
 */
export async function classifyExternally(
  cfg: ExternalConfig,
  text: string,
  taxonomy: Taxonomy,
  timeoutMs = EXTERNAL_TIMEOUT_MS,
  policy: OutboundPolicy = classifierPolicy(),
): Promise<ExternalVerdict> {
  const res = await post(
    completionsUrl(cfg.url),
    {
      headers: { 'content-type': 'application/json', ...(cfg.apiKey ? { authorization: `Bearer ${cfg.apiKey}` } : {}) },
      body: JSON.stringify({
        model: cfg.model ?? 'default',
        temperature: 0,
        response_format: { type: 'json_object' },
        messages: [
          { role: 'system', content: prompt(taxonomy) },
          { role: 'user', content: text.slice(0, 4000) },
        ],
      }),
      timeoutMs,
    },
    policy,
  );
  if (res.status < 200 || res.status >= 300) throw new Error(`external classifier answered ${res.status}`);
  const body = JSON.parse(res.body) as { choices?: { message?: { content?: string } }[] };
  const content = body.choices?.[0]?.message?.content ?? '';
  const json = JSON.parse(content.slice(content.indexOf('{'), content.lastIndexOf('}') + 1)) as Record<string, unknown>;
  const ids = new Set(taxonomy.topics.map((t) => t.id));
  const sentiment = json.sentiment as Sentiment;
  const emotion = json.emotion as Emotion;
  if (!SENTIMENTS.includes(sentiment) || !EMOTIONS.includes(emotion))
    throw new Error('external classifier: unexpected labels');
  const topics = Array.isArray(json.topics)
    ? [...new Set(json.topics.filter((x): x is string => typeof x === 'string' && ids.has(x)))]
    : [];
  const raw =
    typeof json.score === 'number' && Number.isFinite(json.score)
      ? json.score
      : sentiment === 'negative'
        ? -0.6
        : sentiment === 'positive'
          ? 0.6
          : 0;
  return {
    sentiment,
    emotion,
    score: Math.max(-1, Math.min(1, raw)),
    topics: topics.length ? topics : [taxonomy.fallback ?? 'other'],
  };
}

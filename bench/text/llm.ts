import { DEFAULT_TAXONOMY } from '../../src/modules/text/analyzer/taxonomy.ts';
import type { Analysis } from '../../src/modules/text/analyzer/types.ts';
import { classifierPolicy, classifyExternally, type ExternalConfig } from '../../src/modules/text/external.ts';
import type { Labelled } from './dataset.ts';

export type Verdict = Pick<Analysis, 'lang' | 'sentiment' | 'emotion' | 'topics'>;

/**
 * Asks an OpenAI-compatible classifier about each comment, one at a time (a local model server
 * is the use: loopback is allowed). A failed call is scored as a wrong answer, never skipped, so a
 * server that fails often cannot look better than it is.
 */
export async function classifyAll(
  rows: readonly Labelled[],
  cfg: ExternalConfig,
  timeoutMs = 60_000,
): Promise<{ pred: Map<string, Verdict>; failed: number }> {
  const policy = classifierPolicy({ ...process.env, ZABOTA_TEXT_ALLOW_LOOPBACK: '1' });
  const pred = new Map<string, Verdict>();
  let failed = 0;
  for (const d of rows) {
    try {
      const v = await classifyExternally(cfg, d.text, DEFAULT_TAXONOMY, timeoutMs, policy);
      pred.set(d.id, { lang: d.lang, sentiment: v.sentiment, emotion: v.emotion, topics: v.topics });
    } catch {
      failed++;
      pred.set(d.id, {
        lang: d.lang,
        sentiment: d.sentiment === 'neutral' ? 'positive' : 'neutral',
        emotion: d.emotion === 'neutral' ? 'satisfaction' : 'neutral',
        topics: [],
      });
    }
  }
  return { pred, failed };
}

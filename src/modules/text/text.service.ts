import type { Actor } from '../../server/platform/auth/actor.ts';
import { analyze } from './analyzer/analyze.ts';
import { DEFAULT_TAXONOMY } from './analyzer/taxonomy.ts';
import type { Analysis, Overrides, Taxonomy, TextLang } from './analyzer/types.ts';
import type { AnalyzeRequest, AnalyzeResponse } from './text.contract.ts';

/**
 * The taxonomy and term overrides an organisation analyses with. Every organisation has the
 * default one until organisation taxonomies and label corrections are stored; this is the one
 * place that will then read them.
 */
export function taxonomyFor(_actor: Actor): { taxonomy: Taxonomy; overrides?: Overrides } {
  return { taxonomy: DEFAULT_TAXONOMY };
}

export function analyzeRequestFor(actor: Actor, req: AnalyzeRequest): AnalyzeResponse {
  const { taxonomy, overrides } = taxonomyFor(actor);
  const run = (text: string, lang: TextLang | undefined): Analysis => analyze(text, { lang, taxonomy, overrides });
  if ('items' in req) return { items: req.items.map((item) => ({ id: item.id, ...run(item.text, item.lang) })) };
  return run(req.text, req.lang);
}

import type { Role } from '../compile.ts';
import type { Token } from '../tokenize.ts';
import type { DetectedLang, Evidence } from '../types.ts';
import { addRuleFeatures } from './rules.ts';

/** What the lexicon analyser concluded, given to the model as evidence beside the words. */
export type LexiconSignal = {
  /** tanh of the weighted sum, -1 … 1. */
  value: number;
  /** Sums of the positive and of the negative contributions (after negation and contrast). */
  positive: number;
  negative: number;
};

/** Sparse features of one comment: name → value (counts for words, real values for the lexicon). */
export type Features = Map<string, number>;

const NEGATION_WINDOW = 3;

const add = (f: Features, name: string, v = 1) => f.set(name, (f.get(name) ?? 0) + v);

/** "10/10", "2 stars" keep their number; other numbers are just numbers. */
const numberKey = (norm: string): string =>
  /^\d{1,2}(?:[.,]\d)?\/(?:10|5)$/.test(norm) || /^[0-5]$/.test(norm) ? `#${norm}` : '#';

/**
 * Features of the sentiment model: stemmed words (marked when a negator governs them), word pairs
 * inside a clause, character trigrams of each word (typos and inflections the stemmer misses
 * still share most of them), punctuation and length cues, what the lexicon found and, given the
 * comment's context, the rule cues (rules.ts) and the lexicon's topics.
 */
export function sentimentFeatures(
  tokens: readonly Token[],
  keys: readonly string[],
  roles: ReadonlyMap<string, Role>,
  lang: DetectedLang,
  lex: LexiconSignal,
  context?: { text: string; evidence: readonly Evidence[]; topics: ReadonlySet<string> },
): Features {
  const f: Features = new Map();
  add(f, 'bias');
  add(f, `lang:${lang}`);
  let negLeft = 0;
  let prev = '^';
  let words = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct') {
      if (/[!]/.test(t.norm)) add(f, t.norm.length > 1 ? 'p:!!' : 'p:!');
      if (/[?]/.test(t.norm)) add(f, 'p:?');
      if (t.norm !== ',') {
        negLeft = 0;
        prev = '^';
      }
      continue;
    }
    const word = t.kind === 'word' ? (t.squeezed ?? t.norm) : t.norm;
    const key = t.kind === 'number' ? numberKey(t.norm) : (keys[i] ?? word);
    const role = t.kind === 'word' ? roles.get(t.norm) : undefined;
    const name = negLeft > 0 && role !== 'neg' ? `n:${key}` : `w:${key}`;
    add(f, name);
    add(f, `b:${prev}_${key}`);
    prev = key;
    if (t.kind === 'word') {
      words++;
      if (t.caps) add(f, 'caps');
      if (t.squeezed) add(f, 'squeezed');
      const padded = `<${word}>`;
      for (let k = 0; k + 3 <= padded.length; k++) add(f, `g:${padded.slice(k, k + 3)}`);
    }
    if (role === 'neg') negLeft = NEGATION_WINDOW;
    else if (t.kind === 'word' && negLeft > 0) negLeft--;
  }
  add(f, `b:${prev}_$`);
  add(f, `len:${words <= 1 ? 1 : words <= 3 ? 3 : words <= 7 ? 7 : words <= 15 ? 15 : 99}`);
  f.set('lex', lex.value);
  f.set('lex+', Math.tanh(lex.positive / 3));
  f.set('lex-', Math.tanh(lex.negative / 3));
  add(
    f,
    `lexv:${lex.value > 0.15 ? 'pos' : lex.value < -0.15 ? 'neg' : lex.positive || lex.negative ? 'mixed' : 'none'}`,
  );
  if (context) {
    addRuleFeatures(f, context.text, tokens, roles, lang, context.evidence);
    // The lexicon's topics, for the topic model to confirm or overrule.
    for (const id of context.topics) f.set(`t:${id}`, 1);
  }
  return f;
}

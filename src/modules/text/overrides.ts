import { analyze } from './analyzer/analyze.ts';
import { compileMatcher, keyOf, lookupWord } from './analyzer/compile.ts';
import { STEMMERS } from './analyzer/stem.ts';
import { tokenize } from './analyzer/tokenize.ts';
import type { Analysis, CueEmotion, Emotion, Overrides, Sentiment, Taxonomy, TextLang } from './analyzer/types.ts';

/** One stored override (a row of text_overrides). */
export type OverrideRow = {
  lang: string;
  kind: 'sentiment' | 'topic' | 'emotion';
  term: string;
  weight: number | null;
  topic: string | null;
  emotion: string | null;
};

export type Correction = { sentiment?: Sentiment; emotion?: Emotion; topics?: string[] };

const CUE_EMOTIONS = new Set<string>(['anger', 'frustration', 'disappointment', 'joy', 'gratitude']);
const LANGS = new Set<string>(['ru', 'bg', 'en']);

/**
 * Stored rows → the analyser's Overrides, oldest first (later entries win). Rows of an unknown
 * language or emotion are skipped rather than failing the organisation's analyser.
 */
export function compileOverrides(rows: readonly OverrideRow[]): Overrides | undefined {
  const sentiment: { lang: TextLang; term: string; weight: number }[] = [];
  const topics: { lang: TextLang; term: string; topic: string | null }[] = [];
  const emotion: { lang: TextLang; term: string; emotion: CueEmotion }[] = [];
  for (const r of rows) {
    if (!LANGS.has(r.lang) || !validTerm(r.term)) continue;
    const lang = r.lang as TextLang;
    if (r.kind === 'sentiment' && r.weight !== null && Number.isFinite(r.weight))
      sentiment.push({ lang, term: r.term, weight: r.weight });
    else if (r.kind === 'topic') topics.push({ lang, term: r.term, topic: r.topic });
    else if (r.kind === 'emotion' && r.emotion && CUE_EMOTIONS.has(r.emotion))
      emotion.push({ lang, term: r.term, emotion: r.emotion as CueEmotion });
  }
  if (!sentiment.length && !topics.length && !emotion.length) return undefined;
  return { sentiment, topics, emotion };
}

/** A term the compiler accepts: a word, a phrase, or a root of at least three letters. */
const validTerm = (term: string): boolean => {
  const t = term.trim();
  if (!t || t.length > 100) return false;
  return !t.endsWith('*') || (t.length >= 4 && !t.includes(' '));
};

const STOP: Record<TextLang, Set<string>> = {
  en: new Set(
    'this that with have were they their there then than when what which would could should about just very really also been being from into your yours will them some more much here came come went only even ever still after before because while where again other such over under quite place thing things time today yesterday'.split(
      ' ',
    ),
  ),
  ru: new Set(
    'это этот эта эти того тому тоже также было были была быть есть будет когда если чтобы потом только очень всё все всех всем ещё еще уже меня мене мной нам нас вам вас они она оно него неё нее свой своих который которая которые здесь там тут вообще просто даже сегодня вчера раз после перед чем как так такой такая какой какая через'.split(
      ' ',
    ),
  ),
  bg: new Set(
    'това този тази тези беше бяха било съм сме сте има няма когато ако само много вече още нас нам вас ние вие тях той тя то който която които тук там дори днес вчера след преди както така такъв каква какво през защото много'.split(
      ' ',
    ),
  ),
};

/**
 * The comment's distinctive words: content words of four letters or more that are not stop
 * words, as override terms — the stem as a root (`stem*`) where it is long enough to be safe, so
 * other inflections of the word match too; the word itself otherwise.
 */
export function distinctiveTerms(text: string, lang: TextLang): { word: string; term: string }[] {
  const stem = STEMMERS[lang];
  const seen = new Set<string>();
  const out: { word: string; term: string }[] = [];
  for (const t of tokenize(text)) {
    if (t.kind !== 'word' || t.norm.length < 4 || STOP[lang].has(t.norm) || /\d/.test(t.norm)) continue;
    const s = stem(t.norm);
    const term = lang !== 'en' && s.length >= 4 ? `${s}*` : t.norm;
    if (seen.has(term)) continue;
    seen.add(term);
    out.push({ word: t.norm, term });
  }
  return out;
}

const MAX_TERMS = 3;
const POLARITY: Record<Sentiment, number> = { negative: -2, neutral: 0, positive: 2 };

/**
 * The overrides a manager's correction teaches the organisation's analyser. Deliberately narrow:
 *  - sentiment: the words that pushed the wrong way are neutralised; when the comment had no
 *    word of the corrected polarity, its (at most three) words unknown to the lexicon carry it; a
 *    comment the model judged (no sentiment word) corrected to neutral has those words pinned at
 *    0, which leaves comments with them to the lexicon;
 *  - topics: a removed topic's trigger words are detached (when they trigger nothing else that is
 *    kept); an added topic gets the comment's words that name no topic yet;
 *  - emotion: the words that carried the sentiment (else unknown words) cue the corrected emotion.
 */
export function deriveOverrides(
  text: string,
  before: Analysis,
  correction: Correction,
  taxonomy: Taxonomy,
  current: Overrides | undefined,
): OverrideRow[] {
  if (before.lang === 'other') return [];
  const lang = before.lang;
  const m = compileMatcher(lang, taxonomy, current);
  const tokens = tokenize(text);
  const hitOf = (word: string) => {
    const t = tokens.find((x) => x.kind === 'word' && x.norm === word);
    return t ? lookupWord(m, t, keyOf(t, m.stem)) : undefined;
  };
  const candidates = distinctiveTerms(text, lang).filter(({ word }) => !m.roles.has(word));
  const unknown = candidates.filter(({ word }) => {
    const h = hitOf(word);
    return !h || (h.w === undefined && !h.topics?.length && !h.emo?.length);
  });
  const rows: OverrideRow[] = [];
  const row = (kind: OverrideRow['kind'], term: string, v: Partial<OverrideRow>) =>
    rows.push({ lang, kind, term, weight: null, topic: null, emotion: null, ...v });
  const sentimentWords = before.evidence.filter((e) => e.kind === 'sentiment');

  if (correction.sentiment && correction.sentiment !== before.sentiment) {
    const target = POLARITY[correction.sentiment];
    const wrongWay = sentimentWords.filter((e) =>
      target === 0 ? true : Math.sign(e.weight ?? 0) !== Math.sign(target),
    );
    for (const e of wrongWay.slice(0, MAX_TERMS))
      if (!/\s/.test(e.text.trim())) row('sentiment', e.text.trim().toLowerCase(), { weight: 0 });
    const hasRightWay = sentimentWords.some((e) => Math.sign(e.weight ?? 0) === Math.sign(target));
    if (target !== 0 && !hasRightWay)
      for (const c of unknown.slice(0, MAX_TERMS)) row('sentiment', c.term, { weight: target });
    // A verdict without sentiment words came from the model: pinning the comment's unknown words at 0 hands such comments back to the lexicon.
    if (target === 0 && wrongWay.length === 0)
      for (const c of unknown.slice(0, MAX_TERMS)) row('sentiment', c.term, { weight: 0 });
  }

  if (correction.topics) {
    // Topic overrides teach the lexicon, and once an organisation has one its topics come from the lexicon alone (analyze.ts).
    // The lexicon's own evidence: the analysis shown marks only the topics the model kept.
    const byLexicon = analyze(text, { lang, taxonomy, overrides: current, model: false });
    const lexicon = byLexicon.topics;
    const wanted = new Set(correction.topics);
    const removed = lexicon.filter((x) => !wanted.has(x) && x !== (taxonomy.fallback ?? 'other'));
    for (const e of byLexicon.evidence.filter((x) => x.kind === 'topic' && removed.includes(x.label))) {
      const word = e.text.trim().toLowerCase();
      if (/\s/.test(word)) continue;
      const alsoKept = (hitOf(word)?.topics ?? []).some((x) => wanted.has(x));
      if (!alsoKept && !rows.some((r) => r.kind === 'topic' && r.term === word)) row('topic', word, { topic: null });
    }
    const added = correction.topics.filter((x) => !lexicon.includes(x) && x !== (taxonomy.fallback ?? 'other'));
    const noTopic = candidates.filter(({ word }) => !hitOf(word)?.topics?.length && hitOf(word)?.w === undefined);
    for (const topic of added) for (const c of noTopic.slice(0, MAX_TERMS)) row('topic', c.term, { topic });
  }

  if (correction.emotion && correction.emotion !== before.emotion && CUE_EMOTIONS.has(correction.emotion)) {
    const words = sentimentWords.map((e) => e.text.trim().toLowerCase()).filter((w) => !/\s/.test(w) && w.length >= 3);
    const terms = words.length ? words : unknown.map((c) => c.term);
    for (const term of [...new Set(terms)].slice(0, MAX_TERMS)) row('emotion', term, { emotion: correction.emotion });
  }
  return rows;
}

import { compileMatcher, keyOf, lookupWord, type Hit, type Matcher, type Role } from './compile.ts';
import { detectLanguage } from './detect-language.ts';
import { decideEmotion } from './emotion.ts';
import { EMOJI_EMOTION, EMOJI_SENTIMENT } from './lexicon/emoji.ts';
import { sentimentFeatures, type Features, type LexiconSignal } from './model/features.ts';
import { textModels, type TextModels } from './model/load.ts';
import { predictLabels, type OvrModel } from './model/ovr.ts';
import { predict } from './model/softmax.ts';
import { DEFAULT_TAXONOMY } from './taxonomy.ts';
import { tokenize, type Token } from './tokenize.ts';
import {
  SENTIMENTS,
  type Analysis,
  type AnalyzeOptions,
  type CueEmotion,
  type DetectedLang,
  type Evidence,
  type Overrides,
  type Sentiment,
  type Taxonomy,
  type TextLang,
} from './types.ts';

/** Tuned on the development part of bench/text/dataset (never on the held-out part). */
export const TUNING = {
  negatedPositive: -0.8,
  negatedNegative: -0.6,
  intensifier: 1.5,
  diminisher: 0.6,
  caps: 1.3,
  elongated: 1.2,
  beforeContrast: 0.5,
  afterContrast: 1.3,
  concession: 0.5,
  exclamation: 1.2,
  exclamations: 1.4,
  /** score = tanh(sum / scale). */
  scale: 3,
  /** |score| below this is neutral. */
  neutralBand: 0.15,
  negationWindow: 3,
  questionPositive: 0.2,
  /**
   * The model gives a polar verdict only with at least this probability (chosen on the
   * leave-one-domain-out figure of the ten inspected domains, bench/text/domains/README.md).
   */
  modelConfidence: 0.45,
  /** The topic model names its most likely topic, and a second one from this probability on. */
  secondTopic: 0.5,
  /**
   * …and a topic the lexicon found from this probability on. On the ten inspected domains 0.15 gave topics
   * 0.725 / 0.711 / 0.759, 0.25 gives 0.736 / 0.713 / 0.760; 0.3–0.4 gave up to 0.007 more but drop
   * "официант нахамил" from "ждали 40 минут, официант нахамил".
   */
  lexiconTopic: 0.25,
  /** …or from this one when the likeliest is `other` (same figure as 0.25; keeps "Lovely cosy place" ambience). */
  lexiconOverOther: 0.15,
  /** The lexicon's polar verdict stands while the model gives it at least this probability. */
  keepLexicon: 0.2,
  /** …and a lexicon verdict this strong (|score|) is never turned into the opposite one, only into neutral. */
  lexiconFirm: 0.5,
};

type Compiled = { taxonomy: Taxonomy; matchers: Partial<Record<TextLang, Matcher>>; overrides: Overrides | undefined };

const NO_OVERRIDES: Overrides = {};
const cache = new WeakMap<Taxonomy, WeakMap<Overrides, Compiled>>();

function compiled(taxonomy: Taxonomy, overrides: Overrides | undefined): Compiled {
  let byOverrides = cache.get(taxonomy);
  if (!byOverrides) cache.set(taxonomy, (byOverrides = new WeakMap()));
  const key = overrides ?? NO_OVERRIDES;
  let c = byOverrides.get(key);
  if (!c) byOverrides.set(key, (c = { taxonomy, matchers: {}, overrides }));
  return c;
}

function matcherFor(c: Compiled, lang: TextLang): Matcher {
  return (c.matchers[lang] ??= compileMatcher(lang, c.taxonomy, c.overrides));
}

/** Builds the lexicons of every language and loads the model now rather than on the first comment. */
export function warmUp(opts: Pick<AnalyzeOptions, 'taxonomy' | 'overrides'> = {}): void {
  const c = compiled(opts.taxonomy ?? DEFAULT_TAXONOMY, opts.overrides);
  for (const lang of ['ru', 'bg', 'en'] as const) matcherFor(c, lang);
  textModels();
}

/**
 * Sentiment, emotion, topics and the words behind them, for one comment. Pure and synchronous:
 * no database, no network. Pass the same `taxonomy` and `overrides` objects between calls: they
 * are compiled once per object.
 *
 * The lexicon finds the evidence (words, negation, contrast), the topics and the emotion cues. The
 * trained model (model/) then decides the sentiment from the words, the lexicon's sums and rule cues
 * (failure facts, quoted praise, the clause after "but", questions, expectations met), and, with
 * the default taxonomy, which topics the comment is about. A manager's correction (a sentiment
 * override matching a word of the comment) is never second-guessed by the model, and a topic
 * override or an organisation's own taxonomy leaves topics to the lexicon. `model: false` gives
 * the lexicon's verdict alone; `model: {…}` uses other weights (the bench's leave-one-domain-out folds).
 */
export function analyze(text: string, opts: AnalyzeOptions & { model?: boolean | TextModels } = {}): Analysis {
  const { tokens, keys, detected, m, c } = prepare(text, opts);
  const lex = score(text, tokens, keys, m);
  let sentiment = lex.sentiment;
  let value = lex.value;
  const models = opts.model === false ? undefined : typeof opts.model === 'object' ? opts.model : textModels();
  const topicModel =
    models?.topics && c.taxonomy === DEFAULT_TAXONOMY && !opts.overrides?.topics?.some((o) => o.lang === detected);
  const x = models && (!lex.manual || topicModel) ? modelInput(text, tokens, keys, detected, m, lex) : undefined;
  if (models && x && !lex.manual) {
    const p = predict(models.sentiment, x);
    const kept = lex.sentiment !== 'neutral' && p[SENTIMENTS.indexOf(lex.sentiment)]! >= TUNING.keepLexicon;
    sentiment = kept ? lex.sentiment : modelSentiment(p);
    if (Math.abs(lex.value) >= TUNING.lexiconFirm && sentiment !== 'neutral' && sentiment !== lex.sentiment)
      sentiment = lex.sentiment;
    // The guide's rule for mixed comments: the clause after "but" decides, so a neutral model verdict yields to it.
    const after = x.get('lex>') ?? 0;
    if (sentiment === 'neutral' && lex.sentiment !== 'neutral' && Math.sign(after) === Math.sign(lex.value))
      sentiment = lex.sentiment;
    // The lexicon's score stands when the model agrees; otherwise the model's odds, kept inside the neutral band for a neutral verdict.
    if (sentiment !== lex.sentiment) {
      const odds = p[2]! - p[0]!;
      value = sentiment === 'neutral' ? Math.max(-TUNING.neutralBand, Math.min(TUNING.neutralBand, odds)) : odds;
    }
  }
  const emotion = decideEmotion(sentiment, value, lex.cues, lex.shouting);
  let found = lex.topics;
  if (topicModel && models?.topics && x) {
    found = learnedTopics(models.topics, x, lex.topics);
  }
  const ordered = c.taxonomy.topics.map((t) => t.id).filter((id) => found.has(id));
  if (ordered.length === 0) ordered.push(c.taxonomy.fallback ?? 'other');
  // The words behind a topic the model dropped would mark a label the comment does not carry.
  const evidence =
    found === lex.topics ? lex.evidence : lex.evidence.filter((e) => e.kind !== 'topic' || found.has(e.label));
  return { lang: detected, sentiment, score: round(value), emotion, topics: ordered, evidence };
}

/**
 * Most comments are about one thing (86 % of the domain set's): the likeliest topic, and the next
 * one only when it is likely too. `other` wins only as the likeliest, and then names no topic.
 */
function learnedTopics(model: OvrModel, x: Features, lexicon: ReadonlySet<string>): Set<string> {
  const p = predictLabels(model, x);
  const order = p.map((_, k) => k).sort((a, b) => p[b]! - p[a]!);
  const top = model.labels[order[0]!]!;
  const found = new Set([top]);
  // A word of a topic weighs more against a general verdict (`other`) than against another topic.
  const lexiconBar = top === 'other' ? TUNING.lexiconOverOther : TUNING.lexiconTopic;
  for (const k of order.slice(1)) {
    const id = model.labels[k]!;
    if (p[k]! >= TUNING.secondTopic || (lexicon.has(id) && p[k]! >= lexiconBar)) found.add(id);
  }
  found.delete('other');
  return found;
}

/** The model's verdict from its class probabilities: a polar one only when it is confident enough. */
export function modelSentiment(p: readonly number[]): Sentiment {
  const best = p.indexOf(Math.max(...p));
  return best !== 1 && p[best]! < TUNING.modelConfidence ? 'neutral' : SENTIMENTS[best]!;
}

/** The model's input for one comment (the training script's view of it). */
export function modelFeatures(text: string, opts: Pick<AnalyzeOptions, 'lang'> = {}): Features {
  const { tokens, keys, detected, m } = prepare(text, opts);
  return modelInput(text, tokens, keys, detected, m, score(text, tokens, keys, m));
}

function modelInput(
  text: string,
  tokens: Token[],
  keys: string[],
  lang: DetectedLang,
  m: Matcher | undefined,
  lex: LexiconResult,
): Features {
  return sentimentFeatures(tokens, keys, m?.roles ?? NO_ROLES, lang, lex, {
    text,
    evidence: lex.evidence,
    topics: lex.topics,
  });
}

const NO_ROLES: ReadonlyMap<string, Role> = new Map();

function prepare(text: string, opts: AnalyzeOptions) {
  const tokens = tokenize(text);
  const detected: DetectedLang = opts.lang ?? detectLanguage(tokens, text);
  const c = compiled(opts.taxonomy ?? DEFAULT_TAXONOMY, opts.overrides);
  const m = detected === 'other' ? undefined : matcherFor(c, detected);
  const keys = m ? tokens.map((t) => keyOf(t, m.stem)) : [];
  return { tokens, keys, detected, m, c };
}

type Scored = { w: number; start: number; end: number; sentence: number; clap?: boolean };

const SARCASTIC = new Set(['👏', '🙃', '🤡']);

const RATING_NOUN = /^(star|звезд|звезди|звезда|звёзд)/;
const MINUTES = /^(min|minut|минут|мин|hour|hrs|час|часа|часов|часове)/;
const LONG_WAIT_MINUTES = 30;

type LexiconResult = LexiconSignal & {
  sentiment: Sentiment;
  /** A sentiment override (a manager's correction) matched a word. */
  manual: boolean;
  cues: Record<CueEmotion, number>;
  shouting: number;
  topics: Set<string>;
  evidence: Evidence[];
};

function score(text: string, tokens: Token[], keys: string[], m: Matcher | undefined): LexiconResult {
  const evidence: Evidence[] = [];
  const hits: Scored[] = [];
  const cues: Record<CueEmotion, number> = { anger: 0, frustration: 0, disappointment: 0, joy: 0, gratitude: 0 };
  const topics = new Set<string>();
  let lastThanksEnd = -1;
  const cue = (e: CueEmotion, start: number, end: number, n = 1) => {
    cues[e] += n;
    if (e === 'gratitude') lastThanksEnd = modifierLeft > 0 && modifier > 1 ? -1 : Math.max(lastThanksEnd, end);
    evidence.push({ kind: 'emotion', label: e, text: text.slice(start, end), start, end });
  };

  let sentence = 0;
  let negStart = -1;
  let negLeft = 0;
  let balance = false;
  let modifier = 1;
  let modifierLeft = 0;
  let clauseWeight = 1;
  let inConcession = false;
  let shouting = 0;
  let manual = false;

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct') {
      negLeft = 0;
      modifierLeft = 0;
      if (inConcession && (t.norm === ',' || t.norm === '—' || t.norm === '–')) {
        inConcession = false;
        clauseWeight = TUNING.afterContrast;
      }
      if (/[.!?;]/.test(t.norm)) {
        closeSentence(hits, sentence, t.norm);
        if (t.norm.includes('!') && t.norm.length >= 3) shouting++;
        sentence++;
        if (inConcession) inConcession = false;
        clauseWeight = clauseWeight === TUNING.concession ? TUNING.afterContrast : clauseWeight;
      }
      continue;
    }

    let hit: Hit | undefined;
    let role: Role | undefined;
    let end = t.end;
    let next = i;
    if (t.kind === 'emoji') {
      const w = EMOJI_SENTIMENT[t.norm];
      if (w !== undefined) hit = { w };
      const e = EMOJI_EMOTION[t.norm];
      if (e) hit = { ...hit, emo: [e] };
    } else if (t.kind === 'number') {
      hit = numberHit(tokens, i);
    }
    if (m && !hit) {
      const phrase = matchPhrase(m, tokens, keys, i);
      if (phrase && phrase.hit && phrase.hit.w === undefined && !phrase.role) {
        // A phrase that only names a topic or an emotion leaves its words their own weight.
        const pEnd = tokens[i + phrase.keys.length - 1]!.end;
        for (const e of phrase.hit.emo ?? []) cue(e, t.start, pEnd);
        for (const id of phrase.hit.topics ?? []) {
          topics.add(id);
          evidence.push({ kind: 'topic', label: id, text: text.slice(t.start, pEnd), start: t.start, end: pEnd });
        }
        if (t.kind === 'word') {
          role = m.roles.get(t.norm);
          hit = lookupWord(m, t, keys[i]!);
        }
      } else if (phrase) {
        hit = phrase.hit;
        role = phrase.role;
        next = i + phrase.keys.length - 1;
        end = tokens[next]!.end;
        // A sentiment phrase ("цены кусаются", "took ages") keeps the topics its words name.
        if (hit?.w !== undefined) hit = withWordTopics(m, tokens, keys, i, next, hit);
      } else if (t.kind === 'word') {
        role = m.roles.get(t.norm);
        hit = lookupWord(m, t, keys[i]!);
      }
      if (!hit && !role && t.kind === 'word' && t.norm.includes('-')) hit = hyphenHit(m, t);
    }

    if (role === 'contrast' || role === 'concess') {
      for (const h of hits) h.w *= role === 'contrast' ? TUNING.beforeContrast : 1;
      negLeft = 0;
      modifierLeft = 0;
      if (role === 'contrast') clauseWeight = TUNING.afterContrast;
      else {
        inConcession = true;
        clauseWeight = TUNING.concession;
      }
    } else if ((role === 'neg' || role === 'balance') && !hit?.w) {
      negStart = t.start;
      negLeft = TUNING.negationWindow;
      balance = role === 'balance';
      i = next;
      continue;
    } else if ((role === 'int' || role === 'dim') && !hit?.w) {
      modifier = role === 'int' ? TUNING.intensifier : TUNING.diminisher;
      modifierLeft = 2;
      i = next;
      continue;
    }

    const negated = negLeft > 0;
    if (hit?.manual && !(negated && balance)) manual = true;
    if (hit?.w && !(negated && balance)) {
      let w = hit.w * clauseWeight;
      let start = t.start;
      if (negated) {
        w *= hit.w > 0 ? TUNING.negatedPositive : TUNING.negatedNegative;
        start = negStart;
        negLeft = 0;
      } else if (modifierLeft > 0) w *= modifier;
      if (t.caps) {
        w *= TUNING.caps;
        if (w < 0) shouting++;
      }
      if (t.squeezed) w *= TUNING.elongated;
      hits.push({ w, start, end, sentence, clap: SARCASTIC.has(t.norm) });
      evidence.push({
        kind: 'sentiment',
        label: w > 0 ? 'positive' : 'negative',
        text: text.slice(start, end),
        start,
        end,
        weight: round(w),
      });
    }
    if (hit?.emo && !negated) for (const e of hit.emo) cue(e, t.start, end);
    if (hit?.topics) {
      for (const id of hit.topics) {
        topics.add(id);
        evidence.push({ kind: 'topic', label: id, text: text.slice(t.start, end), start: t.start, end });
      }
    }
    if (t.kind === 'word' || t.kind === 'number') {
      if (negLeft > 0) negLeft--;
      if (modifierLeft > 0) modifierLeft--;
    }
    i = next;
  }
  closeSentence(hits, sentence, '');

  let sum = 0;
  let positive = 0;
  let negative = 0;
  for (const h of hits) {
    sum += h.w;
    if (h.w > 0) positive += h.w;
    else negative += h.w;
  }
  const value = Math.tanh(sum / TUNING.scale);
  const sentiment: Sentiment =
    value > TUNING.neutralBand ? 'positive' : value < -TUNING.neutralBand ? 'negative' : 'neutral';
  const afterThanks = lastThanksEnd >= 0 ? text.slice(lastThanksEnd) : '';
  if (cues.gratitude === 1 && lastThanksEnd >= 0 && /^[\s.,)]*$/.test(afterThanks)) {
    // A closing "…, thanks" after a calm verdict is politeness, not gratitude.
    cues.gratitude = 0;
  }
  return { value, positive, negative, sentiment, manual, cues, shouting, topics, evidence };
}

/** Exclamation marks strengthen the sentence they close. */
function closeSentence(hits: Scored[], sentence: number, punct: string): void {
  let first = hits.length;
  while (first > 0 && hits[first - 1]!.sentence === sentence) first--;
  let earlier = 0;
  let clap = false;
  for (let k = 0; k < hits.length; k++) {
    if (k < first) earlier += hits[k]!.w;
    else if (hits[k]!.clap) clap = true;
  }
  // Sarcasm: applause after a complaint ("No reply. Great service guys 👏") is not praise.
  if (clap && earlier < 0) for (let k = first; k < hits.length; k++) if (hits[k]!.w > 0) hits[k]!.w = -hits[k]!.w;
  // A question asks rather than praises ("Is the terrace nice in winter?"); its complaints stay.
  if (punct.includes('?') && !punct.includes('!'))
    for (let k = first; k < hits.length; k++) if (hits[k]!.w > 0) hits[k]!.w *= TUNING.questionPositive;
  if (!punct.includes('!')) return;
  const f = punct.length >= 2 ? TUNING.exclamations : TUNING.exclamation;
  for (let k = hits.length - 1; k >= 0 && hits[k]!.sentence === sentence; k--) hits[k]!.w *= f;
}

function matchPhrase(m: Matcher, tokens: Token[], keys: string[], i: number) {
  const candidates = m.phrases.get(keys[i]!);
  if (!candidates) return undefined;
  outer: for (const p of candidates) {
    if (i + p.keys.length > tokens.length) continue;
    for (let k = 1; k < p.keys.length; k++) {
      const t = tokens[i + k]!;
      if (t.kind === 'punct' || keys[i + k] !== p.keys[k]) continue outer;
    }
    return p;
  }
  return undefined;
}

function withWordTopics(m: Matcher, tokens: Token[], keys: string[], from: number, to: number, hit: Hit): Hit {
  let topics = hit.topics;
  for (let k = from; k <= to; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    for (const id of lookupWord(m, t, keys[k]!)?.topics ?? [])
      if (!topics?.includes(id)) topics = [...(topics ?? []), id];
  }
  return topics === hit.topics ? hit : { ...hit, topics };
}

/**
 * A hyphenated word the lexicon does not know is read by its last part, a superlative prefix
 * making it stronger: "най-бавното" (the slowest), "по-добре", "супер-вкусно", "well-cooked".
 */
function hyphenHit(m: Matcher, t: Token): Hit | undefined {
  const parts = t.norm.split('-');
  const last = parts.at(-1)!;
  // "по-чиста" after "could be" is a complaint: comparatives are left to the phrases that hold them.
  if (last.length < 3 || parts[0] === 'по') return undefined;
  const part: Token = { ...t, norm: last, squeezed: undefined };
  const hit = lookupWord(m, part, keyOf(part, m.stem));
  if (!hit?.w) return hit;
  const superlative = /^(най|самый|самая|самое|most|super|супер)$/.test(parts[0]!);
  return superlative ? { ...hit, w: hit.w * TUNING.intensifier } : hit;
}

const CLOCK = /^(\d{1,2}):(\d{2})$/;
/** Words before "N minutes" that make it a quick service: "за 15 минут", "within 10 minutes". */
const QUICK_BEFORE = /^(за|within|in)$/;
const QUICK_MINUTES = 30;

/** "8/10", "4 из 5", "2 stars", "waited 40 minutes". */
function numberHit(tokens: Token[], i: number): Hit | undefined {
  const t = tokens[i]!;
  const frac = /^(\d+(?:[.,]\d)?)\/(10|5)$/.exec(t.norm);
  if (frac) {
    const v = Number(frac[1]!.replace(',', '.')) / Number(frac[2]);
    return { w: Math.round((v - 0.6) * 7 * 10) / 10 };
  }
  const n = Number(t.norm.replace(',', '.'));
  const nextWord = tokens[i + 1]?.kind === 'word' ? tokens[i + 1]!.norm : '';
  if (RATING_NOUN.test(nextWord) && n <= 5) return { w: (n - 3) * 1.2 };
  const prevWord = tokens[i - 1]?.kind === 'word' ? tokens[i - 1]!.norm : '';
  const unit = MINUTES.test(nextWord) ? nextWord : MINUTES.test(prevWord) ? prevWord : '';
  const isHours = /^(hour|hrs|час)/.test(unit);
  // "booked for 10:00, seen at 11:40": a gap of half an hour to four hours between two clock times is a wait.
  const clock = CLOCK.exec(t.norm);
  if (clock) {
    const at = Number(clock[1]) * 60 + Number(clock[2]);
    for (let j = i - 1; j >= 0; j--) {
      const before = CLOCK.exec(tokens[j]!.norm);
      if (!before) continue;
      const gap = at - (Number(before[1]) * 60 + Number(before[2]));
      return gap >= LONG_WAIT_MINUTES && gap <= 240 ? { w: -1.5, emo: ['frustration'] } : undefined;
    }
    return undefined;
  }
  if (unit && unit === nextWord && !isHours && n <= QUICK_MINUTES && QUICK_BEFORE.test(prevWord)) return { w: 1.5 };
  if (unit && (n >= LONG_WAIT_MINUTES || isHours)) return { w: -1, emo: ['frustration'] };
  return undefined;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

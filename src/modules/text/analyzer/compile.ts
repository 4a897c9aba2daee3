import { bg } from './lexicon/bg.ts';
import { en } from './lexicon/en.ts';
import { ru } from './lexicon/ru.ts';
import type { Lexicon } from './lexicon/types.ts';
import { STEMMERS } from './stem.ts';
import { tokenize, type Token } from './tokenize.ts';
import type { CueEmotion, Overrides, Taxonomy, TextLang } from './types.ts';

export type Role = 'neg' | 'balance' | 'int' | 'dim' | 'contrast' | 'concess';

/** What one word, root or phrase means: any of a sentiment weight, topics, emotion cues. */
export type Hit = {
  w?: number;
  topics?: string[];
  /** Set by an override: these topics replace what a root would add. */
  topicsFixed?: boolean;
  emo?: CueEmotion[];
  /** The weight is a manager's correction (an override): the lexicon's verdict then stands. */
  manual?: boolean;
};

type Phrase = { keys: string[]; hit?: Hit; role?: Role };

export type Matcher = {
  lang: TextLang;
  stem: (w: string) => string;
  words: Map<string, Hit>;
  /** Roots by their first three letters. */
  roots: Map<string, { root: string; hit: Hit }[]>;
  /** Phrases by their first key, longest first. */
  phrases: Map<string, Phrase[]>;
  roles: Map<string, Role>;
};

const LEXICONS: Record<TextLang, Lexicon> = { en, ru, bg };

const split = (s: string): string[] =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

/**
 * The key a token is looked up by: the stem for words, the folded form for anything else. Stems
 * shorter than four letters collide too often ("зачем"/"зачет"): such words are kept whole.
 */
export const keyOf = (t: Token, stem: (w: string) => string): string => {
  if (t.kind !== 'word') return t.norm;
  const s = stem(t.norm);
  return s.length >= 4 ? s : t.norm;
};

type Change = (hit: Hit) => void;

function add(m: Matcher, term: string, change: Change, role?: Role): void {
  const raw = term.trim();
  if (raw.endsWith('*') && !raw.includes(' ')) {
    const root = raw.slice(0, -1).toLowerCase().replaceAll('ё', 'е');
    if (root.length < 3) throw new Error(`Root "${raw}" is shorter than 3 letters`);
    const bucket = m.roots.get(root.slice(0, 3)) ?? [];
    let entry = bucket.find((e) => e.root === root);
    if (!entry) bucket.push((entry = { root, hit: {} }));
    bucket.sort((a, b) => b.root.length - a.root.length);
    m.roots.set(root.slice(0, 3), bucket);
    change(entry.hit);
    return;
  }
  const tokens = tokenize(raw.replace(/\*/g, '')).filter((t) => t.kind !== 'punct');
  if (tokens.length === 0) return;
  if (tokens.length === 1) {
    const t = tokens[0]!;
    if (role) {
      m.roles.set(t.norm, role);
      return;
    }
    const key = keyOf(t, m.stem);
    const hit = m.words.get(key) ?? {};
    change(hit);
    m.words.set(key, hit);
    return;
  }
  const keys = tokens.map((t) => keyOf(t, m.stem));
  const list = m.phrases.get(keys[0]!) ?? [];
  let p = list.find((x) => x.keys.join(' ') === keys.join(' '));
  if (!p) list.push((p = { keys }));
  if (role) p.role = role;
  else change((p.hit ??= {}));
  list.sort((a, b) => b.keys.length - a.keys.length);
  m.phrases.set(keys[0]!, list);
}

const setWeight =
  (w: number, force = false): Change =>
  (hit) => {
    if (force || hit.w === undefined || Math.abs(w) > Math.abs(hit.w)) hit.w = w;
  };
const addTopic =
  (id: string): Change =>
  (hit) => {
    if (!hit.topics?.includes(id)) (hit.topics ??= []).push(id);
  };
const addEmotion =
  (e: CueEmotion): Change =>
  (hit) => {
    if (!hit.emo?.includes(e)) (hit.emo ??= []).push(e);
  };

export function compileMatcher(lang: TextLang, taxonomy: Taxonomy, overrides: Overrides | undefined): Matcher {
  const lex = LEXICONS[lang];
  const m: Matcher = {
    lang,
    stem: STEMMERS[lang],
    words: new Map(),
    roots: new Map(),
    phrases: new Map(),
    roles: new Map(),
  };
  for (const [role, list] of [
    ['neg', lex.negators],
    ['balance', lex.balance],
    ['int', lex.intensifiers],
    ['dim', lex.diminishers],
    ['contrast', lex.contrast],
    ['concess', lex.concessive],
  ] as const) {
    for (const term of split(list)) add(m, term, () => {}, role);
  }
  for (const [weight, list] of Object.entries(lex.sentiment))
    for (const term of split(list)) add(m, term, setWeight(Number(weight)));
  for (const [emotion, list] of Object.entries(lex.emotion))
    for (const term of split(list)) add(m, term, addEmotion(emotion as CueEmotion));
  for (const topic of taxonomy.topics) for (const term of topic.terms[lang] ?? []) add(m, term, addTopic(topic.id));

  for (const o of overrides?.sentiment ?? []) {
    if (o.lang === lang) add(m, o.term, (hit) => (setWeight(o.weight, true)(hit), (hit.manual = true)));
  }
  for (const o of overrides?.emotion ?? []) if (o.lang === lang) add(m, o.term, addEmotion(o.emotion));
  for (const o of overrides?.topics ?? []) {
    if (o.lang !== lang) continue;
    const topic = o.topic;
    // null detaches the term from every topic, roots included; a topic id adds to what it has.
    add(m, o.term, topic === null ? (hit) => ((hit.topics = []), (hit.topicsFixed = true)) : addTopic(topic));
  }
  return m;
}

/** The meaning of one word: its exact entry, completed by the longest root it starts with. */
export function lookupWord(m: Matcher, t: Token, key: string): Hit | undefined {
  const exact = m.words.get(key) ?? (t.squeezed ? m.words.get(keyOf({ ...t, norm: t.squeezed }, m.stem)) : undefined);
  const norm = t.squeezed ?? t.norm;
  const bucket = norm.length >= 3 ? m.roots.get(norm.slice(0, 3)) : undefined;
  let root: Hit | undefined;
  if (bucket) {
    for (const e of bucket) {
      if (norm.startsWith(e.root) || t.norm.startsWith(e.root)) {
        root = root ? mergeRoot(root, e.hit) : e.hit;
      }
    }
  }
  if (!exact) return root;
  if (!root) return exact;
  return {
    w: exact.w ?? root.w,
    manual: exact.w !== undefined ? exact.manual : root.manual,
    topics: exact.topicsFixed ? exact.topics : union(exact.topics, root.topics),
    emo: union(exact.emo, root.emo),
  };
}

/** Roots are sorted longest first: the longest root's weight wins, topics and cues add up. */
function mergeRoot(longer: Hit, shorter: Hit): Hit {
  return {
    w: longer.w ?? shorter.w,
    manual: longer.w !== undefined ? longer.manual : shorter.manual,
    topics: longer.topicsFixed ? longer.topics : union(longer.topics, shorter.topics),
    topicsFixed: longer.topicsFixed,
    emo: union(longer.emo, shorter.emo),
  };
}

function union<T>(a: T[] | undefined, b: T[] | undefined): T[] | undefined {
  if (!a) return b;
  if (!b) return a;
  return [...new Set([...a, ...b])];
}

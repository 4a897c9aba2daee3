import type { TouchpointKind } from '../../../shared/domain.ts';
import { EMOTIONS, SENTIMENTS, type Emotion, type Sentiment } from '../../../shared/domain.ts';

/** Languages the analyser has lexicons for; anything else is `other` (emoji and numbers only). */
export const TEXT_LANGS = ['ru', 'bg', 'en'] as const;
export type TextLang = (typeof TEXT_LANGS)[number];
export type DetectedLang = TextLang | 'other';

export { EMOTIONS, SENTIMENTS, type Emotion, type Sentiment };
/** Emotions that cue words can point at (neutral and satisfaction are what remains). */
export type CueEmotion = 'anger' | 'frustration' | 'disappointment' | 'joy' | 'gratitude';

/**
 * A term list in one language. Syntax of a term: `word` (matched by its stem), `root*` (any word
 * that starts with root, at least 3 letters: the robust way for Slavic morphology), or a phrase of
 * several words (each matched by its stem, consecutive).
 */
export type Terms = Partial<Record<TextLang, readonly string[]>>;

export type Topic = { id: string; kind: TouchpointKind; terms: Terms };
/** An organisation's topics. `fallback` is given when no topic matched (default: `other`). */
export type Taxonomy = { topics: readonly Topic[]; fallback?: string };

/**
 * Per-organisation corrections, applied over the built-in lexicons and the taxonomy. Later
 * entries win. A sentiment weight of 0 removes a term; a topic of null detaches a term from every
 * topic.
 */
export type Overrides = {
  sentiment?: readonly { lang: TextLang; term: string; weight: number }[];
  topics?: readonly { lang: TextLang; term: string; topic: string | null }[];
  emotion?: readonly { lang: TextLang; term: string; emotion: CueEmotion }[];
};

export type Evidence = {
  kind: 'sentiment' | 'emotion' | 'topic';
  /** positive / negative, an emotion, or a topic id. */
  label: string;
  /** The text that triggered it, exactly `text.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** Sentiment only: contribution after negation, intensifiers and contrast. */
  weight?: number;
};

export type Analysis = {
  lang: DetectedLang;
  sentiment: Sentiment;
  /** -1 … 1. */
  score: number;
  emotion: Emotion;
  topics: string[];
  evidence: Evidence[];
};

export type AnalyzeOptions = { lang?: TextLang; taxonomy?: Taxonomy; overrides?: Overrides };

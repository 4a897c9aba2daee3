import type { CueEmotion } from '../types.ts';

/**
 * One language's word lists. Each list is a comma-separated string of terms (see `Terms` for the
 * syntax: `word`, `root*`, `several words`). Sentiment lists are keyed by weight.
 */
export type Lexicon = {
  sentiment: Record<string, string>;
  /** Flip the polarity of a sentiment word up to three words later in the same clause. */
  negators: string;
  /** "neither … nor": the words they govern are weighed as a balance, i.e. not at all. */
  balance: string;
  intensifiers: string;
  diminishers: string;
  /** "but": the clause after it weighs more than the one before. */
  contrast: string;
  /** "although": the clause it opens weighs less. */
  concessive: string;
  emotion: Record<CueEmotion, string>;
};

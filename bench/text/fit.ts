import { modelFeatures } from '../../src/modules/text/analyzer/analyze.ts';
import type { Features } from '../../src/modules/text/analyzer/model/features.ts';
import type { TextModels } from '../../src/modules/text/analyzer/model/load.ts';
import { trainOvr } from '../../src/modules/text/analyzer/model/ovr.ts';
import { train, type TrainOptions } from '../../src/modules/text/analyzer/model/softmax.ts';
import { SENTIMENTS } from '../../src/modules/text/analyzer/types.ts';
import type { Labelled } from './dataset.ts';

/** Chosen on the leave-one-domain-out figure of the ten inspected domains (bench/text/domains/README.md). */
export const SENTIMENT_OPTIONS: TrainOptions = { epochs: 20, l2: 1e-3, rate: 0.1, minCount: 2, seed: 20261123 };
/**
 * Topics keep words and trigrams seen once (on the ten inspected domains +0.002–0.011 with the 97 kinds of
 * business; sentiment gained nothing from it). Word pairs seen once would quadruple the weights for 0.002.
 */
export const TOPIC_OPTIONS: TrainOptions = {
  epochs: 10,
  l2: 1e-4,
  rate: 0.1,
  minCount: 1,
  pairMinCount: 2,
  seed: 20261207,
};

/** The topics the model learns; `other` (a general verdict) competes with them as the likeliest one. */
export const LEARNED_TOPICS = [
  'wait_time',
  'staff_attitude',
  'staff_competence',
  'price',
  'product_quality',
  'cleanliness',
  'communication',
  'booking',
  'delivery',
  'billing',
  'ambience',
  'other',
] as const;

/** Chosen on the leave-one-domain-out topic figure of the ten inspected domains (0.1, 0.2, 0.3 and none tried). */
export const TOPIC_TRIGRAM_WEIGHT = 0.2;

/** A copy of a map keyed by feature name, with the character trigrams' (`g:`) entries passed through `f`. */
const onTrigrams = <T>(m: ReadonlyMap<string, T>, f: (v: T) => T): Map<string, T> =>
  new Map([...m].map(([name, v]) => [name, name.startsWith('g:') ? f(v) : v]));

export type Example = { d: Labelled; x: Features };

/** The model's input for each comment, computed once (it does not depend on the weights). */
export const featurize = (rows: readonly Labelled[]): Example[] => rows.map((d) => ({ d, x: modelFeatures(d.text) }));

/** Trains both models on the given comments; deterministic for the same comments in the same order. */
export function fitModels(examples: readonly Example[]): TextModels {
  const sentiment = train(
    SENTIMENTS,
    examples.map((e) => ({ x: e.x, y: SENTIMENTS.indexOf(e.d.sentiment) })),
    SENTIMENT_OPTIONS,
  );
  // Topics learn from character trigrams at a fifth of a word's weight: whole words name a subject,
  // trigrams catch the inflections and typos of words the domain left out never showed.
  const learnt = trainOvr(
    LEARNED_TOPICS,
    examples.map((e) => ({ x: onTrigrams(e.x, (v) => v * TOPIC_TRIGRAM_WEIGHT), y: e.d.topics })),
    TOPIC_OPTIONS,
  );
  // Learnt on scaled trigrams; the same scale on their weights lets the analyser give the model the
  // plain features it gives the sentiment model.
  const weights = onTrigrams(learnt.weights, (w) => w.map((v) => v * TOPIC_TRIGRAM_WEIGHT));
  return { sentiment, topics: { labels: learnt.labels, weights } };
}

import type { Features } from './features.ts';
import { initialWeights, random, type TrainOptions } from './softmax.ts';

/**
 * One-vs-rest logistic regression for multi-label answers (topics): feature → one weight per
 * label, each label its own yes/no.
 */
export type OvrModel = { labels: readonly string[]; weights: ReadonlyMap<string, readonly number[]> };

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The probability of each label. Unknown features weigh nothing. */
export function predictLabels(model: OvrModel, x: Features): number[] {
  const k = model.labels.length;
  const z = new Array<number>(k).fill(0);
  for (const [name, v] of x) {
    const w = model.weights.get(name);
    if (!w) continue;
    for (let c = 0; c < k; c++) z[c]! += w[c]! * v;
  }
  return z.map(sigmoid);
}

/** Same scheme as the softmax trainer (seeded shuffles, AdaGrad, L2), one logistic loss per label. */
export function trainOvr(
  labels: readonly string[],
  examples: readonly { x: Features; y: readonly string[] }[],
  opts: TrainOptions,
): OvrModel {
  const k = labels.length;
  const { weights, squares } = initialWeights(examples, k, opts);
  const model: OvrModel = { labels, weights };
  const targets = examples.map((e) => labels.map((l) => (e.y.includes(l) ? 1 : 0)));
  const rnd = random(opts.seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const idx of order) {
      const x = examples[idx]!.x;
      const y = targets[idx]!;
      const p = predictLabels(model, x);
      for (const [name, v] of x) {
        const w = weights.get(name);
        if (!w) continue;
        const g2 = squares.get(name)!;
        for (let c = 0; c < k; c++) {
          const g = (p[c]! - y[c]!) * v + opts.l2 * w[c]!;
          g2[c]! += g * g;
          w[c]! -= (opts.rate * g) / Math.sqrt(g2[c]!);
        }
      }
    }
  }
  return model;
}

export const deserialise = (json: { classes: string[]; weights: Record<string, number[]> }): OvrModel => ({
  labels: json.classes,
  weights: new Map(Object.entries(json.weights)),
});

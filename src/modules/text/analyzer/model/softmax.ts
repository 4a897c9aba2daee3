import type { Features } from './features.ts';

/** Weights of a multinomial logistic regression: feature → one weight per class. */
export type SoftmaxModel = { classes: readonly string[]; weights: ReadonlyMap<string, readonly number[]> };

/** Class probabilities of one example. Unknown features weigh nothing. */
export function predict(model: SoftmaxModel, x: Features): number[] {
  const k = model.classes.length;
  const z = new Array<number>(k).fill(0);
  for (const [name, v] of x) {
    const w = model.weights.get(name);
    if (!w) continue;
    for (let c = 0; c < k; c++) z[c]! += w[c]! * v;
  }
  return softmax(z);
}

function softmax(z: number[]): number[] {
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

export type TrainOptions = {
  epochs: number;
  /** L2 penalty per example and step. */
  l2: number;
  /** AdaGrad base step. */
  rate: number;
  /** Features seen in fewer training examples are dropped. */
  minCount: number;
  /** …and word pairs (`b:`) seen in fewer than this many (default: minCount). */
  pairMinCount?: number;
  seed: number;
};

/** Deterministic pseudo-random numbers (mulberry32): the same seed gives the same weights. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Zero weights (and AdaGrad's squared-gradient sums) for every feature seen in at least `minCount`
 * examples (word pairs: `pairMinCount`); the lexicon's features (`lex…`) are kept however rare.
 */
export function initialWeights(
  examples: readonly { x: Features }[],
  k: number,
  { minCount, pairMinCount = minCount }: Pick<TrainOptions, 'minCount' | 'pairMinCount'>,
) {
  const seen = new Map<string, number>();
  for (const e of examples) for (const name of e.x.keys()) seen.set(name, (seen.get(name) ?? 0) + 1);
  const weights = new Map<string, number[]>();
  const squares = new Map<string, number[]>();
  for (const [name, n] of seen) {
    if (n < (name.startsWith('b:') ? pairMinCount : minCount) && !name.startsWith('lex')) continue;
    weights.set(name, new Array<number>(k).fill(0));
    squares.set(name, new Array<number>(k).fill(1e-8));
  }
  return { weights, squares };
}

/**
 * Trains by stochastic gradient descent with AdaGrad steps and L2 shrinkage, examples shuffled
 * by a seeded generator each epoch. `y` is the index of the class in `classes`.
 */
export function train(
  classes: readonly string[],
  examples: readonly { x: Features; y: number }[],
  opts: TrainOptions,
): SoftmaxModel {
  const k = classes.length;
  const { weights, squares } = initialWeights(examples, k, opts);
  const model: SoftmaxModel = { classes, weights };
  const rnd = random(opts.seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const idx of order) {
      const { x, y } = examples[idx]!;
      const p = predict(model, x);
      for (const [name, v] of x) {
        const w = weights.get(name);
        if (!w) continue;
        const g2 = squares.get(name)!;
        for (let c = 0; c < k; c++) {
          const g = (p[c]! - (c === y ? 1 : 0)) * v + opts.l2 * w[c]!;
          g2[c]! += g * g;
          w[c]! -= (opts.rate * g) / Math.sqrt(g2[c]!);
        }
      }
    }
  }
  return model;
}

/** The weights as JSON-ready rows, rounded, without features that weigh (almost) nothing. */
export function serialise(model: SoftmaxModel, digits = 4): { classes: string[]; weights: Record<string, number[]> } {
  const out: Record<string, number[]> = {};
  const f = 10 ** digits;
  for (const [name, w] of [...model.weights].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const r = w.map((v) => Math.round(v * f) / f);
    if (r.some((v) => v !== 0)) out[name] = r;
  }
  return { classes: [...model.classes], weights: out };
}

export const deserialise = (json: { classes: string[]; weights: Record<string, number[]> }): SoftmaxModel => ({
  classes: json.classes,
  weights: new Map(Object.entries(json.weights)),
});

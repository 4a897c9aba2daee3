/** Share of equal pairs. */
export function accuracy<T>(gold: readonly T[], predicted: readonly T[]): number {
  if (gold.length === 0) return NaN;
  let ok = 0;
  for (let i = 0; i < gold.length; i++) if (gold[i] === predicted[i]) ok++;
  return ok / gold.length;
}

const f1 = (tp: number, fp: number, fn: number): number => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));

/** Mean of the per-class F1 over the given classes (a class absent from both sides is skipped). */
export function macroF1<T>(gold: readonly T[], predicted: readonly T[], classes: readonly T[]): number {
  const scores: number[] = [];
  for (const c of classes) {
    let tp = 0,
      fp = 0,
      fn = 0;
    for (let i = 0; i < gold.length; i++) {
      if (predicted[i] === c && gold[i] === c) tp++;
      else if (predicted[i] === c) fp++;
      else if (gold[i] === c) fn++;
    }
    if (tp + fp + fn > 0) scores.push(f1(tp, fp, fn));
  }
  return scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : NaN;
}

/** Micro-averaged F1 over multi-label sets. */
export function microF1(gold: readonly (readonly string[])[], predicted: readonly (readonly string[])[]): number {
  let tp = 0,
    fp = 0,
    fn = 0;
  for (let i = 0; i < gold.length; i++) {
    const g = new Set(gold[i]);
    const p = new Set(predicted[i]);
    for (const x of p) g.has(x) ? tp++ : fp++;
    for (const x of g) if (!p.has(x)) fn++;
  }
  return f1(tp, fp, fn);
}

/** Rows: gold class; columns: predicted class; in the order of `classes`. */
export function confusion<T>(gold: readonly T[], predicted: readonly T[], classes: readonly T[]): number[][] {
  const m = classes.map(() => classes.map(() => 0));
  for (let i = 0; i < gold.length; i++) {
    const g = classes.indexOf(gold[i]!);
    const p = classes.indexOf(predicted[i]!);
    if (g >= 0 && p >= 0) m[g]![p]!++;
  }
  return m;
}

/** Precision and recall of each class (NaN where nothing was predicted / nothing was gold). */
export function perClass<T>(
  gold: readonly T[],
  predicted: readonly T[],
  classes: readonly T[],
): { precision: number; recall: number }[] {
  const m = confusion(gold, predicted, classes);
  return classes.map((_, c) => {
    const tp = m[c]![c]!;
    const predictedC = m.reduce((s, row) => s + row[c]!, 0);
    const goldC = m[c]!.reduce((s, v) => s + v, 0);
    return { precision: predictedC ? tp / predictedC : NaN, recall: goldC ? tp / goldC : NaN };
  });
}

/** The words behind a label, as the API gives them: `text` is exactly comment.slice(start, end). */
export type Evidence = { kind: string; label: string; text: string; start: number; end: number; weight?: number };

export type Segment = { text: string; evidence: Evidence[] };

/**
 * The comment cut at every evidence boundary. Only evidence whose offsets still point at its words
 * is used, so a stale or odd offset can never mark the wrong text. Overlapping evidence (a word that
 * is both a topic and a sentiment cue) gives one segment carrying both.
 */
export function segments(comment: string, evidence: readonly Evidence[]): Segment[] {
  const valid = evidence.filter(
    (e) =>
      Number.isInteger(e.start) &&
      Number.isInteger(e.end) &&
      e.start >= 0 &&
      e.end <= comment.length &&
      e.start < e.end &&
      comment.slice(e.start, e.end) === e.text,
  );
  const cuts = [...new Set([0, comment.length, ...valid.flatMap((e) => [e.start, e.end])])].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i]!;
    const b = cuts[i + 1]!;
    out.push({ text: comment.slice(a, b), evidence: valid.filter((e) => e.start <= a && e.end >= b) });
  }
  return out;
}

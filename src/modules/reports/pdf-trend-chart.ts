/** A point of the NPS trend as the timeseries endpoint answers it. */
export type TrendPoint = {
  period: string;
  value: number | null;
  n: number;
  ci95: [number, number] | null;
  tooFew: boolean;
};

type Box = { x: number; y: number; width: number; height: number };
type Doc = PDFKit.PDFDocument;

const GRID = [-100, -50, 0, 50, 100];

/**
 * The NPS trend as vector graphics: the 95% interval as a shaded band, the line through the
 * values, solid points with enough answers and hollow ones without, zero line emphasised.
 * Periods without answers break the line (no interpolation across a gap).
 */
export function drawTrendChart(
  doc: Doc,
  box: Box,
  points: TrendPoint[],
  label: (period: string) => string,
  font: string,
): void {
  const left = box.x + 28;
  const right = box.x + box.width - 6;
  const top = box.y + 6;
  const bottom = box.y + box.height - 16;
  const yOf = (v: number) => bottom - ((v + 100) / 200) * (bottom - top);
  const step = points.length > 1 ? (right - left) / (points.length - 1) : 0;
  const xOf = (i: number) => (points.length > 1 ? left + i * step : (left + right) / 2);

  doc.save();
  doc.font(font).fontSize(7).fillColor('#666666');
  for (const g of GRID) {
    doc
      .moveTo(left, yOf(g))
      .lineTo(right, yOf(g))
      .lineWidth(g === 0 ? 0.8 : 0.3)
      .strokeColor(g === 0 ? '#888888' : '#cccccc')
      .stroke();
    doc.text(String(g), box.x, yOf(g) - 3.5, { width: 24, align: 'right', lineBreak: false });
  }

  // Runs of consecutive periods with a value: the band and the line are drawn per run.
  const runs: number[][] = [];
  points.forEach((p, i) => {
    if (p.value === null) return;
    const last = runs.at(-1);
    if (last && last.at(-1) === i - 1) last.push(i);
    else runs.push([i]);
  });
  for (const run of runs) {
    const withCi = run.filter((i) => points[i]!.ci95);
    if (withCi.length > 1) {
      const upper = withCi.map((i) => [xOf(i), yOf(points[i]!.ci95![1])] as [number, number]);
      const lower = withCi.map((i) => [xOf(i), yOf(points[i]!.ci95![0])] as [number, number]).reverse();
      doc
        .polygon(...upper, ...lower)
        .fillOpacity(0.15)
        .fill('#2f6fde')
        .fillOpacity(1);
    }
    if (run.length > 1) {
      doc.moveTo(xOf(run[0]!), yOf(points[run[0]!]!.value!));
      for (const i of run.slice(1)) doc.lineTo(xOf(i), yOf(points[i]!.value!));
      doc.lineWidth(1.4).strokeColor('#2f6fde').stroke();
    }
  }
  points.forEach((p, i) => {
    if (p.value === null) return;
    doc.circle(xOf(i), yOf(p.value), 2.2).lineWidth(1);
    if (p.tooFew) doc.fillAndStroke('#ffffff', '#2f6fde');
    else doc.fillAndStroke('#2f6fde', '#2f6fde');
  });

  // As many period labels as fit without overlapping.
  const every = Math.max(1, Math.ceil(points.length / Math.max(1, Math.floor((right - left) / 48))));
  doc.fillColor('#666666');
  points.forEach((p, i) => {
    if (i % every !== 0) return;
    doc.text(label(p.period), xOf(i) - 24, bottom + 4, { width: 48, align: 'center', lineBreak: false });
  });
  doc.restore();
}

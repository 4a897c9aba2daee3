import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { Language } from '../../shared/domain.ts';
import { translate, type MessageKey } from '../../shared/i18n/translate.ts';
import { MAX_HALF_WIDTH, MIN_N } from '../../shared/metrics.ts';
import { bestWorst, type Ranked } from '../../shared/ranking.ts';
import { CUSTOMER_SEGMENTS, type CustomerSegment } from '../retention/index.ts';
import { drawTrendChart, type TrendPoint } from './pdf-trend-chart.ts';

// DejaVu covers Latin and Cyrillic (ru, bg); it ships inside the npm package, nothing is fetched at run time.
const require = createRequire(import.meta.url);
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');
const LOCALES: Record<Language, string> = { en: 'en-GB', ru: 'ru-RU', bg: 'bg-BG' };

type Figure = { value: number | null; n: number; ci95: [number, number] | null; tooFew: boolean };
type Figures = {
  nps: Figure & { promoters: number; passives: number; detractors: number };
  csat: Figure;
  ces: Figure;
  wom: { value: number | null; k: number };
  responses: number;
};
type Item = Ranked & Figure;

/** Everything the document shows, already computed by the metrics services. */
export type DashboardReport = {
  lang: Language;
  orgName: string;
  timeZone: string;
  generatedAt: Date;
  /** Local dates, `to` exclusive. */
  period: { from: string | null; to: string | null };
  filters: { label: string; value: string }[];
  summary: Figures & {
    previous: Figures | null;
    responseRate: { invited: number; answered: number; value: number | null };
  };
  interval: 'day' | 'week' | 'month';
  trend: TrendPoint[];
  touchpoints: (Item & { kind: string | null })[];
  locations: Item[];
  staff: Item[];
  segments: Item[];
};

const PAGE = { size: 'A4' as const, margin: 40 };
const WIDTH = 595.28 - 2 * PAGE.margin;
const fmt = (v: number | null | undefined) => (v === null || v === undefined ? '—' : String(Math.round(v * 10) / 10));
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Renders the report as a PDF (A4, vector chart, embedded DejaVu subset). */
export function renderDashboardPdf(r: DashboardReport): Promise<Buffer> {
  const t = (key: MessageKey, vars?: Record<string, string | number>) => translate(r.lang, key, vars);
  const locale = LOCALES[r.lang];
  const day = (d: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`));
  const doc = new PDFDocument({
    size: PAGE.size,
    margin: PAGE.margin,
    bufferPages: true,
    info: { Title: `${t('pdf.title')}: ${r.orgName}`, Author: 'Zabota', Creator: 'Zabota' },
    lang: r.lang,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('body', FONT);
  doc.registerFont('bold', FONT_BOLD);
  const x0 = PAGE.margin;
  const bottom = () => doc.page.height - PAGE.margin - 20;
  const ensure = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };
  const heading = (text: string) => {
    ensure(110); // a heading keeps its table's first rows with it
    doc.moveDown(0.8).font('bold').fontSize(12).fillColor('#111111').text(text, x0, doc.y, { width: WIDTH });
    doc.moveDown(0.3);
  };
  const note = (text: string) =>
    doc.font('body').fontSize(8).fillColor('#555555').text(text, x0, doc.y, { width: WIDTH });

  /** A table: header row in bold, then rows; columns as fractions of the width, figures right-aligned. */
  const table = (
    columns: { title: string; width: number; align?: 'left' | 'right' }[],
    rows: string[][],
    muted: boolean[] = [],
  ) => {
    const rowH = 14;
    const cell = (texts: string[], font: string, colour: string) => {
      ensure(rowH);
      const y = doc.y;
      let x = x0;
      texts.forEach((text, i) => {
        const c = columns[i]!;
        const w = c.width * WIDTH;
        doc
          .font(font)
          .fontSize(8.5)
          .fillColor(colour)
          .text(text, x + 2, y + 3, {
            width: w - 4,
            height: rowH,
            align: c.align ?? 'left',
            ellipsis: true,
            lineBreak: false,
          });
        x += w;
      });
      doc
        .moveTo(x0, y + rowH)
        .lineTo(x0 + WIDTH, y + rowH)
        .lineWidth(0.3)
        .strokeColor('#dddddd')
        .stroke();
      doc.x = x0;
      doc.y = y + rowH;
    };
    ensure(rowH * Math.min(rows.length + 1, 4)); // a header is never left alone at the foot of a page
    cell(
      columns.map((c) => c.title),
      'bold',
      '#333333',
    );
    rows.forEach((row, i) => cell(row, 'body', muted[i] ? '#888888' : '#111111'));
  };
  const interval = (f: { ci95: [number, number] | null; tooFew: boolean; n: number }) =>
    f.n === 0
      ? t('web.analytics.noAnswers')
      : f.tooFew
        ? t('web.analytics.tooFew')
        : f.ci95
          ? `${fmt(f.ci95[0])} … ${fmt(f.ci95[1])}`
          : '—';
  const itemRows = (items: Item[]) =>
    items.map((i) => [i.label ?? t('web.analytics.unnamed'), fmt(i.value), String(i.n), interval(i)]);
  const itemColumns = (name: string) => [
    { title: name, width: 0.5 },
    { title: 'NPS', width: 0.14, align: 'right' as const },
    { title: 'n', width: 0.12, align: 'right' as const },
    { title: t('web.analytics.ci95'), width: 0.24, align: 'right' as const },
  ];

  // Title, what the figures cover, and how they were filtered.
  doc.font('bold').fontSize(18).fillColor('#111111').text(t('pdf.title'), x0, PAGE.margin, { width: WIDTH });
  doc.font('body').fontSize(12).text(r.orgName, { width: WIDTH });
  doc.moveDown(0.4);
  const { from, to } = r.period;
  let periodText = t('web.analytics.allTime');
  if (from && to) {
    const days = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
    periodText = t('web.analytics.periodLine', {
      from: day(from),
      to: day(addDays(to, -1)),
      prevFrom: day(addDays(from, -days)),
      prevTo: day(addDays(from, -1)),
    });
  } else if (from || to) periodText = `${from ? day(from) : '…'} – ${to ? day(addDays(to, -1)) : '…'}`;
  doc.font('body').fontSize(9.5).fillColor('#333333').text(periodText, { width: WIDTH });
  doc.text(
    r.filters.length
      ? t('pdf.filters', { list: r.filters.map((f) => `${f.label}: ${f.value}`).join('; ') })
      : t('pdf.noFilters'),
    { width: WIDTH },
  );
  const at = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: r.timeZone }).format(
    r.generatedAt,
  );
  note(t('pdf.generated', { at, timeZone: r.timeZone }));

  // Headline figures with n, interval and the previous period.
  heading(t('web.analytics.headline'));
  const s = r.summary;
  const p = s.previous;
  const rows: string[][] = [
    [t('web.analytics.nps'), fmt(s.nps.value), String(s.nps.n), interval(s.nps), p ? fmt(p.nps.value) : '—'],
    [
      t('web.analytics.csat'),
      s.csat.value === null ? '—' : `${fmt(s.csat.value)}%`,
      String(s.csat.n),
      interval(s.csat),
      p?.csat.value != null ? `${fmt(p.csat.value)}%` : '—',
    ],
    [
      t('web.analytics.ces'),
      s.ces.value === null ? '—' : `${fmt(s.ces.value)}%`,
      String(s.ces.n),
      interval(s.ces),
      p?.ces.value != null ? `${fmt(p.ces.value)}%` : '—',
    ],
    [
      t('web.analytics.wom'),
      fmt(s.wom.value),
      String(s.nps.n),
      s.nps.tooFew ? interval(s.nps) : '—',
      p ? fmt(p.wom.value) : '—',
    ],
    [
      t('web.analytics.responseRate'),
      s.responseRate.value === null ? '—' : `${fmt(s.responseRate.value)}%`,
      String(s.responseRate.invited),
      '—',
      '—',
    ],
  ];
  table(
    [
      { title: t('pdf.metric'), width: 0.36 },
      { title: t('pdf.value'), width: 0.12, align: 'right' },
      { title: 'n', width: 0.1, align: 'right' },
      { title: t('web.analytics.ci95'), width: 0.24, align: 'right' },
      { title: t('pdf.previous'), width: 0.18, align: 'right' },
    ],
    rows,
    [s.nps.tooFew, s.csat.tooFew, s.ces.tooFew, s.nps.tooFew, false],
  );
  note(
    [
      s.nps.n
        ? `NPS: ${t('web.analytics.npsBands', { p: s.nps.promoters, a: s.nps.passives, d: s.nps.detractors })}`
        : null,
      `${t('web.analytics.wom')}: ${t('web.analytics.womHint', { k: s.wom.k })}`,
      `${t('web.analytics.responseRate')}: ${t('web.analytics.answeredOf', { answered: s.responseRate.answered, invited: s.responseRate.invited })}`,
    ]
      .filter(Boolean)
      .join(' · '),
  );

  // The NPS trend, drawn as vectors.
  heading(t('web.analytics.npsTrend'));
  if (r.trend.some((i) => i.value !== null)) {
    ensure(170);
    const periodLabel = new Intl.DateTimeFormat(
      locale,
      r.interval === 'month'
        ? { month: 'short', year: 'numeric', timeZone: 'UTC' }
        : { day: 'numeric', month: 'short', timeZone: 'UTC' },
    );
    const box = { x: x0, y: doc.y, width: WIDTH, height: 150 };
    drawTrendChart(doc, box, r.trend, (d) => periodLabel.format(new Date(`${d}T00:00:00Z`)), 'body');
    doc.x = x0;
    doc.y = box.y + box.height + 4;
    note(t('pdf.trendNote'));
  } else note(t('web.analytics.noData'));

  // Best and worst locations and staff (ranked only with enough answers, as on the dashboard).
  for (const kind of ['location', 'staff'] as const) {
    const items = kind === 'location' ? r.locations : r.staff;
    heading(t(kind === 'location' ? 'web.analytics.locations' : 'web.analytics.staff'));
    const { best, worst, unranked } = bestWorst(items);
    if (!best.length && !worst.length) note(t('web.analytics.nothingToRank'));
    else {
      table(itemColumns(t(`web.analytics.best.${kind}`)), itemRows(best));
      doc.moveDown(0.4);
      if (worst.length) table(itemColumns(t(`web.analytics.worst.${kind}`)), itemRows(worst));
    }
    if (unranked.length) note(t('web.analytics.unranked', { count: unranked.length }));
  }

  // Every touchpoint with its kind, best first.
  heading(t('pdf.touchpoints'));
  if (r.touchpoints.length) {
    const sorted = [...r.touchpoints].sort(
      (a, b) => Number(a.tooFew) - Number(b.tooFew) || (b.value ?? -999) - (a.value ?? -999),
    );
    table(
      [
        { title: t('pdf.name'), width: 0.36 },
        { title: t('web.touchpoints.kind'), width: 0.14 },
        ...itemColumns('').slice(1),
      ],
      sorted.map((i) => [
        i.label ?? t('web.analytics.unnamed'),
        i.kind ? t(`web.kind.${i.kind as 'product' | 'brand' | 'service'}`) : '—',
        ...itemRows([i])[0]!.slice(1),
      ]),
      sorted.map((i) => i.tooFew),
    );
  } else note(t('web.analytics.noData'));

  // NPS by the customers' current RFM segment.
  heading(t('web.analytics.segments.title'));
  const segments = CUSTOMER_SEGMENTS.flatMap((seg) =>
    r.segments
      .filter((i) => i.key === seg)
      .map((i) => ({ ...i, label: t(`web.analytics.segment.${seg as CustomerSegment}`) })),
  );
  if (segments.length)
    table(
      itemColumns(t('web.analytics.retention.segment')),
      itemRows(segments),
      segments.map((i) => i.tooFew),
    );
  else note(t('web.analytics.segments.none'));
  note(t('web.analytics.segments.hint'));

  doc.moveDown(1);
  ensure(40);
  note(t('pdf.definitions', { minN: MIN_N, half: MAX_HALF_WIDTH }));

  // Page numbers, written once every page exists (the bottom margin is lifted so no page is added).
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('body')
      .fontSize(7.5)
      .fillColor('#888888')
      .text(
        `${r.orgName} · ${t('pdf.page', { n: i + 1, total: range.count })}`,
        x0,
        doc.page.height - PAGE.margin + 8,
        { width: WIDTH, align: 'right', lineBreak: false },
      );
    doc.page.margins.bottom = margin;
  }
  doc.end();
  return done;
}

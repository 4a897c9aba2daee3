import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { renderDashboardPdf, type DashboardReport } from './dashboard-pdf.ts';

const none = { value: null, n: 0, ci95: null, tooFew: true };
const empty = {
  nps: { ...none, promoters: 0, passives: 0, detractors: 0 },
  csat: none,
  ces: none,
  wom: { value: null, k: 2 },
  responses: 0,
};
const base: DashboardReport = {
  lang: 'bg',
  orgName: 'Пекарна „Изгрев“',
  timeZone: 'Europe/Sofia',
  generatedAt: new Date('2026-11-23T10:00:00Z'),
  period: { from: null, to: null },
  filters: [],
  summary: { ...empty, previous: null, responseRate: { invited: 0, answered: 0, value: null } },
  interval: 'week',
  trend: [],
  touchpoints: [],
  locations: [],
  staff: [],
  segments: [],
};
const textOf = async (r: DashboardReport) =>
  (
    await extractText(await getDocumentProxy(new Uint8Array(await renderDashboardPdf(r))), { mergePages: true })
  ).text.replace(/\s+/g, ' ');

describe('dashboard PDF renderer', () => {
  it('says honestly that an organisation without answers has none, in Bulgarian', async () => {
    const text = await textOf(base);
    for (const s of [
      'Табло за лоялност',
      'Пекарна „Изгрев“',
      'Филтри: няма, всички отговори',
      'NPS — 0 Все още няма отговори',
      'Няма отговори за този период.',
      'Все още няма достатъчно отговори за класиране.',
      'Няма отговори от известни клиенти в този период.',
      'Страница 1 от 1',
    ]) {
      expect(text).toContain(s);
    }
  });

  it('marks figures with too few answers, ranks only the others, and counts the unranked', async () => {
    const item = (key: string, value: number, n: number, tooFew = false) => ({
      key,
      label: key,
      value,
      n,
      ci95: tooFew ? null : ([value - 10, value + 10] as [number, number]),
      tooFew,
    });
    const text = await textOf({
      ...base,
      lang: 'en',
      period: { from: '2026-11-01', to: '2026-12-01' },
      locations: [item('Harbour', 60, 40), item('Hill', -20, 35), item('Tiny', 100, 2, true)],
      trend: [
        { period: '2026-11-02', value: 10, n: 20, ci95: [0, 20], tooFew: false },
        { period: '2026-11-09', value: null, n: 0, ci95: null, tooFew: true },
        { period: '2026-11-16', value: 50, n: 3, ci95: [10, 90], tooFew: true },
      ],
      segments: [item('lost', -40, 12), item('champions', 80, 30)],
    });
    expect(text).toContain('1 Nov 2026 – 30 Nov 2026, compared with 2 Oct 2026 – 31 Oct 2026');
    expect(text).toContain(
      'Best locations NPS n 95% interval Harbour 60 40 50 … 70 Locations to help NPS n 95% interval Hill -20 35 -30 … -10',
    );
    expect(text).toContain('Not ranked (too few answers): 1');
    expect(text).not.toContain('Tiny');
    // Segments in the RFM order, best customers first, whatever order they came in.
    expect(text).toContain('Segment NPS n 95% interval Champions 80 30 70 … 90 Lost -40 12 -50 … -30');
  });
});

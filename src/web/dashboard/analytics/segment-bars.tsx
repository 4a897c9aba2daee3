import { CUSTOMER_SEGMENTS } from '../../../shared/domain.ts';
import { useT } from '../lib/i18n.tsx';
import type { Breakdown } from './hooks.ts';
import { hueStyle } from './touchpoint-map.tsx';

type Item = Breakdown['items'][number] & { ci95?: [number, number] | null; tooFew?: boolean };

/** NPS on −100…100 as a share of the bar's width from the left edge. */
const x = (v: number) => `${((Math.max(-100, Math.min(100, v)) + 100) / 2).toFixed(1)}%`;

/**
 * NPS by the customers' current RFM segment: one diverging bar per segment (zero in the middle),
 * its 95% interval as a whisker, n beside it; segments with too few answers are hatched and say so.
 * Segments come in the RFM order, best customers first, "no purchases" last.
 */
export function SegmentBars({ items }: { items: Item[] }) {
  const t = useT();
  const byKey = new Map(items.map((i) => [i.key, i]));
  const rows = CUSTOMER_SEGMENTS.filter((s) => byKey.has(s)).map((s) => byKey.get(s)!);
  if (!rows.length) return <p className="empty">{t('web.analytics.segments.none')}</p>;
  return (
    <ul className="segment-bars" data-testid="segment-bars">
      {rows.map((i) => (
        <li key={i.key} className={i.tooFew ? 'seg-few' : undefined} data-segment={i.key}>
          <span className="seg-name">{t(`web.analytics.segment.${i.key as (typeof CUSTOMER_SEGMENTS)[number]}`)}</span>
          <span className="seg-track" aria-hidden="true">
            <span className="seg-zero" />
            {i.value !== null ? (
              <span
                className="seg-bar"
                style={{
                  ...hueStyle(i.value, 'nps'),
                  left: x(Math.min(0, i.value)),
                  width: `${(Math.abs(i.value) / 2).toFixed(1)}%`,
                }}
              />
            ) : null}
            {i.ci95 ? (
              <span
                className="seg-ci"
                style={{ left: x(i.ci95[0]), width: `${((i.ci95[1] - i.ci95[0]) / 2).toFixed(1)}%` }}
              />
            ) : null}
          </span>
          <span className="seg-figure">
            <strong data-testid="seg-value">{i.value ?? '—'}</strong>{' '}
            <small>
              n = {i.n}
              {i.tooFew ? ` · ${t('web.analytics.tooFew')}` : i.ci95 ? ` · ${i.ci95[0]}…${i.ci95[1]}` : ''}
            </small>
          </span>
        </li>
      ))}
    </ul>
  );
}

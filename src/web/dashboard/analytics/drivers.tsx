import { useState } from 'react';
import { useT } from '../lib/i18n.tsx';
import { DataTable } from '../lib/table.tsx';
import { useWidth } from './use-width.ts';
import type { Drivers } from './hooks.ts';

const PAD = { l: 48, r: 16, t: 16, b: 40 };

type Item = Drivers['items'][number];

/**
 * "Fix first": touchpoints that matter more than average to overall NPS (share of explained
 * variance) and score below the average performance. Items with too few answers are not judged.
 */
export function quadrants(items: Item[]) {
  const valid = items.filter((i) => !i.tooFew && i.share !== null && i.performance !== null);
  const perfMid = valid.length ? valid.reduce((s, i) => s + i.performance!, 0) / valid.length : 50;
  const shareMid = valid.length ? 100 / valid.length : 0;
  const fixFirst = valid
    .filter((i) => i.share! >= shareMid && i.performance! < perfMid)
    .sort((a, b) => b.share! - a.share!);
  return { valid, perfMid, shareMid, fixFirst };
}

export function DriverScatter({ data }: { data: Drivers }) {
  const t = useT();
  const [active, setActive] = useState<string | null>(null);
  const [ref, W] = useWidth<HTMLElement>(520);
  const H = Math.round(Math.min(340, Math.max(240, W * 0.6)));
  const { valid, perfMid, shareMid, fixFirst } = quadrants(data.items);
  const fix = new Set(fixFirst.map((i) => i.key));
  const maxShare = Math.max(10, ...valid.map((i) => i.share!)) * 1.1;
  const x = (p: number) => PAD.l + (p / 100) * (W - PAD.l - PAD.r);
  const y = (s: number) => PAD.t + (1 - s / maxShare) * (H - PAD.t - PAD.b);
  if (data.tooFew || !valid.length) return <p className="empty">{t('web.analytics.drivers.tooFew', { n: data.n })}</p>;
  return (
    <div className="drivers">
      <figure className="chart" ref={ref}>
        <figcaption>{t('web.analytics.drivers.chart')}</figcaption>
        <svg viewBox={`0 0 ${W} ${H}`} className="chart-svg" role="img" aria-label={t('web.analytics.drivers.chart')}>
          <rect x={PAD.l} y={PAD.t} width={x(perfMid) - PAD.l} height={y(shareMid) - PAD.t} className="quadrant-fix" />
          <text x={PAD.l + 6} y={PAD.t + 16} className="chart-tick quadrant-label">
            {t('web.analytics.drivers.fixFirst')}
          </text>
          <line x1={x(perfMid)} x2={x(perfMid)} y1={PAD.t} y2={H - PAD.b} className="chart-grid" />
          <line x1={PAD.l} x2={W - PAD.r} y1={y(shareMid)} y2={y(shareMid)} className="chart-grid" />
          <line x1={PAD.l} x2={W - PAD.r} y1={H - PAD.b} y2={H - PAD.b} className="chart-axis" />
          <line x1={PAD.l} x2={PAD.l} y1={PAD.t} y2={H - PAD.b} className="chart-axis" />
          {[0, 25, 50, 75, 100].map((p) => (
            <text key={p} x={x(p)} y={H - PAD.b + 16} textAnchor="middle" className="chart-tick">
              {p}
            </text>
          ))}
          {[0, Math.round(maxShare / 2), Math.floor(maxShare)].map((v) => (
            <text key={v} x={PAD.l - 6} y={y(v) + 4} textAnchor="end" className="chart-tick">
              {v}
            </text>
          ))}
          <text x={(W + PAD.l) / 2} y={H - 4} textAnchor="middle" className="chart-tick">
            {t('web.analytics.drivers.performance')}
          </text>
          <text
            x={12}
            y={(H - PAD.b + PAD.t) / 2}
            textAnchor="middle"
            className="chart-tick"
            transform={`rotate(-90 12 ${(H - PAD.b + PAD.t) / 2})`}
          >
            {t('web.analytics.drivers.importance')}
          </text>
          {valid.map((i) => (
            <g key={i.key}>
              <circle
                cx={x(i.performance!)}
                cy={y(i.share!)}
                r={active === i.key ? 8 : 6}
                className={fix.has(i.key) ? 'driver-point driver-fix' : 'driver-point'}
                tabIndex={0}
                aria-label={`${i.label}: ${t('web.analytics.drivers.importance')} ${i.share}%, ${t('web.analytics.drivers.performance')} ${i.performance} (n = ${i.n})`}
                onMouseEnter={() => setActive(i.key)}
                onMouseLeave={() => setActive(null)}
                onFocus={() => setActive(i.key)}
                onBlur={() => setActive(null)}
              />
              <text
                x={i.performance! > 70 ? x(i.performance!) - 9 : x(i.performance!) + 9}
                y={y(i.share!) + 4}
                textAnchor={i.performance! > 70 ? 'end' : 'start'}
                className="chart-tick driver-label"
              >
                {i.label}
                {active === i.key ? ` · ${i.share}% · ${i.performance} · n = ${i.n}` : ''}
              </text>
            </g>
          ))}
        </svg>
      </figure>
      <div>
        <h3>{t('web.analytics.drivers.fixFirst')}</h3>
        {fixFirst.length ? (
          <ol className="fix-list" data-testid="fix-first">
            {fixFirst.map((i) => (
              <li key={i.key}>
                <strong>{i.label}</strong> —{' '}
                {t('web.analytics.drivers.item', { share: i.share!, performance: i.performance!, n: i.n })}
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">{t('web.analytics.drivers.nothingToFix')}</p>
        )}
        <p className="muted small">
          {t('web.analytics.drivers.method', {
            r2: data.r2 === null || data.r2 < 0 || data.r2 > 1 ? '—' : Math.round(data.r2 * 100),
            n: data.n,
          })}
        </p>
        <details className="chart-table">
          <summary>{t('web.analytics.showTable')}</summary>
          <DataTable
            className="table-compact table-wide"
            rows={data.items}
            rowKey={(i) => i.key}
            rowClassName={(i) => (i.tooFew ? 'row-few' : undefined)}
            columns={[
              { label: t('web.interactions.touchpoint'), rowHeader: true, cell: (i) => i.label },
              { label: t('web.analytics.drivers.importance'), align: 'num', cell: (i) => i.share ?? '—' },
              { label: t('web.analytics.drivers.performance'), align: 'num', cell: (i) => i.performance ?? '—' },
              { label: 'n', align: 'num', cell: (i) => i.n },
            ]}
          />
        </details>
      </div>
    </div>
  );
}

import { useId, useState } from 'react';
import { MIN_N } from '../../../shared/metrics.ts';
import { useT } from '../lib/i18n.tsx';
import { useWidth } from './use-width.ts';

export type Point = {
  period: string;
  value: number | null;
  n: number;
  ci95?: [number, number] | null;
  tooFew?: boolean;
};
export type Series = { key: string; label: string; points: Point[]; domain: [number, number] };

const PAD = { l: 40, r: 12, t: 12, b: 28 };

/**
 * A small SVG line chart: one or more series over the same periods on the first series' scale
 * (0–100, or −100–100 for NPS). Every point is focusable and tells its value and n;
 * the same figures are in a table underneath for screen readers and for reading exact numbers.
 */
export function LineChart({
  title,
  series,
  formatPeriod,
  testId,
  ticks: givenTicks,
}: {
  title: string;
  series: Series[];
  formatPeriod: (p: string) => string;
  testId?: string;
  /** Grid values for a scale other than 0–100 or −100–100 (e.g. 1–5 stars). */
  ticks?: number[];
}) {
  const t = useT();
  const id = useId();
  const [active, setActive] = useState<{ s: number; i: number } | null>(null);
  const [ref, W] = useWidth<HTMLElement>(560);
  const H = W < 480 ? 180 : 220;
  const periods = [...new Set(series.flatMap((s) => s.points.map((p) => p.period)))].sort();
  const domain = series[0]?.domain ?? [0, 100];
  const x = (i: number) =>
    PAD.l + (periods.length <= 1 ? (W - PAD.l - PAD.r) / 2 : (i * (W - PAD.l - PAD.r)) / (periods.length - 1));
  const y = (v: number) => PAD.t + ((domain[1] - v) * (H - PAD.t - PAD.b)) / (domain[1] - domain[0]);
  const ticks = givenTicks ?? (domain[0] < 0 ? [-100, -50, 0, 50, 100] : [0, 25, 50, 75, 100]);
  const labelEvery = Math.max(1, Math.ceil(periods.length / Math.max(2, Math.floor(W / 80))));
  const activePoint = active ? series[active.s]?.points.find((p) => p.period === periods[active.i]) : undefined;

  return (
    <figure className="chart" data-testid={testId} ref={ref}>
      <figcaption id={`${id}-cap`}>{title}</figcaption>
      {periods.length === 0 ? (
        <p className="empty">{t('web.analytics.noData')}</p>
      ) : (
        <div className="chart-box">
          <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-cap`} className="chart-svg">
            {ticks.map((v) => (
              <g key={v}>
                <line
                  x1={PAD.l}
                  x2={W - PAD.r}
                  y1={y(v)}
                  y2={y(v)}
                  className={v === 0 && domain[0] < 0 ? 'chart-zero' : 'chart-grid'}
                />
                <text x={PAD.l - 6} y={y(v) + 4} textAnchor="end" className="chart-tick">
                  {v}
                </text>
              </g>
            ))}
            {periods.map((p, i) =>
              i % labelEvery === 0 ? (
                <text key={p} x={x(i)} y={H - 8} textAnchor="middle" className="chart-tick">
                  {formatPeriod(p)}
                </text>
              ) : null,
            )}
            {series.map((s, si) => {
              const all = periods.map((p, i) => ({ i, pt: s.points.find((q) => q.period === p) }));
              // A period with too few answers is not drawn at its value (3 answers can read −100):
              // the line skips it and a hollow mark on the axis says so.
              const pts = all.filter((d) => d.pt && d.pt.value !== null && !d.pt.tooFew);
              const few = all.filter((d) => d.pt && d.pt.tooFew && d.pt.n > 0);
              const path = pts
                .map((d, k) => `${k ? 'L' : 'M'}${x(d.i).toFixed(1)},${y(d.pt!.value!).toFixed(1)}`)
                .join('');
              // The 95% interval as a shaded band: wide where a period has few answers.
              const withCi = pts.filter((d) => d.pt!.ci95);
              const band =
                withCi.length > 1
                  ? `${withCi.map((d, k) => `${k ? 'L' : 'M'}${x(d.i).toFixed(1)},${y(d.pt!.ci95![1]).toFixed(1)}`).join('')}${[
                      ...withCi,
                    ]
                      .reverse()
                      .map((d) => `L${x(d.i).toFixed(1)},${y(d.pt!.ci95![0]).toFixed(1)}`)
                      .join('')}Z`
                  : null;
              return (
                <g key={s.key} className={`chart-series chart-series-${si}`}>
                  {band ? <path d={band} className="chart-band" /> : null}
                  <path d={path} fill="none" className="chart-line" />
                  {few.map(({ i, pt }) => (
                    <circle
                      key={pt!.period}
                      cx={x(i)}
                      cy={H - PAD.b - 5}
                      r={active?.s === si && active.i === i ? 5 : 3.5}
                      className="chart-few-point"
                      data-period={pt!.period}
                      tabIndex={0}
                      aria-label={`${s.label}, ${formatPeriod(pt!.period)}: ${t('web.analytics.tooFew')} (n = ${pt!.n})`}
                      onMouseEnter={() => setActive({ s: si, i })}
                      onMouseLeave={() => setActive(null)}
                      onFocus={() => setActive({ s: si, i })}
                      onBlur={() => setActive(null)}
                    />
                  ))}
                  {pts.map(({ i, pt }) => (
                    <circle
                      key={pt!.period}
                      cx={x(i)}
                      cy={y(pt!.value!)}
                      r={active?.s === si && active.i === i ? 6 : 4}
                      className={pt!.tooFew ? 'chart-point chart-point-few' : 'chart-point'}
                      tabIndex={0}
                      aria-label={`${s.label}, ${formatPeriod(pt!.period)}: ${pt!.value} (n = ${pt!.n})`}
                      onMouseEnter={() => setActive({ s: si, i })}
                      onMouseLeave={() => setActive(null)}
                      onFocus={() => setActive({ s: si, i })}
                      onBlur={() => setActive(null)}
                    />
                  ))}
                </g>
              );
            })}
          </svg>
          {active && activePoint ? (
            <div
              className="chart-tip"
              role="status"
              style={{
                left: `${(x(active.i) / W) * 100}%`,
                top: `${((activePoint.tooFew ? H - PAD.b - 5 : y(activePoint.value ?? 0)) / H) * 100}%`,
              }}
            >
              <strong>{series[active.s]!.label}</strong> {formatPeriod(activePoint.period)}
              <br />
              {activePoint.tooFew ? (
                `${t('web.analytics.tooFew')} · n = ${activePoint.n}`
              ) : (
                <>
                  {activePoint.value} · n = {activePoint.n}
                  {activePoint.ci95 ? ` · 95%: ${activePoint.ci95[0]}…${activePoint.ci95[1]}` : ''}
                </>
              )}
            </div>
          ) : null}
          {series.some((s) => s.points.some((p) => p.tooFew && p.n > 0)) ? (
            <p className="muted small chart-note" data-testid="chart-few-note">
              <span className="chart-few-key" aria-hidden="true" /> {t('web.analytics.tooFewPoint', { n: MIN_N })}
            </p>
          ) : null}
          {series.some((s) => s.points.some((p) => p.ci95)) ? (
            <p className="muted small chart-note">{t('web.analytics.bandNote')}</p>
          ) : null}
          {series.length > 1 ? (
            <ul className="chart-legend">
              {series.map((s, si) => (
                <li key={s.key} className={`chart-series-${si}`}>
                  {s.label}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      )}
      {periods.length ? (
        <details className="chart-table">
          <summary>{t('web.analytics.showTable')}</summary>
          <table className="table table-compact table-wide">
            <thead>
              <tr>
                <th scope="col">{t('web.analytics.periodCol')}</th>
                {series.map((s) => (
                  <th key={s.key} scope="col" className="num">
                    {s.label}
                  </th>
                ))}
                {series.map((s) => (
                  <th key={s.key} scope="col" className="num">
                    n ({s.label})
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {periods.map((p) => (
                <tr key={p}>
                  <th scope="row">{formatPeriod(p)}</th>
                  {series.map((s) => {
                    const pt = s.points.find((q) => q.period === p);
                    return (
                      <td
                        key={s.key}
                        className={pt?.tooFew ? 'num num-few' : 'num'}
                        data-series={s.key}
                        title={pt?.tooFew ? t('web.analytics.tooFew') : undefined}
                      >
                        {pt?.value ?? '—'}
                      </td>
                    );
                  })}
                  {series.map((s) => (
                    <td key={s.key} className="num">
                      {s.points.find((q) => q.period === p)?.n ?? 0}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </figure>
  );
}

import type { ReactNode } from 'react';
import { useT } from '../lib/i18n.tsx';

const fmt = (v: number | null | undefined, digits = 1) =>
  v === null || v === undefined ? '—' : String(Math.round(v * 10 ** digits) / 10 ** digits);

/** Change against the previous period: arrow, signed delta; nothing when either side has no figure. */
export function Delta({
  now,
  before,
  unit = '',
}: {
  now: number | null | undefined;
  before: number | null | undefined;
  unit?: string;
}) {
  const t = useT();
  if (now === null || now === undefined || before === null || before === undefined)
    return <span className="delta delta-none">{t('web.analytics.noComparison')}</span>;
  const d = Math.round((now - before) * 10) / 10;
  const dir = d > 0 ? 'up' : d < 0 ? 'down' : 'flat';
  const arrow = d > 0 ? '▲' : d < 0 ? '▼' : '▶';
  return (
    <span className={`delta delta-${dir}`} title={t('web.analytics.previousValue', { value: fmt(before) })}>
      <span aria-hidden="true">{arrow}</span> {d > 0 ? '+' : ''}
      {fmt(d)}
      {unit} <span className="delta-note">{t('web.analytics.vsPrevious')}</span>
    </span>
  );
}

type TileProps = {
  label: string;
  value: number | null;
  unit?: string;
  n: number;
  ci95?: [number, number] | null;
  tooFew?: boolean;
  previous?: number | null;
  hasPrevious: boolean;
  extra?: ReactNode;
  testId?: string;
};

export function Tile({ label, value, unit = '', n, ci95, tooFew, previous, hasPrevious, extra, testId }: TileProps) {
  const t = useT();
  return (
    <div className={tooFew ? 'tile tile-few' : 'tile'} data-testid={testId}>
      <h3 className="tile-label">{label}</h3>
      <p className="tile-value">
        <span data-testid={testId ? `${testId}-value` : undefined}>{fmt(value)}</span>
        {value !== null && unit ? <small>{unit}</small> : null}
      </p>
      {tooFew ? (
        <p className="tile-few-note">{n === 0 ? t('web.analytics.noAnswers') : t('web.analytics.tooFew')}</p>
      ) : null}
      <p className="tile-meta">
        n = <span data-testid={testId ? `${testId}-n` : undefined}>{n}</span>
        {ci95 ? (
          <>
            {' · '}
            {t('web.analytics.ci95')} {fmt(ci95[0])}…{fmt(ci95[1])}
          </>
        ) : null}
      </p>
      {extra ? <p className="tile-meta">{extra}</p> : null}
      {hasPrevious ? <Delta now={value} before={previous} unit={unit === '%' ? ' pp' : ''} /> : null}
    </div>
  );
}

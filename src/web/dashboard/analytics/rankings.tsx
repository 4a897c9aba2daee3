import { Link } from 'wouter';
import { useT } from '../lib/i18n.tsx';
import { bestWorst } from '../../../shared/ranking.ts';
import type { MetricItem } from './hooks.ts';

export { bestWorst };

type Ranked = MetricItem & { key: string; label: string | null };

function RankList({ title, items, testId }: { title: string; items: Ranked[]; testId: string }) {
  const t = useT();
  return (
    <div className="rank">
      <h3>{title}</h3>
      {items.length ? (
        <ol data-testid={testId}>
          {items.map((i) => (
            <li key={i.key}>
              <span className="rank-name">{i.label ?? t('web.analytics.unnamed')}</span>
              <span className="rank-figure">
                <strong>{i.value}</strong>{' '}
                <small>
                  n = {i.n}
                  {i.ci95 ? ` · ${i.ci95[0]}…${i.ci95[1]}` : ''}
                </small>
              </span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{t('web.analytics.nothingToRank')}</p>
      )}
    </div>
  );
}

export function Rankings({ items, kind }: { items: Ranked[]; kind: 'location' | 'staff' }) {
  const t = useT();
  const { best, worst, unranked } = bestWorst(items);
  return (
    <div className="ranks">
      <RankList title={t(`web.analytics.best.${kind}`)} items={best} testId={`best-${kind}`} />
      <RankList title={t(`web.analytics.worst.${kind}`)} items={worst} testId={`worst-${kind}`} />
      {unranked.length ? (
        <p className="muted rank-note">{t('web.analytics.unranked', { count: unranked.length })}</p>
      ) : null}
    </div>
  );
}

/** Every item with its figure: a manager's team, sorted by score (too few answers last). */
export function FigureTable({
  items,
  nameHeader,
  testId,
  link,
}: {
  items: Ranked[];
  nameHeader: string;
  testId?: string;
  link?: (key: string) => string;
}) {
  const t = useT();
  const sorted = [...items].sort(
    (a, b) => Number(!!a.tooFew) - Number(!!b.tooFew) || (b.value ?? -999) - (a.value ?? -999),
  );
  return (
    <div className="table-scroll">
      <table className="table table-compact table-wide" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{nameHeader}</th>
            <th scope="col" className="num">
              NPS
            </th>
            <th scope="col" className="num">
              n
            </th>
            <th scope="col">{t('web.analytics.ci95')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((i) => (
            <tr key={i.key} className={i.tooFew ? 'row-few' : undefined}>
              <th scope="row">
                {link ? (
                  <Link href={link(i.key)}>{i.label ?? t('web.analytics.unnamed')}</Link>
                ) : (
                  (i.label ?? t('web.analytics.unnamed'))
                )}
              </th>
              <td className="num">{i.value ?? '—'}</td>
              <td className="num">{i.n}</td>
              <td>{i.tooFew ? t('web.analytics.tooFew') : i.ci95 ? `${i.ci95[0]}…${i.ci95[1]}` : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { Link } from 'wouter';
import { useT } from '../lib/i18n.tsx';
import { DataTable } from '../lib/table.tsx';
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
      <DataTable
        className="table-compact table-wide"
        testId={testId}
        rows={sorted}
        rowKey={(i) => i.key}
        rowClassName={(i) => (i.tooFew ? 'row-few' : undefined)}
        columns={[
          {
            label: nameHeader,
            rowHeader: true,
            cell: (i) =>
              link ? (
                <Link href={link(i.key)}>{i.label ?? t('web.analytics.unnamed')}</Link>
              ) : (
                (i.label ?? t('web.analytics.unnamed'))
              ),
          },
          { label: 'NPS', align: 'num', cell: (i) => i.value ?? '—' },
          { label: 'n', align: 'num', cell: (i) => i.n },
          {
            label: t('web.analytics.ci95'),
            cell: (i) => (i.tooFew ? t('web.analytics.tooFew') : i.ci95 ? `${i.ci95[0]}…${i.ci95[1]}` : '—'),
          },
        ]}
      />
    </div>
  );
}

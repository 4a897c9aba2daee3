import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'wouter';
import type { Language } from '../../../shared/domain.ts';
import { useI18n, type Translate } from '../lib/i18n.tsx';
import { DataTable } from '../lib/table.tsx';
import { ListState, PageHeader } from '../lib/ui.tsx';
import { useAllLocations } from '../locations/hooks.ts';
import { useAllTouchpoints } from '../touchpoints/hooks.ts';
import { useTopicStats, type TopicRow } from './hooks.ts';
import { SentimentChip, topicName } from './labels.tsx';
import './text.css';

const PERIODS = [7, 30, 90, 365] as const;
const SORTS = ['detractors', 'count', 'negative', 'trend'] as const;
type Sort = (typeof SORTS)[number];
const DAY = 86_400_000;
const EXCERPT = 120;
const excerpt = (s: string) => (s.length > EXCERPT ? `${s.slice(0, EXCERPT).trimEnd()}…` : s);

const negativeShare = (r: TopicRow) => (r.count ? r.sentiment.negative / r.count : 0);
const ORDER: Record<Sort, (a: TopicRow, b: TopicRow) => number> = {
  // Topics that detractors mention more than promoters come first.
  detractors: (a, b) =>
    (b.detractorShare ?? 0) - (a.detractorShare ?? 0) ||
    (a.promoterShare ?? 0) - (b.promoterShare ?? 0) ||
    b.count - a.count,
  count: (a, b) => b.count - a.count,
  negative: (a, b) => negativeShare(b) - negativeShare(a) || b.count - a.count,
  trend: (a, b) => b.change.share - a.change.share || b.change.count - a.change.count,
};

const percent = (language: Language, v: number | null) =>
  v === null ? '—' : new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(v);

/** Topics × sentiment for a period: what customers write about, which topics drive detractors, what is rising. */
export function TopicsPage() {
  const { t, language } = useI18n();
  const [params, setParams] = useSearchParams();
  const days = PERIODS.find((p) => String(p) === params.get('days')) ?? 30;
  const sort: Sort = (SORTS as readonly string[]).includes(params.get('sort') ?? '')
    ? (params.get('sort') as Sort)
    : 'detractors';
  const locationId = params.get('locationId') ?? '';
  const touchpointId = params.get('touchpointId') ?? '';
  // "Now" is fixed when the page opens, so the query stays the same while the page is open.
  const [now] = useState(() => Math.ceil(Date.now() / 60_000) * 60_000);
  const query = {
    from: new Date(now - days * DAY).toISOString(),
    to: new Date(now).toISOString(),
    locationId,
    touchpointId,
  };
  const stats = useTopicStats(query);
  const locations = useAllLocations();
  const touchpoints = useAllTouchpoints();
  const rows = useMemo(() => [...(stats.data?.topics ?? [])].sort(ORDER[sort]), [stats.data, sort]);
  const maxShare = Math.max(0.0001, ...rows.map((r) => Math.max(r.share, r.detractorShare ?? 0, r.promoterShare ?? 0)));
  const set = (key: string, v: string) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (v) next.set(key, v);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  return (
    <>
      <p className="breadcrumb">
        <Link href="/responses">← {t('web.nav.responses')}</Link>
      </p>
      <PageHeader title={t('web.text.topicsTitle')} />
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('web.common.filters')}>
        <label>
          <span>{t('web.text.period')}</span>
          <select value={String(days)} onChange={(e) => set('days', e.target.value === '30' ? '' : e.target.value)}>
            {PERIODS.map((p) => (
              <option key={p} value={p}>
                {t('web.text.lastDays', { n: p })}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('web.interactions.location')}</span>
          <select value={locationId} onChange={(e) => set('locationId', e.target.value)}>
            <option value="">{t('web.common.allLocations')}</option>
            {locations.items.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('web.interactions.touchpoint')}</span>
          <select value={touchpointId} onChange={(e) => set('touchpointId', e.target.value)}>
            <option value="">{t('web.common.all')}</option>
            {touchpoints.items.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('web.text.sortBy')}</span>
          <select value={sort} onChange={(e) => set('sort', e.target.value === 'detractors' ? '' : e.target.value)}>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`web.text.sort.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </form>
      {stats.data ? (
        <p className="muted topics-summary" data-testid="topics-summary">
          {t('web.text.summary', {
            comments: stats.data.comments,
            detractors: stats.data.detractors,
            promoters: stats.data.promoters,
          })}
        </p>
      ) : null}
      <ListState
        isPending={stats.isPending}
        error={stats.error}
        empty={rows.length === 0}
        emptyText={t('web.text.noTopics')}
      />
      {rows.length ? (
        <div className="table-scroll">
          <DataTable
            className="topics-table"
            testId="topics-table"
            rows={rows}
            rowKey={(r) => r.topic}
            rowData={() => ({ 'data-testid': 'topic-row' })}
            columns={[
              {
                label: t('web.text.topic'),
                rowHeader: true,
                cell: (r) => (
                  <>
                    <Link href={`/responses?topic=${encodeURIComponent(r.topic)}`}>{topicName(t, r.topic)}</Link>
                    {r.kind ? (
                      <div className={`badge badge-${r.kind}`}>
                        {t(`web.kind.${r.kind as 'product' | 'brand' | 'service'}`)}
                      </div>
                    ) : null}
                  </>
                ),
              },
              {
                label: t('web.text.mentions'),
                cell: (r) => (
                  <>
                    <Bar value={r.share} max={maxShare} className="bar-share" />
                    <span className="bar-figure">
                      {r.count} · {percent(language, r.share)}
                    </span>
                  </>
                ),
              },
              { label: t('web.text.sentiment'), cell: (r) => <SentimentSplit t={t} split={r.sentiment} /> },
              {
                label: 'NPS',
                align: 'num',
                cell: (r) => (
                  <>
                    {r.nps === null ? '—' : Math.round(r.nps)}
                    <div className="muted small">n={r.npsN}</div>
                  </>
                ),
              },
              {
                label: t('web.text.detractorsVsPromoters'),
                cell: (r) => (
                  <>
                    <div className="dp-row">
                      <span className="dp-label">{t('web.text.detractorsShort')}</span>
                      <Bar value={r.detractorShare ?? 0} max={maxShare} className="bar-detractor" />
                      <span className="bar-figure">{percent(language, r.detractorShare)}</span>
                    </div>
                    <div className="dp-row">
                      <span className="dp-label">{t('web.text.promotersShort')}</span>
                      <Bar value={r.promoterShare ?? 0} max={maxShare} className="bar-promoter" />
                      <span className="bar-figure">{percent(language, r.promoterShare)}</span>
                    </div>
                  </>
                ),
              },
              { label: t('web.text.trend'), cell: (r) => <Trend t={t} row={r} /> },
              {
                label: t('web.text.examples'),
                cellClassName: 'examples-cell',
                cell: (r) => (
                  <ul className="examples">
                    {r.examples.map((e) => (
                      <li key={e.id}>
                        {e.sentiment ? <SentimentChip sentiment={e.sentiment} /> : null}{' '}
                        <Link href={`/responses/${e.id}`}>{excerpt(e.comment)}</Link>
                        {e.nps !== null ? <span className="muted small"> · NPS {e.nps}</span> : null}
                      </li>
                    ))}
                  </ul>
                ),
              },
            ]}
          />
        </div>
      ) : null}
    </>
  );
}

function Bar({ value, max, className }: { value: number; max: number; className: string }) {
  return (
    <span className="bar" aria-hidden="true">
      <span className={`bar-fill ${className}`} style={{ width: `${Math.min(100, (value / max) * 100)}%` }} />
    </span>
  );
}

function SentimentSplit({ t, split }: { t: Translate; split: TopicRow['sentiment'] }) {
  const total = split.negative + split.neutral + split.positive;
  const label = `${t('web.text.sentiment.negative')} ${split.negative}, ${t('web.text.sentiment.neutral')} ${split.neutral}, ${t('web.text.sentiment.positive')} ${split.positive}`;
  return (
    <span className="split" title={label}>
      <span className="split-bar" aria-hidden="true">
        {(['negative', 'neutral', 'positive'] as const).map((k) =>
          split[k] ? (
            <span key={k} className={`split-${k}`} style={{ width: `${(split[k] / Math.max(1, total)) * 100}%` }} />
          ) : null,
        )}
      </span>
      <span className="split-figures small">
        <span className="sentiment-negative-text">{split.negative}</span> / {split.neutral} /{' '}
        <span className="sentiment-positive-text">{split.positive}</span>
      </span>
      <span className="visually-hidden">{label}</span>
    </span>
  );
}

function Trend({ t, row }: { t: Translate; row: TopicRow }) {
  const points = Math.round(row.change.share * 100);
  const dir = points > 0 ? 'up' : points < 0 ? 'down' : 'flat';
  const arrow = dir === 'up' ? '▲' : dir === 'down' ? '▼' : '→';
  const text = t(`web.text.trend.${dir}`, { points: Math.abs(points), previous: row.previous.count });
  // More talk of a mostly negative topic is worse; of a mostly positive one, better.
  const lean = Math.sign(row.sentiment.positive - row.sentiment.negative);
  const tone = dir === 'flat' ? 'flat' : lean === 0 ? 'mixed' : (dir === 'up') === lean > 0 ? 'better' : 'worse';
  return (
    <span className={`trend trend-${tone}`} title={text} data-testid="trend">
      <span aria-hidden="true">
        {arrow} {points > 0 ? '+' : ''}
        {points} {t('web.text.pp')}
      </span>
      <span className="visually-hidden">{text}</span>
      <div className="muted small" aria-hidden="true">
        {t('web.text.previousCount', { n: row.previous.count })}
      </div>
    </span>
  );
}

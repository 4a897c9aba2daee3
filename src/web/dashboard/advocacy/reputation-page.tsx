import { usePeriodFormat } from '../analytics/common.tsx';
import { LineChart } from '../analytics/line-chart.tsx';
import { Tile } from '../analytics/tiles.tsx';
import { useI18n } from '../lib/i18n.tsx';
import { DataTable } from '../lib/table.tsx';
import { useAllLocations } from '../locations/hooks.ts';
import { MIN_N, monthStart, rate } from './figures.ts';
import { useReputation, type Reputation } from './hooks.ts';
import { PeriodFiguresPage } from './period-filters.tsx';
import '../analytics/analytics.css';
import './advocacy.css';

/** The public rating and how the business handles reviews, each with its n and, for shares, a 95% interval. */
export function ReputationPage() {
  const { t } = useI18n();
  return (
    <PeriodFiguresPage
      back={{ href: '/reviews', label: t('web.nav.reviews') }}
      title={t('web.nav.reputation')}
      useFigures={useReputation}
      render={(f) => <Figures f={f} />}
    />
  );
}

function Figures({ f }: { f: Reputation }) {
  const { t } = useI18n();
  const monthFormat = usePeriodFormat()('month');
  const locations = useAllLocations();
  const names = new Map(locations.items.map((l) => [l.id, l.name]));
  const replyRate = rate(f.replied, f.reviews);
  const clickRate = rate(f.requestsClicked, f.requestsSent);
  const recovered = rate(f.negativeRecovered, f.negative);
  return (
    <>
      <div className="tiles" data-testid="reputation-tiles">
        <Tile
          label={t('web.adv.fig.rating')}
          testId="rep-rating"
          value={f.averageRating}
          n={f.reviews}
          tooFew={f.reviews < MIN_N}
          hasPrevious={false}
          extra={t('web.adv.fig.ratingOf5')}
        />
        <Tile
          label={t('web.adv.fig.replyRate')}
          testId="rep-reply"
          unit="%"
          {...replyRate}
          hasPrevious={false}
          extra={f.medianReplyHours === null ? undefined : t('web.adv.fig.medianReply', { hours: f.medianReplyHours })}
        />
        <Tile
          label={t('web.adv.fig.requests')}
          testId="rep-requests"
          unit="%"
          {...clickRate}
          hasPrevious={false}
          extra={t('web.adv.fig.requestsExtra', {
            sent: f.requestsSent,
            clicked: f.requestsClicked,
            reviews: f.reviewsFromRequests,
          })}
        />
        <Tile
          label={t('web.adv.fig.recovered')}
          testId="rep-recovered"
          unit="%"
          {...recovered}
          hasPrevious={false}
          extra={t('web.adv.fig.recoveredExtra', { negative: f.negative, recovered: f.negativeRecovered })}
        />
        <Tile
          label={t('web.adv.fig.npsBeside')}
          testId="rep-nps"
          value={f.nps}
          n={f.npsResponses}
          tooFew={f.npsResponses < MIN_N}
          hasPrevious={false}
          extra={t('web.adv.fig.npsBesideHint')}
        />
      </div>
      <p className="muted small">{t('web.adv.fig.intervalNote')}</p>
      <div className="chart-pair">
        <LineChart
          title={t('web.adv.fig.ratingTrend')}
          testId="rating-trend"
          formatPeriod={(p) => monthFormat(p)}
          ticks={[1, 2, 3, 4, 5]}
          series={[
            {
              key: 'rating',
              label: t('web.adv.fig.rating'),
              domain: [1, 5],
              points: f.byMonth.map((m) => ({
                period: monthStart(m.month),
                value: m.averageRating,
                n: m.reviews,
                ci95: m.ratingCi95,
                tooFew: m.reviews < MIN_N,
              })),
            },
          ]}
        />
        <LineChart
          title={t('web.adv.fig.replyTrend')}
          testId="reply-trend"
          formatPeriod={(p) => monthFormat(p)}
          series={[
            {
              key: 'reply',
              label: t('web.adv.fig.replyRate'),
              domain: [0, 100],
              points: f.byMonth.map((m) => ({ period: monthStart(m.month), ...rate(m.replied, m.reviews) })),
            },
          ]}
        />
      </div>
      <section aria-labelledby="by-source">
        <h2 id="by-source">{t('web.adv.fig.bySource')}</h2>
        {f.bySource.length ? (
          <DataTable
            className="table-compact"
            testId="reputation-by-source"
            rows={f.bySource}
            rowKey={(s) => `${s.locationId}:${s.platform}:${s.sourceId}`}
            columns={[
              {
                label: t('web.interactions.location'),
                cell: (s) => (s.locationId && names.get(s.locationId)) ?? '—',
              },
              { label: t('web.adv.platform'), cell: (s) => t(`web.adv.platform.${s.platform}`) },
              { label: t('web.adv.fig.reviews'), align: 'num', cell: (s) => s.reviews },
              { label: t('web.adv.fig.rating'), align: 'num', cell: (s) => s.averageRating ?? '—' },
            ]}
          />
        ) : (
          <p className="empty">{t('web.adv.noReviews')}</p>
        )}
      </section>
    </>
  );
}

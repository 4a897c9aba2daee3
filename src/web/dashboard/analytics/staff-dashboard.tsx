import { Link } from 'wouter';
import { formatDateTime } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';
import { ErrorBanner, PageHeader } from '../lib/ui.tsx';
import { HeadlineTiles, IntervalSwitch, PeriodLine, usePeriodFormat } from './common.tsx';
import { FilterBar, useAnalyticsFilters } from './filters.tsx';
import { useStaffView } from './hooks.ts';
import { LineChart } from './line-chart.tsx';
import { ExportButton, Section } from './section.tsx';

/** A staff member's own scores, trend and the latest comments about them (the server allows nothing else). */
export function StaffDashboard({ staffId, own }: { staffId: string; own: boolean }) {
  const { t, language } = useI18n();
  const f = useAnalyticsFilters();
  const view = useStaffView(staffId, { from: f.from, to: f.to, interval: f.interval });
  const periodFormat = usePeriodFormat()(f.interval);
  const v = view.data;
  return (
    <div className="analytics">
      <PageHeader
        title={own ? t('web.analytics.myScores') : t('web.analytics.personScores', { name: v?.staff.name ?? '…' })}
      >
        {own ? null : (
          <Link href="/analytics" className="btn no-print">
            {t('web.analytics.backToTeam')}
          </Link>
        )}
        <button type="button" className="btn no-print" onClick={() => window.print()}>
          {t('web.analytics.print')}
        </button>
      </PageHeader>
      <FilterBar f={f} periodOnly />
      <PeriodLine from={f.from} to={f.to} />
      <ErrorBanner error={view.error} />
      {v ? (
        <>
          <Section title={t('web.analytics.headline')} id="headline">
            <HeadlineTiles s={{ ...v.summary, previous: v.previous }} />
          </Section>
          <Section
            title={t('web.analytics.trends')}
            id="trends"
            actions={
              <>
                <IntervalSwitch value={f.interval} onChange={(i) => f.set('interval', i === 'week' ? '' : i)} />
                <ExportButton
                  filename="my-trend.csv"
                  rows={() => [
                    ['period', 'nps', 'nps_n', 'csat', 'csat_n', 'responses'],
                    ...v.trend.map((p) => [p.period, p.nps.value, p.nps.n, p.csat.value, p.csat.n, p.responses]),
                  ]}
                />
              </>
            }
          >
            <div className="chart-pair">
              <LineChart
                title={t('web.analytics.npsTrend')}
                testId="chart-nps"
                formatPeriod={periodFormat}
                series={[
                  {
                    key: 'nps',
                    label: 'NPS',
                    domain: [-100, 100],
                    points: v.trend.map((p) => ({ period: p.period, ...p.nps })),
                  },
                ]}
              />
              <LineChart
                title={t('web.analytics.csatTrend')}
                testId="chart-csat"
                formatPeriod={periodFormat}
                series={[
                  {
                    key: 'csat',
                    label: 'CSAT %',
                    domain: [0, 100],
                    points: v.trend.map((p) => ({ period: p.period, ...p.csat })),
                  },
                ]}
              />
            </div>
          </Section>
          <Section title={own ? t('web.analytics.comments') : t('web.analytics.commentsAbout')} id="comments">
            {v.comments.length ? (
              <ul className="comments">
                {v.comments.map((c) => (
                  <li key={c.responseId}>
                    <blockquote>{c.comment}</blockquote>
                    <small className="muted">
                      {formatDateTime(c.submittedAt, language)}
                      {c.nps !== null ? ` · NPS ${c.nps}` : ''}
                      {c.csat !== null ? ` · CSAT ${c.csat}` : ''}
                    </small>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="empty">{t('web.analytics.noComments')}</p>
            )}
          </Section>
        </>
      ) : view.isPending ? (
        <p className="muted" role="status">
          {t('web.common.loading')}
        </p>
      ) : null}
    </div>
  );
}

import { Link, useSearchParams } from 'wouter';
import type { MessageKey } from '../../../shared/i18n/translate.ts';
import { withQuery } from '../lib/api.ts';
import { useApiPaths } from '../lib/features.ts';
import { useI18n } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { ErrorBanner, PageHeader } from '../lib/ui.tsx';
import { useAllTouchpoints } from '../touchpoints/hooks.ts';
import { DriverScatter } from './drivers.tsx';
import { FilterBar, useAnalyticsFilters, type AnalyticsFilters } from './filters.tsx';
import { useBreakdown, useCaseStats, useDrivers, useSummary, useTimeseries } from './hooks.ts';
import { LineChart, type Point } from './line-chart.tsx';
import { startOfDayIn } from './period.ts';
import { FigureTable, Rankings } from './rankings.tsx';
import { RetentionSection } from './retention.tsx';
import { SegmentBars } from './segment-bars.tsx';
import { ExportButton, Section } from './section.tsx';
import { StaffDashboard } from './staff-dashboard.tsx';
import { HeadlineTiles, IntervalSwitch, PeriodLine, usePeriodFormat } from './common.tsx';
import { TouchpointMap } from './touchpoint-map.tsx';
import './analytics.css';

/** Loyalty analytics: owners and managers see the organisation (a manager: their locations); staff see themselves. */
export function AnalyticsPage() {
  const { me } = useSession();
  const [params] = useSearchParams();
  // An owner or manager opens one person's view from the team table (?person=<staff id>).
  const person = params.get('person');
  if (me.role === 'staff' && me.staff) return <StaffDashboard staffId={me.staff.id} own />;
  return person ? <StaffDashboard staffId={person} own={person === me.staff?.id} /> : <OwnerDashboard />;
}

const pointsOf = (items: { period: string; value: number | null; n: number }[] | undefined): Point[] =>
  (items ?? []).map((i) => ({
    period: i.period,
    value: i.value,
    n: i.n,
    ci95: (i as Point).ci95 ?? null,
    tooFew: (i as Point).tooFew,
  }));

function OwnerDashboard() {
  const { t, language } = useI18n();
  const { me, can } = useSession();
  const has = useApiPaths();
  const f = useAnalyticsFilters();
  const q = f.query;
  const summary = useSummary(q);
  const npsTrend = useTimeseries({ ...q, metric: 'nps', interval: f.interval });
  const csatTrend = useTimeseries({ ...q, metric: 'csat', interval: f.interval });
  const byTouchpoint = useBreakdown({ ...q, metric: f.mapMetric, by: 'touchpoint' });
  const byLocation = useBreakdown({ ...q, metric: 'nps', by: 'location' });
  const byStaff = useBreakdown({ ...q, metric: 'nps', by: 'staff' });
  const bySegment = useBreakdown({ ...q, metric: 'nps', by: 'segment' });
  const touchpoints = useAllTouchpoints();
  const showCases = can('cases:read') && has('/api/v1/case-stats');
  const caseStats = useCaseStats(
    {
      from: f.from ? startOfDayIn(f.from, me.org.timeZone) : undefined,
      to: f.to ? startOfDayIn(f.to, me.org.timeZone) : undefined,
      locationId: q.locationId,
      parts: 'total',
    },
    showCases,
  );
  const showDrivers = can('analytics:read') && has('/api/v1/metrics/drivers');
  const drivers = useDrivers({ from: f.from, to: f.to, locationId: q.locationId }, showDrivers);
  const showRetention = can('analytics:read') && has('/api/v1/retention/summary');
  const periodFormat = usePeriodFormat()(f.interval);
  const s = summary.data;
  const trendCsv = () => [
    ['period', 'nps', 'nps_n', 'nps_ci_low', 'nps_ci_high', 'csat', 'csat_n'],
    ...[...new Set([...(npsTrend.data?.items ?? []), ...(csatTrend.data?.items ?? [])].map((i) => i.period))]
      .sort()
      .map((p) => {
        const a = npsTrend.data?.items.find((i) => i.period === p) as
          (Point & { ci95?: [number, number] | null }) | undefined;
        const c = csatTrend.data?.items.find((i) => i.period === p);
        return [
          p,
          a?.value ?? null,
          a?.n ?? 0,
          a?.ci95?.[0] ?? null,
          a?.ci95?.[1] ?? null,
          c?.value ?? null,
          c?.n ?? 0,
        ];
      }),
  ];
  const breakdownCsv =
    (
      items:
        | { key: string; label: string | null; value: number | null; n: number; ci95?: unknown; tooFew?: unknown }[]
        | undefined,
    ) =>
    () => [
      ['key', 'label', 'value', 'n', 'ci_low', 'ci_high', 'too_few'],
      ...(items ?? []).map((i) => {
        const ci = (i.ci95 as [number, number] | null | undefined) ?? null;
        return [i.key, i.label, i.value, i.n, ci?.[0] ?? null, ci?.[1] ?? null, i.tooFew ? 'yes' : 'no'];
      }),
    ];

  return (
    <div className="analytics">
      <PageHeader title={t('web.analytics.title')}>
        {has('/api/v1/text/topics') ? (
          <Link
            href={withQuery('/text/topics', { locationId: q.locationId, touchpointId: q.touchpointId })}
            className="btn no-print"
          >
            {t('web.analytics.topicsLink')}
          </Link>
        ) : null}
        {has('/api/v1/reports/dashboard.pdf') ? (
          <a
            className="btn no-print"
            href={withQuery('/api/v1/reports/dashboard.pdf', { ...q, interval: f.interval, lang: language })}
            download
            data-testid="download-pdf"
          >
            {t('web.analytics.downloadPdf')}
          </a>
        ) : null}
        <button type="button" className="btn no-print" onClick={() => window.print()}>
          {t('web.analytics.print')}
        </button>
      </PageHeader>
      <FilterBar f={f} />
      <PeriodLine from={f.from} to={f.to} />
      <ErrorBanner error={summary.error} />
      {s?.rebuild ? (
        <p className="muted" role="status" data-testid="rebuild-status">
          {s.rebuild.steps
            ? t('web.analytics.rebuilding', { done: s.rebuild.done, steps: s.rebuild.steps })
            : t('web.analytics.rebuildQueued')}
        </p>
      ) : null}

      <Section
        title={t('web.analytics.headline')}
        id="headline"
        actions={
          s ? (
            <ExportButton
              filename="summary.csv"
              rows={() => [
                ['metric', 'value', 'n', 'ci_low', 'ci_high', 'too_few', 'previous'],
                ...(['nps', 'csat', 'ces'] as const).map((m) => [
                  m,
                  s[m].value,
                  s[m].n,
                  s[m].ci95?.[0] ?? null,
                  s[m].ci95?.[1] ?? null,
                  s[m].tooFew ? 'yes' : 'no',
                  s.previous?.[m].value ?? null,
                ]),
                ['wom', s.wom.value, s.nps.n, null, null, s.nps.tooFew ? 'yes' : 'no', s.previous?.wom.value ?? null],
                ['response_rate', s.responseRate.value, s.responseRate.invited, null, null, null, null],
              ]}
            />
          ) : null
        }
      >
        {s ? (
          <HeadlineTiles s={s} />
        ) : (
          <p className="muted" role="status">
            {t('web.common.loading')}
          </p>
        )}
        {showCases && caseStats.data ? <CaseTiles c={caseStats.data.total} /> : null}
      </Section>

      <Section
        title={t('web.analytics.trends')}
        id="trends"
        actions={
          <>
            <IntervalSwitch value={f.interval} onChange={(v) => f.set('interval', v === 'week' ? '' : v)} />
            <ExportButton filename="trend.csv" rows={trendCsv} />
          </>
        }
      >
        <div className="chart-pair">
          <LineChart
            title={t('web.analytics.npsTrend')}
            testId="chart-nps"
            formatPeriod={periodFormat}
            series={[{ key: 'nps', label: 'NPS', domain: [-100, 100], points: pointsOf(npsTrend.data?.items) }]}
          />
          <LineChart
            title={t('web.analytics.csatTrend')}
            testId="chart-csat"
            formatPeriod={periodFormat}
            series={[{ key: 'csat', label: 'CSAT %', domain: [0, 100], points: pointsOf(csatTrend.data?.items) }]}
          />
        </div>
      </Section>

      <Section
        title={t('web.analytics.map')}
        id="touchpoints"
        actions={
          <>
            <div className="segmented no-print" role="group" aria-label={t('web.analytics.mapMetric')}>
              {(['nps', 'csat'] as const).map((m) => (
                <button
                  key={m}
                  type="button"
                  aria-pressed={f.mapMetric === m}
                  onClick={() => f.set('map', m === 'nps' ? '' : m)}
                >
                  {m.toUpperCase()}
                </button>
              ))}
            </div>
            <ExportButton filename="touchpoints.csv" rows={breakdownCsv(byTouchpoint.data?.items)} />
          </>
        }
      >
        <TouchpointMap
          touchpoints={touchpoints.items.filter(
            (tp) => (!q.kind || tp.kind === q.kind) && (!q.touchpointId || tp.id === q.touchpointId),
          )}
          data={byTouchpoint.data?.items ?? []}
          metric={f.mapMetric}
        />
      </Section>

      <div className="section-pair">
        <Section
          title={t('web.analytics.locations')}
          id="locations"
          actions={<ExportButton filename="locations.csv" rows={breakdownCsv(byLocation.data?.items)} />}
        >
          <Rankings items={byLocation.data?.items ?? []} kind="location" />
        </Section>
        <Section
          title={t('web.analytics.staff')}
          id="staff"
          actions={<ExportButton filename="staff.csv" rows={breakdownCsv(byStaff.data?.items)} />}
        >
          <Rankings items={byStaff.data?.items ?? []} kind="staff" />
          {byStaff.data?.items.length ? (
            <details className="team" open={false}>
              <summary>{t('web.analytics.team')}</summary>
              <FigureTable
                items={byStaff.data.items}
                nameHeader={t('web.interactions.staff')}
                testId="team"
                link={(key) => `/analytics?person=${key}`}
              />
            </details>
          ) : null}
        </Section>
      </div>

      <Section
        title={t('web.analytics.segments.title')}
        id="segments"
        actions={<ExportButton filename="segments.csv" rows={breakdownCsv(bySegment.data?.items)} />}
      >
        <p className="muted small">{t('web.analytics.segments.hint')}</p>
        <SegmentBars items={bySegment.data?.items ?? []} />
      </Section>

      {showDrivers ? (
        <Section
          title={t('web.analytics.drivers')}
          id="drivers"
          actions={
            drivers.data ? (
              <ExportButton
                filename="drivers.csv"
                rows={() => [
                  ['touchpoint', 'kind', 'importance_share_pct', 'performance', 'n', 'too_few'],
                  ...drivers.data!.items.map((i) => [
                    i.label,
                    i.kind,
                    i.share,
                    i.performance,
                    i.n,
                    i.tooFew ? 'yes' : 'no',
                  ]),
                ]}
              />
            ) : null
          }
        >
          {drivers.data ? <DriverScatter data={drivers.data} /> : <ErrorBanner error={drivers.error} />}
        </Section>
      ) : null}

      {showRetention ? <RetentionSection range={{ from: f.from, to: f.to }} has={has} /> : null}
    </div>
  );
}

function CaseTiles({
  c,
}: {
  c: {
    open: number;
    overdue: number;
    recoveryRate: number | null;
    followUps: number;
    opened: number;
    slaCompliance: number | null;
  };
}) {
  const { t } = useI18n();
  const pct = (v: number | null) => (v === null ? '—' : `${Math.round(v * 1000) / 10}%`);
  const tile = (label: MessageKey, value: string | number, meta: string, testId: string) => (
    <div className="tile tile-small" data-testid={testId}>
      <h3 className="tile-label">{t(label)}</h3>
      <p className="tile-value">{value}</p>
      <p className="tile-meta">{meta}</p>
    </div>
  );
  return (
    <div className="tiles tiles-cases">
      {tile('web.analytics.cases.open', c.open, t('web.analytics.cases.opened', { n: c.opened }), 'tile-cases-open')}
      {tile(
        'web.analytics.cases.overdue',
        c.overdue,
        t('web.analytics.cases.sla', { pct: pct(c.slaCompliance) }),
        'tile-cases-overdue',
      )}
      {tile('web.analytics.cases.recovery', pct(c.recoveryRate), `n = ${c.followUps}`, 'tile-cases-recovery')}
    </div>
  );
}

export type { AnalyticsFilters };

import { Link } from 'wouter';
import { Tile } from '../analytics/tiles.tsx';
import '../analytics/analytics.css';
import { LineChart } from '../analytics/line-chart.tsx';
import { usePeriodFormat } from '../analytics/common.tsx';
import { useSummary, useTimeseries } from '../analytics/hooks.ts';
import { periodRange, todayIn } from '../analytics/period.ts';
import { Due, PriorityBadge, StatusBadge } from '../cases/bits.tsx';
import { COUNT_CAP, useCaseCount, type CaseItem } from '../cases/hooks.ts';
import { formatRelative } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { PageHeader } from '../lib/ui.tsx';
import { ScoreChips } from '../responses/score-chips.tsx';
import type { ResponseRow } from '../responses/hooks.ts';
import { attentionCases } from './attention.ts';
import { SetupChecklist } from './checklist.tsx';
import { useLatest } from './hooks.ts';
import './overview.css';

const EXCERPT = 160;
const excerpt = (s: string) => (s.length > EXCERPT ? `${s.slice(0, EXCERPT).trimEnd()}…` : s);

/** The owner's morning page: the loyalty figure and its trend, the cases to act on today, the latest comments. */
export function OverviewPage() {
  const { t } = useI18n();
  const { me, can } = useSession();
  return (
    <>
      <PageHeader title={t('web.overview.welcome', { name: me.staff?.name ?? me.org.name })} />
      {can('surveys:write') && can('locations:read') ? <SetupChecklist /> : null}
      <div className="home-grid">
        {can('metrics:read') ? <Loyalty /> : null}
        {can('cases:read') ? <CaseFigures /> : null}
        {can('cases:read') ? <Attention /> : null}
        {can('responses:read') ? <LatestComments /> : null}
      </div>
    </>
  );
}

function Loyalty() {
  const { t } = useI18n();
  const { me } = useSession();
  const today = todayIn(me.org.timeZone);
  const month = periodRange('30d', today);
  const quarter = periodRange('90d', today);
  const summary = useSummary({ from: month.from, to: month.to });
  const trend = useTimeseries({ from: quarter.from, to: quarter.to, metric: 'nps', interval: 'week' });
  const periodFormat = usePeriodFormat()('week');
  const nps = summary.data?.nps;
  return (
    <section className="panel home-loyalty" aria-labelledby="home-nps">
      <div className="panel-head">
        <h2 id="home-nps">{t('web.home.loyalty')}</h2>
        <Link href="/analytics">{t('web.home.toAnalytics')}</Link>
      </div>
      <div className="home-loyalty-body">
        {nps ? (
          <Tile
            label={t('web.home.nps30')}
            testId="home-nps"
            value={nps.value}
            n={nps.n}
            ci95={nps.ci95}
            tooFew={nps.tooFew}
            hasPrevious={false}
          />
        ) : (
          <p role="status">{t('web.common.loading')}</p>
        )}
        <LineChart
          title={t('web.home.npsTrend')}
          testId="home-nps-trend"
          formatPeriod={periodFormat}
          series={[
            {
              key: 'nps',
              label: 'NPS',
              domain: [-100, 100],
              points: (trend.data?.items ?? []).map((i) => ({
                period: i.period,
                value: i.value,
                n: i.n,
                ci95: (i.ci95 as [number, number] | null | undefined) ?? null,
                tooFew: i.tooFew as boolean | undefined,
              })),
            },
          ]}
        />
      </div>
    </section>
  );
}

function CaseFigures() {
  const { t } = useI18n();
  const open = useCaseCount('open', {});
  const overdue = useCaseCount('overdue', {});
  const shown = (n: number | undefined) => (n === undefined ? '…' : n >= COUNT_CAP ? `${COUNT_CAP - 1}+` : String(n));
  return (
    <section className="panel home-cases" aria-labelledby="home-cases">
      <div className="panel-head">
        <h2 id="home-cases">{t('web.nav.cases')}</h2>
      </div>
      <div className="home-figures">
        <Link href="/cases?view=open" className="home-figure" data-testid="home-open-cases">
          <strong>{shown(open.data)}</strong>
          <span>{t('web.home.openCases')}</span>
        </Link>
        <Link
          href="/cases?view=overdue"
          className={overdue.data ? 'home-figure alert' : 'home-figure'}
          data-testid="home-overdue-cases"
        >
          <strong>{shown(overdue.data)}</strong>
          <span>{t('web.home.overdueCases')}</span>
        </Link>
      </div>
    </section>
  );
}

function Attention() {
  const { t, language } = useI18n();
  const { me } = useSession();
  const cases = useLatest<CaseItem>('cases', '/cases', { view: 'open' }, 100);
  const today = attentionCases(cases.data ?? [], me.org.timeZone);
  return (
    <section className="panel home-attention" aria-labelledby="home-attention">
      <div className="panel-head">
        <h2 id="home-attention">{t('web.home.attention')}</h2>
      </div>
      {cases.isPending ? (
        <p role="status">{t('web.common.loading')}</p>
      ) : today.length === 0 ? (
        <p className="muted">{t('web.home.nothingToday')}</p>
      ) : (
        <ul className="home-list" data-testid="home-attention-list">
          {today.map((c) => (
            <li key={c.id}>
              <Link href={`/cases/${c.id}`}>
                #{c.number} {c.title}
              </Link>
              <span className="home-meta">
                <StatusBadge status={c.status} /> <PriorityBadge priority={c.priority} /> <Due c={c} />
                {c.ownerId ? null : <> · {t('web.home.unassigned')}</>}
                {c.customerName ? <> · {c.customerName}</> : null}
                {' · '}
                {formatRelative(c.openedAt, language)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function LatestComments() {
  const { t, language } = useI18n();
  const latest = useLatest<ResponseRow>('responses', '/responses', { hasComment: 'true' }, 5);
  return (
    <section className="panel home-comments" aria-labelledby="home-comments">
      <div className="panel-head">
        <h2 id="home-comments">{t('web.home.latestComments')}</h2>
        <Link href="/responses">{t('web.home.allResponses')}</Link>
      </div>
      {latest.isPending ? (
        <p role="status">{t('web.common.loading')}</p>
      ) : !latest.data?.length ? (
        <p className="muted">{t('web.home.noComments')}</p>
      ) : (
        <ul className="home-list" data-testid="home-comments-list">
          {latest.data.map((r) => (
            <li key={r.id}>
              <Link href={`/responses/${r.id}`} className="home-comment">
                “{excerpt(r.comment ?? '')}”
              </Link>
              <span className="home-meta">
                <ScoreChips r={r} />
                {r.customerName ? <> · {r.customerName}</> : null}
                {r.locationName ? <> · {r.locationName}</> : null}
                {' · '}
                {formatRelative(r.submittedAt, language)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

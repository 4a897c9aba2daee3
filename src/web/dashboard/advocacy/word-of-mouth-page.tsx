import { usePeriodFormat } from '../analytics/common.tsx';
import { LineChart } from '../analytics/line-chart.tsx';
import { Tile } from '../analytics/tiles.tsx';
import { formatMoney } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';
import { DataTable } from '../lib/table.tsx';
import { monthStart, rate, shareByMonth } from './figures.ts';
import { REFERRAL_STATUSES, useWordOfMouth, type WordOfMouth } from './hooks.ts';
import { PeriodFiguresPage } from './period-filters.tsx';
import '../analytics/analytics.css';
import './advocacy.css';

/** How many new customers came by recommendation, and whether promoters really recommend. */
export function WordOfMouthPage() {
  const { t } = useI18n();
  return (
    <PeriodFiguresPage
      back={{ href: '/referrals', label: t('web.nav.referrals') }}
      title={t('web.nav.wordOfMouth')}
      useFigures={useWordOfMouth}
      render={(f) => <Figures f={f} />}
    />
  );
}

const pctText = (v: number | null) => (v === null ? '—' : `${v}%`);

function Figures({ f }: { f: WordOfMouth }) {
  const { t, language } = useI18n();
  const monthFormat = usePeriodFormat()('month');
  const share = rate(f.referredNewCustomers, f.newCustomers);
  const promoters = rate(f.promoters.referrers, f.promoters.customers);
  const others = rate(f.others.referrers, f.others.customers);
  const ret = f.retention;
  // Revenue is summed across currencies as recorded; a per-customer mean, not a total, so groups compare.
  const money = (sum: number, n: number) => formatMoney(n ? Math.round(sum / n) : null, null, language);
  return (
    <>
      <div className="tiles" data-testid="wom-tiles">
        <Tile
          label={t('web.adv.fig.womShare')}
          testId="wom-share"
          unit="%"
          {...share}
          hasPrevious={false}
          extra={t('web.adv.fig.womShareExtra', { referred: f.referredNewCustomers, total: f.newCustomers })}
        />
        <Tile
          label={t('web.adv.fig.promotersRefer')}
          testId="wom-promoters"
          unit="%"
          {...promoters}
          hasPrevious={false}
          extra={t('web.adv.fig.othersRefer', { rate: pctText(others.value), n: others.n })}
        />
        <Tile
          label={t('web.adv.fig.retentionReferred')}
          testId="wom-retention"
          unit="%"
          {...rate(ret.referred.returned90, ret.referred.customers)}
          hasPrevious={false}
          extra={t('web.adv.fig.retentionOthers', {
            rate: pctText(rate(ret.others.returned90, ret.others.customers).value),
            n: ret.others.customers,
          })}
        />
      </div>
      <p className="muted small">{t('web.adv.fig.intervalNote')}</p>
      <LineChart
        title={t('web.adv.fig.womTrend')}
        testId="wom-trend"
        formatPeriod={(p) => monthFormat(p)}
        series={[
          {
            key: 'share',
            label: t('web.adv.fig.womShare'),
            domain: [0, 100],
            points: shareByMonth(f.byMonth).map((m) => ({ ...m, period: monthStart(m.month) })),
          },
        ]}
      />
      <section aria-labelledby="wom-compare">
        <h2 id="wom-compare">{t('web.adv.fig.compare')}</h2>
        <DataTable
          className="table-compact"
          testId="wom-compare"
          rows={(['referred', 'others'] as const).map((key) => ({ key, ...ret[key] }))}
          rowKey={(r) => r.key}
          columns={[
            // The row names its group; the column itself needs no heading.
            { label: '', rowHeader: true, cell: (r) => t(`web.adv.fig.group.${r.key}`) },
            { label: t('web.adv.fig.customers'), align: 'num', cell: (r) => r.customers },
            { label: t('web.adv.fig.returned90'), align: 'num', cell: (r) => r.returned90 },
            { label: t('web.adv.fig.revenue90'), align: 'num', cell: (r) => money(r.revenue90, r.customers) },
          ]}
        />
      </section>
      <section aria-labelledby="wom-statuses">
        <h2 id="wom-statuses">{t('web.adv.referrals')}</h2>
        <ul className="stats" data-testid="referral-statuses">
          {REFERRAL_STATUSES.map((s) => (
            <li key={s}>
              <span className="stat-value">{f.referrals[s] ?? 0}</span>
              <span className="stat-label">{t(`web.adv.refStatus.${s}`)}</span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

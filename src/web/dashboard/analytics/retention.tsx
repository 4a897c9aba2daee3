import { useState } from 'react';
import { useMoney } from '../lib/money.ts';
import { useI18n } from '../lib/i18n.tsx';
import { DataTable, type Column } from '../lib/table.tsx';
import type { Cell } from './csv.ts';
import { useCohorts, useExperience, useRetentionSummary, useRfm } from './hooks.ts';
import { ExportButton, Section } from './section.tsx';
import { hueStyle } from './touchpoint-map.tsx';

type Range = { from?: string; to?: string };

/** Retention economics: repeat purchases, cohorts, RFM segments, and how experience relates to behaviour. */
export function RetentionSection({ range, has }: { range: Range; has: (p: string) => boolean }) {
  const { t } = useI18n();
  const [groupBy, setGroupBy] = useState<'none' | 'channel' | 'campaign'>('none');
  const summary = useRetentionSummary(range, has('/api/v1/retention/summary'));
  const cohorts = useCohorts({ groupBy, months: 12 }, has('/api/v1/retention/cohorts'));
  const rfm = useRfm(has('/api/v1/retention/rfm'));
  const experience = useExperience({ ...range, days: 90 }, has('/api/v1/retention/experience'));
  const inCurrency = useMoney();
  const money = (v: number | null) => inCurrency(v === null ? null : Math.round(v * 100) / 100);
  const s = summary.data;
  const maxK = Math.max(0, ...(cohorts.data?.items.map((r) => r.retention.length - 1) ?? []));
  const ks = Array.from({ length: maxK + 1 }, (_, k) => k);
  const groupLabel = (g: string) => (g === '' || g === 'none' ? t('web.analytics.retention.allCustomers') : g);

  return (
    <>
      {s ? (
        <Section title={t('web.analytics.retention.title')} id="retention">
          <div className="tiles">
            <div className={s.repeatRate.tooFew ? 'tile tile-few' : 'tile'} data-testid="tile-repeat">
              <h3 className="tile-label">{t('web.analytics.retention.repeatRate')}</h3>
              <p className="tile-value">
                {s.repeatRate.value ?? '—'}
                {s.repeatRate.value !== null ? <small>%</small> : null}
              </p>
              {s.repeatRate.tooFew ? <p className="tile-few-note">{t('web.analytics.tooFew')}</p> : null}
              <p className="tile-meta">
                {s.repeatRate.hits} / {s.repeatRate.n}
                {s.repeatRate.ci95
                  ? ` · ${t('web.analytics.ci95')} ${s.repeatRate.ci95[0]}…${s.repeatRate.ci95[1]}`
                  : ''}
              </p>
            </div>
            <div className="tile">
              <h3 className="tile-label">{t('web.analytics.retention.newRevenue')}</h3>
              <p className="tile-value">{money(s.newCustomers.revenue)}</p>
              <p className="tile-meta">{t('web.analytics.retention.customers', { n: s.newCustomers.n })}</p>
            </div>
            <div className="tile">
              <h3 className="tile-label">{t('web.analytics.retention.returningRevenue')}</h3>
              <p className="tile-value">{money(s.returningCustomers.revenue)}</p>
              <p className="tile-meta">{t('web.analytics.retention.customers', { n: s.returningCustomers.n })}</p>
            </div>
            {experience.data ? (
              <div className="tile" data-testid="tile-experience">
                <h3 className="tile-label">
                  {t('web.analytics.retention.experience', { days: experience.data.days })}
                </h3>
                <ul className="band-rates">
                  {experience.data.items.map((b) => (
                    <li key={b.band}>
                      {t(`web.responses.band.${b.band}`)}:{' '}
                      <strong>{b.repeatRate.value === null ? '—' : `${b.repeatRate.value}%`}</strong>{' '}
                      <small>
                        n = {b.repeatRate.n}
                        {b.repeatRate.tooFew ? ` · ${t('web.analytics.tooFew')}` : ''}
                      </small>
                    </li>
                  ))}
                </ul>
                {experience.data.gap !== null ? (
                  <p className="tile-meta">{t('web.analytics.retention.gap', { gap: experience.data.gap })}</p>
                ) : null}
              </div>
            ) : null}
          </div>
        </Section>
      ) : null}

      {cohorts.data ? (
        <Section
          title={t('web.analytics.retention.cohorts')}
          id="cohorts"
          actions={
            <>
              <label className="inline-field">
                <span>{t('web.analytics.retention.groupBy')}</span>
                <select value={groupBy} onChange={(e) => setGroupBy(e.target.value as typeof groupBy)}>
                  <option value="none">{t('web.analytics.retention.groupBy.none')}</option>
                  <option value="channel">{t('web.analytics.retention.groupBy.channel')}</option>
                  <option value="campaign">{t('web.analytics.retention.groupBy.campaign')}</option>
                </select>
              </label>
              <ExportButton
                filename="cohorts.csv"
                rows={(): Cell[][] => [
                  ['cohort', 'group', 'size', ...ks.map((k) => `month_${k}_pct`)],
                  ...cohorts.data!.items.map((r) => [
                    r.cohort,
                    r.group,
                    r.size,
                    ...ks.map((k) => r.retention[k]?.pct ?? null),
                  ]),
                ]}
              />
            </>
          }
        >
          <p className="muted small">{t('web.analytics.retention.cohortsHint')}</p>
          {cohorts.data.items.length ? (
            <div className="table-scroll">
              <table className="table table-compact table-wide heatmap" data-testid="cohorts">
                <thead>
                  <tr>
                    <th scope="col">{t('web.analytics.retention.cohort')}</th>
                    {groupBy !== 'none' ? <th scope="col">{t(`web.analytics.retention.groupBy.${groupBy}`)}</th> : null}
                    <th scope="col" className="num">
                      n
                    </th>
                    {ks.map((k) => (
                      <th key={k} scope="col" className="num">
                        +{k}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {cohorts.data.items.map((r) => (
                    <tr key={`${r.cohort}-${r.group}`}>
                      <th scope="row">{r.cohort}</th>
                      {groupBy !== 'none' ? <td>{groupLabel(r.group)}</td> : null}
                      <td className="num">{r.size}</td>
                      {ks.map((k) => {
                        const c = r.retention[k];
                        return (
                          <td
                            key={k}
                            className="num heat"
                            style={c?.pct != null ? hueStyle(c.pct, 'csat') : undefined}
                            title={c ? `${c.customers} / ${r.size}` : undefined}
                          >
                            {c?.pct != null ? `${c.pct}%` : ''}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p className="empty">{t('web.analytics.noData')}</p>
          )}
        </Section>
      ) : null}

      {rfm.data ? (
        <Section
          title={t('web.analytics.retention.rfm')}
          id="rfm"
          actions={
            <ExportButton
              filename="rfm-segments.csv"
              rows={(): Cell[][] => [
                ['segment', 'customers', 'purchases', 'revenue', 'clv', 'nps', 'nps_n'],
                ...rfm.data!.segments.map((r) => [
                  r.segment,
                  r.customers,
                  r.purchases,
                  r.revenue,
                  r.clv,
                  r.nps.value,
                  r.nps.n,
                ]),
              ]}
            />
          }
        >
          {rfm.data.customers === 0 ? <p className="empty">{t('web.analytics.retention.noPurchases')}</p> : null}
          <div className="table-scroll" hidden={rfm.data.customers === 0}>
            <DataTable
              className="table-compact table-wide"
              testId="rfm"
              rows={rfm.data.segments}
              rowKey={(r) => r.segment}
              columns={[
                {
                  label: t('web.analytics.retention.segment'),
                  rowHeader: true,
                  cell: (r) => t(`web.analytics.segment.${r.segment}`),
                },
                ...figureColumns(t, money, true),
              ]}
            />
          </div>
          {rfm.data.channels.length ? (
            <div className="table-scroll">
              <DataTable
                className="table-compact table-wide"
                testId="clv-channels"
                rows={rfm.data.channels}
                rowKey={(r) => r.channel ?? ''}
                columns={[
                  {
                    label: t('web.analytics.retention.groupBy.channel'),
                    rowHeader: true,
                    cell: (r) => r.channel ?? t('web.analytics.retention.allCustomers'),
                  },
                  ...figureColumns(t, money, false),
                ]}
              />
            </div>
          ) : null}
        </Section>
      ) : null}
    </>
  );
}

type GroupFigures = {
  customers: number;
  revenue: number;
  clv: number | null;
  nps: { value: number | null; n: number; tooFew: boolean };
};

/** What an RFM segment and a channel both show; a segment also says when its NPS rests on too few answers. */
function figureColumns<R extends GroupFigures>(
  t: ReturnType<typeof useI18n>['t'],
  money: (v: number | null) => string,
  noteTooFew: boolean,
): Column<R>[] {
  return [
    { label: t('web.analytics.retention.customersCol'), align: 'num', cell: (r) => r.customers },
    { label: t('web.analytics.retention.revenue'), align: 'num', cell: (r) => money(r.revenue) },
    { label: t('web.analytics.retention.clv'), align: 'num', cell: (r) => money(r.clv) },
    {
      label: 'NPS',
      align: 'num',
      cell: (r) => (
        <>
          {r.nps.value ?? '—'}{' '}
          <small className="muted">
            n = {r.nps.n}
            {noteTooFew && r.nps.tooFew && r.nps.n ? ` · ${t('web.analytics.tooFew')}` : ''}
          </small>
        </>
      ),
    },
  ];
}

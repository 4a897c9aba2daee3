import { useState } from 'react';
import { LineChart } from '../analytics/line-chart.tsx';
import { useT } from '../lib/i18n.tsx';
import { ErrorBanner, Panel } from '../lib/ui.tsx';
import { useCompliance } from './hooks.ts';

/** Compliance by week or month, each point with its n (audits), on the organisation's calendar. */
export function ComplianceTrend() {
  const t = useT();
  const [grain, setGrain] = useState<'week' | 'month'>('month');
  const figures = useCompliance(grain);
  const points = (figures.data?.items ?? []).map((i) => ({ period: i.key, value: i.compliance, n: i.n }));
  return (
    <Panel title={t('stdTrend.title')}>
      <div className="segmented" role="group" aria-label={t('stdTrend.title')}>
        {(['week', 'month'] as const).map((g) => (
          <button key={g} type="button" aria-pressed={grain === g} onClick={() => setGrain(g)}>
            {t(`stdTrend.${g}`)}
          </button>
        ))}
      </div>
      <ErrorBanner error={figures.error} />
      {points.length ? (
        <LineChart
          title={t('stdTrend.title')}
          testId="compliance-trend"
          formatPeriod={(p) => (grain === 'month' ? p.slice(0, 7) : p)}
          series={[{ key: 'compliance', label: t('stdTrend.series'), points, domain: [0, 100] }]}
        />
      ) : (
        <p>{t('standards.none')}</p>
      )}
    </Panel>
  );
}

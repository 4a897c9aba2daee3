import type { UseQueryResult } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import { startOfLocalDay } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';
import { ErrorBanner, FilterSelect, PageHeader } from '../lib/ui.tsx';
import { useAllLocations } from '../locations/hooks.ts';
import type { Period } from './hooks.ts';

const localDate = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** From, to (default: the last twelve months, so a trend has months to show) and location. */
export function usePeriodFilters(): { period: Period; filters: React.ReactNode } {
  const { t } = useI18n();
  const locations = useAllLocations();
  const [from, setFrom] = useState(() => localDate(new Date(Date.now() - 365 * 86_400_000)));
  const [to, setTo] = useState('');
  const [locationId, setLocationId] = useState('');
  const filters = (
    <form className="filters" aria-label={t('web.common.filters')} onSubmit={(e) => e.preventDefault()}>
      <label>
        <span>{t('web.interactions.from')}</span>
        <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
      </label>
      <label>
        <span>{t('web.interactions.to')}</span>
        <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      </label>
      <FilterSelect
        label={t('web.interactions.location')}
        value={locationId}
        onChange={setLocationId}
        allLabel={t('web.common.allLocations')}
        items={locations.items}
      />
    </form>
  );
  return {
    period: { from: startOfLocalDay(from), to: startOfLocalDay(to, 1), locationId: locationId || undefined },
    filters,
  };
}

/** A figures page: a link back, the title, the period filters, and the figures once they are in. */
export function PeriodFiguresPage<T>(props: {
  back: { href: string; label: string };
  title: string;
  useFigures: (period: Period) => UseQueryResult<T>;
  render: (figures: T) => React.ReactNode;
}) {
  const { t } = useI18n();
  const { period, filters } = usePeriodFilters();
  const figures = props.useFigures(period);
  return (
    <>
      <p className="breadcrumb">
        <Link href={props.back.href}>← {props.back.label}</Link>
      </p>
      <PageHeader title={props.title} />
      {filters}
      {figures.isPending ? (
        <p className="muted" role="status">
          {t('web.common.loading')}
        </p>
      ) : null}
      <ErrorBanner error={figures.error} />
      {figures.data ? props.render(figures.data) : null}
    </>
  );
}

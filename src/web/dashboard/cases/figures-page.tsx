import { useState } from 'react';
import { Link } from 'wouter';
import { startOfLocalDay } from '../lib/format.ts';
import { useI18n, type Translate } from '../lib/i18n.tsx';
import { DataTable, type Column } from '../lib/table.tsx';
import { ErrorBanner, PageHeader, FilterSelect } from '../lib/ui.tsx';
import { useAllLocations } from '../locations/hooks.ts';
import { formatHours } from './bits.tsx';
import {
  ROOT_CAUSE_KINDS,
  rootCauseName,
  useCaseStats,
  type Figures,
  type FiguresRow,
  type RootCauseCount,
} from './hooks.ts';
import './cases.css';

/** Below this many answers a rate says more about chance than about the team. */
const TOO_FEW = 5;

const localDate = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

function rate(value: number | null, n: number, t: Translate, language: string): string {
  if (value === null || n === 0) return '—';
  if (n < TOO_FEW) return t('web.cases.tooFew', { n });
  return `${new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(value)} (n=${n})`;
}

/** Service recovery over a period: how fast, how reliably and how well cases are closed, and why they happen. */
export function FiguresPage() {
  const { t, language } = useI18n();
  const [from, setFrom] = useState(() => localDate(new Date(Date.now() - 90 * 86_400_000)));
  const [to, setTo] = useState('');
  const [locationId, setLocationId] = useState('');
  const locations = useAllLocations();
  const stats = useCaseStats({
    from: startOfLocalDay(from),
    to: startOfLocalDay(to, 1),
    locationId: locationId || undefined,
  });
  const s = stats.data;

  return (
    <>
      <p className="breadcrumb">
        <Link href="/cases">← {t('web.nav.cases')}</Link>
      </p>
      <PageHeader title={t('web.cases.figures')} />
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
      {stats.isPending ? (
        <p className="muted" role="status">
          {t('web.common.loading')}
        </p>
      ) : null}
      <ErrorBanner error={stats.error} />
      {s ? (
        <>
          <ul className="stats" aria-label={t('web.cases.figures')} data-testid="case-figures">
            <Stat label={t('web.cases.fig.opened')} value={String(s.total.opened)} />
            <Stat label={t('web.cases.fig.open')} value={String(s.total.open)} />
            <Stat label={t('web.cases.overdue')} value={String(s.total.overdue)} alert={s.total.overdue > 0} />
            <Stat label={t('web.cases.fig.firstAction')} value={formatHours(s.total.medianHoursToFirstAction, t)} />
            <Stat label={t('web.cases.fig.resolution')} value={formatHours(s.total.medianHoursToResolution, t)} />
            <Stat label={t('web.cases.fig.sla')} value={rate(s.total.slaCompliance, s.total.closed, t, language)} />
            <Stat
              label={t('web.cases.fig.recovery')}
              value={rate(s.total.recoveryRate, s.total.followUps, t, language)}
            />
          </ul>
          <p className="muted small">{t('web.cases.fig.explain')}</p>
          {s.mediansSampled ? <p className="muted small">{t('web.cases.fig.sampled')}</p> : null}
          <section aria-labelledby="by-location">
            <h2 id="by-location">{t('web.cases.fig.byLocation')}</h2>
            <FiguresTable rows={s.byLocation} keyLabel={t('web.interactions.location')} />
          </section>
          <section aria-labelledby="by-owner">
            <h2 id="by-owner">{t('web.cases.fig.byOwner')}</h2>
            <FiguresTable rows={s.byOwner} keyLabel={t('web.cases.owner')} />
          </section>
          <section aria-labelledby="root-causes">
            <h2 id="root-causes">{t('web.cases.fig.rootCauses')}</h2>
            <RootCauseBars rows={s.rootCauses} />
          </section>
        </>
      ) : null}
    </>
  );
}

function Stat({ label, value, alert = false }: { label: string; value: string; alert?: boolean }) {
  return (
    <li className={alert ? 'stat-alert' : undefined}>
      <span className="stat-value">{value}</span>
      <span className="stat-label">{label}</span>
    </li>
  );
}

function FiguresTable({ rows, keyLabel }: { rows: FiguresRow[]; keyLabel: string }) {
  const { t, language } = useI18n();
  if (!rows.length) return <p className="empty">{t('web.cases.fig.none')}</p>;
  const figure = (label: string, value: (r: Figures) => string): Column<FiguresRow> => ({
    label,
    align: 'num',
    cell: value,
  });
  return (
    <DataTable
      className="table-compact"
      rows={rows}
      rowKey={(r) => r.key ?? 'none'}
      columns={[
        { label: keyLabel, rowHeader: true, cell: (r) => r.label ?? '—' },
        figure(t('web.cases.fig.opened'), (r) => String(r.opened)),
        figure(t('web.cases.fig.open'), (r) => String(r.open)),
        figure(t('web.cases.overdue'), (r) => String(r.overdue)),
        figure(t('web.cases.fig.firstAction'), (r) => formatHours(r.medianHoursToFirstAction, t)),
        figure(t('web.cases.fig.resolution'), (r) => formatHours(r.medianHoursToResolution, t)),
        figure(t('web.cases.fig.sla'), (r) => rate(r.slaCompliance, r.closed, t, language)),
        figure(t('web.cases.fig.recovery'), (r) => rate(r.recoveryRate, r.followUps, t, language)),
      ]}
    />
  );
}

/** Root causes summed over touchpoints and locations, grouped by kind, as plain CSS bars. */
function RootCauseBars({ rows }: { rows: RootCauseCount[] }) {
  const { t, language } = useI18n();
  const byCause = new Map<string, { name: string; kind: RootCauseCount['kind']; n: number }>();
  for (const r of rows) {
    const prev = byCause.get(r.key);
    byCause.set(r.key, { name: rootCauseName(r, language), kind: r.kind, n: (prev?.n ?? 0) + Number(r.n) });
  }
  const all = [...byCause.values()];
  if (!all.length) return <p className="empty">{t('web.cases.fig.noRootCauses')}</p>;
  const max = Math.max(...all.map((c) => c.n));
  return (
    <div className="bars">
      {ROOT_CAUSE_KINDS.map((kind) => {
        const inKind = all.filter((c) => c.kind === kind).sort((a, b) => b.n - a.n);
        if (!inKind.length) return null;
        const total = inKind.reduce((sum, c) => sum + c.n, 0);
        return (
          <figure key={kind} className="bar-group">
            <figcaption>
              <span className={`badge badge-${kind}`}>{t(`web.kind.${kind}`)}</span>{' '}
              <span className="muted">{total}</span>
            </figcaption>
            <dl>
              {inKind.map((c) => (
                <div key={c.name} className="bar-row">
                  <dt>{c.name}</dt>
                  <dd>
                    <span className={`bar bar-${kind}`} style={{ width: `${Math.max(2, (c.n / max) * 100)}%` }} />
                    <span className="bar-value">{c.n}</span>
                  </dd>
                </div>
              ))}
            </dl>
          </figure>
        );
      })}
    </div>
  );
}

import { useState } from 'react';
import { Link, useLocation, useSearchParams } from 'wouter';
import type { Role } from '../../../shared/domain.ts';
import { useI18n } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { DataTable } from '../lib/table.tsx';
import { ListState, LoadMore, PageHeader, Panel } from '../lib/ui.tsx';
import { useAllLocations } from '../locations/hooks.ts';
import { useAllStaff } from '../staff/hooks.ts';
import { Due, PriorityBadge, StatusBadge } from './bits.tsx';
import { OpenCaseForm } from './open-case-form.tsx';
import { COUNT_CAP, PRIORITIES, useCaseCount, useCases, type CaseFilter, type CaseView } from './hooks.ts';
import './cases.css';

/** The tabs each role sees: a staff member only ever sees their own cases, so two are enough. */
const VIEWS: Record<Role, CaseView[]> = {
  owner: ['mine', 'overdue', 'open', 'all'],
  manager: ['mine', 'my_locations', 'overdue', 'open'],
  staff: ['mine', 'overdue'],
};
const FILTER_KEYS = ['priority', 'locationId', 'ownerId'] as const;

export function CasesPage() {
  const { t } = useI18n();
  const { me, can } = useSession();
  const [, navigate] = useLocation();
  const [params, setParams] = useSearchParams();
  const views = VIEWS[me.role];
  const requested = params.get('view') as CaseView | null;
  const view: CaseView = requested && views.includes(requested) ? requested : me.role === 'owner' ? 'open' : 'mine';
  const filter: CaseFilter = Object.fromEntries(
    FILTER_KEYS.flatMap((k) => (params.get(k) ? [[k, params.get(k)!]] : [])),
  );
  const list = useCases(view, filter);
  const locations = useAllLocations();
  const staff = useAllStaff(me.role !== 'staff');
  const [adding, setAdding] = useState(false);
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
  const select = (key: (typeof FILTER_KEYS)[number], label: string, options: { value: string; label: string }[]) => (
    <label>
      <span>{label}</span>
      <select value={filter[key] ?? ''} onChange={(e) => set(key, e.target.value)}>
        <option value="">{t('web.common.all')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <>
      <PageHeader title={t('web.nav.cases')}>
        <Link href="/cases/figures" className="btn">
          {t('web.cases.figures')}
        </Link>
        {can('case_rules:read') ? (
          <Link href="/cases/rules" className="btn">
            {t('web.cases.rules')}
          </Link>
        ) : null}
        {can('cases:write') ? (
          <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
            {t('web.cases.open')}
          </button>
        ) : null}
      </PageHeader>
      {adding ? (
        <Panel title={t('web.cases.open')} onClose={() => setAdding(false)}>
          <OpenCaseForm
            onDone={(c) => {
              setAdding(false);
              if (c) navigate(`/cases/${c.id}`);
            }}
          />
        </Panel>
      ) : null}
      <div role="tablist" aria-label={t('web.cases.views')} className="case-tabs">
        {views.map((v) => (
          <ViewTab key={v} view={v} filter={filter} selected={v === view} onSelect={() => set('view', v)} />
        ))}
      </div>
      <form className="filters" aria-label={t('web.common.filters')} onSubmit={(e) => e.preventDefault()}>
        {select(
          'priority',
          t('web.cases.priority'),
          PRIORITIES.map((p) => ({ value: p, label: t(`web.cases.priority.${p}`) })),
        )}
        {select(
          'locationId',
          t('web.interactions.location'),
          locations.items.map((l) => ({ value: l.id, label: l.name })),
        )}
        {me.role !== 'staff'
          ? select(
              'ownerId',
              t('web.cases.owner'),
              staff.items.map((s) => ({ value: s.id, label: s.name })),
            )
          : null}
      </form>
      <div role="tabpanel" aria-label={t(`web.cases.view.${view}`)}>
        <ListState
          isPending={list.isPending}
          error={list.error}
          empty={list.items.length === 0}
          emptyText={t('web.cases.empty')}
        />
        {list.items.length ? (
          <DataTable
            className="cases-table"
            testId="cases-table"
            rows={list.items}
            rowKey={(c) => c.id}
            rowClassName={(c) => (c.overdue ? 'row-overdue' : undefined)}
            rowData={() => ({ 'data-testid': 'case-row' })}
            columns={[
              {
                label: t('web.cases.number'),
                cellClassName: 'num',
                cell: (c) => <Link href={`/cases/${c.id}`}>#{c.number}</Link>,
              },
              {
                label: t('web.cases.subject'),
                cellClassName: 'case-title',
                cell: (c) => <Link href={`/cases/${c.id}`}>{c.title}</Link>,
              },
              { label: t('web.interactions.customer'), cell: (c) => c.customerName ?? '—' },
              { label: t('web.interactions.location'), cell: (c) => c.locationName ?? '—' },
              { label: t('web.cases.owner'), cell: (c) => c.ownerName ?? t('web.cases.unassigned') },
              { label: t('web.cases.priority'), cell: (c) => <PriorityBadge priority={c.priority} /> },
              { label: t('web.common.status'), cell: (c) => <StatusBadge status={c.status} /> },
              { label: t('web.cases.due'), cell: (c) => <Due c={c} /> },
              { label: t('web.cases.source'), cell: (c) => t(`web.cases.source.${c.source}`) },
            ]}
          />
        ) : null}
        <LoadMore
          hasNextPage={list.hasNextPage}
          isFetchingNextPage={list.isFetchingNextPage}
          fetchNextPage={list.fetchNextPage}
        />
      </div>
    </>
  );
}

function ViewTab({
  view,
  filter,
  selected,
  onSelect,
}: {
  view: CaseView;
  filter: CaseFilter;
  selected: boolean;
  onSelect: () => void;
}) {
  const { t } = useI18n();
  const count = useCaseCount(view, filter);
  const n = count.data;
  return (
    <button type="button" role="tab" className="case-tab" aria-selected={selected} onClick={onSelect}>
      {t(`web.cases.view.${view}`)}
      {n !== undefined ? (
        <span className={view === 'overdue' && n > 0 ? 'count count-alert' : 'count'}>
          {n >= COUNT_CAP ? `${COUNT_CAP - 1}+` : n}
        </span>
      ) : null}
    </button>
  );
}

import { useState } from 'react';
import { Link } from 'wouter';
import { PriorityBadge } from '../cases/bits.tsx';
import { useI18n, type Translate } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { DataTable } from '../lib/table.tsx';
import { ErrorBanner, ListState, PageHeader, Panel } from '../lib/ui.tsx';
import { useAllLocations } from '../locations/hooks.ts';
import { useAllStaff } from '../staff/hooks.ts';
import { useAllSurveys } from '../surveys/hooks.ts';
import { useAllTouchpoints } from '../touchpoints/hooks.ts';
import { useCaseRules, useDeleteRule, type CaseRule } from './hooks.ts';
import { RootCausesEditor } from './root-causes.tsx';
import { RuleForm } from './rule-form.tsx';
import '../cases/cases.css';

/** The rules that turn unhappy answers into cases; owners edit them, managers can read them. */
export function RulesPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const rules = useCaseRules();
  const remove = useDeleteRule();
  const [editing, setEditing] = useState<CaseRule | 'new' | null>(null);
  const canManage = can('case_rules:manage');
  const items = rules.data?.items ?? [];
  const describe = useDescribe();

  return (
    <>
      <p className="breadcrumb">
        <Link href="/cases">← {t('web.nav.cases')}</Link>
      </p>
      <PageHeader title={t('web.cases.rules')}>
        {canManage ? (
          <button type="button" className="btn btn-primary" onClick={() => setEditing('new')}>
            {t('web.cases.rules.add')}
          </button>
        ) : null}
      </PageHeader>
      <p className="lead">{t('web.cases.rules.intro')}</p>
      {!canManage ? <p className="muted">{t('web.cases.rules.readOnly')}</p> : null}
      {editing ? (
        <Panel
          title={editing === 'new' ? t('web.cases.rules.add') : t('web.cases.rules.edit')}
          onClose={() => setEditing(null)}
        >
          <RuleForm
            key={editing === 'new' ? 'new' : editing.id}
            rule={editing === 'new' ? undefined : editing}
            nextPosition={items.length ? Math.max(...items.map((r) => r.position)) + 1 : 0}
            onDone={() => setEditing(null)}
          />
        </Panel>
      ) : null}
      <ErrorBanner error={remove.error} />
      <ListState
        isPending={rules.isPending}
        error={rules.error}
        empty={items.length === 0}
        emptyText={t('web.cases.rules.empty')}
      />
      {items.length ? (
        <DataTable
          testId="rules-table"
          rows={items}
          rowKey={(r) => r.id}
          rowClassName={(r) => (r.active ? undefined : 'row-inactive')}
          columns={[
            { label: t('web.cases.rules.position'), align: 'num', cell: (r) => r.position },
            {
              label: t('web.common.name'),
              cell: (r) => (
                <>
                  <strong>{r.name}</strong>
                  {r.active ? null : <span className="badge">{t('web.common.inactive')}</span>}
                </>
              ),
            },
            { label: t('web.cases.priority'), cell: (r) => <PriorityBadge priority={r.priority} /> },
            { label: t('web.cases.rules.conditions'), cell: (r) => describe.conditions(r) },
            { label: t('web.cases.rules.sla'), cell: (r) => slaText(r, t) },
            { label: t('web.cases.rules.assignment'), cell: (r) => describe.assignment(r) },
            {
              label: t('web.common.actions'),
              actions: true,
              hidden: !canManage,
              cell: (r) => (
                <>
                  <button type="button" className="btn btn-small" onClick={() => setEditing(r)}>
                    {t('web.common.edit')}
                  </button>
                  <button
                    type="button"
                    className="btn btn-small btn-danger"
                    disabled={remove.isPending}
                    onClick={() => {
                      if (window.confirm(t('web.cases.rules.confirmDelete', { name: r.name }))) remove.mutate(r.id);
                    }}
                  >
                    {t('web.common.delete')}
                  </button>
                </>
              ),
            },
          ]}
        />
      ) : null}
      <RootCausesEditor canManage={canManage} />
    </>
  );
}

const slaText = (r: CaseRule, t: Translate) => t(`web.cases.rules.due.${r.sla.unit}`, { n: r.sla.amount });

/** A rule in words: "NPS ≤ 6 or CSAT ≤ 2 · at North · words: …", "the location's manager". */
function useDescribe() {
  const { t } = useI18n();
  const locations = useAllLocations();
  const touchpoints = useAllTouchpoints();
  const surveys = useAllSurveys();
  const staff = useAllStaff();
  const names = (ids: string[] | undefined, list: { id: string; name: string }[]) =>
    (ids ?? []).map((id) => list.find((x) => x.id === id)?.name ?? '?').join(', ');
  return {
    conditions: (r: CaseRule) => {
      const c = r.conditions;
      const scores = [
        c.npsMax !== undefined ? `NPS ≤ ${c.npsMax}` : '',
        c.csatMax !== undefined ? `CSAT ≤ ${c.csatMax}` : '',
        c.cesMax !== undefined ? `CES ≤ ${c.cesMax}` : '',
      ].filter(Boolean);
      const parts = [
        scores.join(` ${t('web.cases.rules.or')} `),
        c.sentiment === 'negative' ? t('web.cases.rules.negative') : '',
        c.emotions?.length
          ? `${t('web.cases.rules.emotions')}: ${c.emotions.map((e) => t(`survey.emotion.${e}` as 'survey.emotion.angry') ?? e).join(', ')}`
          : '',
        c.keywords?.length ? `${t('web.cases.rules.keywords')}: ${c.keywords.join(', ')}` : '',
        c.touchpointIds?.length
          ? `${t('web.cases.rules.touchpoints')}: ${names(c.touchpointIds, touchpoints.items)}`
          : '',
        c.locationIds?.length ? `${t('web.cases.rules.locations')}: ${names(c.locationIds, locations.items)}` : '',
        c.surveyIds?.length ? `${t('web.cases.rules.surveys')}: ${names(c.surveyIds, surveys.items)}` : '',
      ].filter(Boolean);
      return parts.join(' · ');
    },
    assignment: (r: CaseRule) => {
      const a = r.assignment;
      const label = t(`web.cases.rules.strategy.${a.strategy}`);
      if (a.strategy === 'round_robin') return `${label}: ${names(a.team, staff.items)}`;
      if (a.strategy === 'fixed') return `${label}: ${names([a.staffId], staff.items)}`;
      return label;
    },
  };
}

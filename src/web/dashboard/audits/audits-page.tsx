import { useState } from 'react';
import { SHIFTS, type Shift } from '../../../shared/domain.ts';
import { Link, useLocation } from 'wouter';
import { useT } from '../lib/i18n.tsx';
import { useAllItems } from '../lib/queries.ts';
import { DataTable } from '../lib/table.tsx';
import { ErrorBanner, PageHeader, Panel, SelectField, fieldErrors, formString } from '../lib/ui.tsx';
import { useSession } from '../lib/session.tsx';
import { ComplianceTrend } from './compliance-trend.tsx';
import { useAudits, useChecklists, useCompliance, useCreateAudit } from './hooks.ts';
import { SchedulesPanel } from './schedules-panel.tsx';

const fmt = (v: number | null | undefined) => (v === null || v === undefined ? '—' : String(v));

/** Compliance beside the same touchpoint's NPS and CSAT, the audits, and a way to start one. */
export function AuditsPage() {
  const t = useT();
  const { can, me } = useSession();
  const [by, setBy] = useState<'location' | 'touchpoint' | 'standard' | 'shift'>('touchpoint');
  const [shift, setShift] = useState<Shift | ''>('');
  const figures = useCompliance(by, shift || undefined);
  const shiftOptions = SHIFTS.map((s) => ({ value: s, label: t(`stdShift.${s}`) }));
  const audits = useAudits();
  const checklists = useChecklists();
  const locations = useAllItems<{ id: string; name: string }>('locations', '/locations');
  const create = useCreateAudit();
  const [, navigate] = useLocation();
  const errors = fieldErrors(create.error);
  return (
    <div>
      <PageHeader title={t('nav.audits')} />
      <Panel title={t('standards.complianceBesideNps')}>
        <SelectField
          label={t('standards.by')}
          value={by}
          onChange={(e) => setBy(e.target.value as typeof by)}
          options={(['touchpoint', 'location', 'standard', 'shift'] as const).map((v) => ({
            value: v,
            label: t(`stdTrend.by.${v}`),
          }))}
        />
        <SelectField
          label={t('stdShift.label')}
          value={shift}
          onChange={(e) => setShift(e.target.value as Shift | '')}
          options={[{ value: '', label: t('stdShift.any') }, ...shiftOptions]}
        />
        <ErrorBanner error={figures.error} />
        <DataTable
          ariaLabel={t('standards.compliance')}
          rows={figures.data?.items ?? []}
          rowKey={(r) => r.key}
          rowData={(r) => ({ 'data-key': r.key })}
          columns={[
            {
              label: t(`stdTrend.by.${by}`),
              header: '',
              rowHeader: true,
              cell: (r) => (by === 'shift' ? t(`stdShift.${r.key as Shift}`) : (r.label ?? r.key)),
            },
            { label: t('standards.compliance'), cellClassName: 'compliance', cell: (r) => `${fmt(r.compliance)}%` },
            { label: 'n', cell: (r) => t('standards.audits', { n: r.n }) },
            {
              label: 'NPS',
              cell: (r) => (
                <>
                  {fmt(r.nps)} <small>n={r.npsN}</small>
                </>
              ),
            },
            {
              label: 'CSAT',
              cell: (r) => (
                <>
                  {fmt(r.csat)} <small>n={r.csatN}</small>
                </>
              ),
            },
          ]}
        />
        <p>
          {t('standards.daysToFix')}: {fmt(figures.data?.daysToFix)} · {t('standards.refailRate')}:{' '}
          {fmt(figures.data?.refailRate)}%
        </p>
      </Panel>
      <ComplianceTrend />
      <SchedulesPanel />
      {can('audits:write') ? (
        <Panel title={t('standards.new')}>
          <ErrorBanner error={create.error} />
          <form
            onSubmit={async (e) => {
              e.preventDefault();
              const fd = new FormData(e.currentTarget);
              const a = await create.mutateAsync({
                checklistId: formString(fd, 'checklistId'),
                locationId: formString(fd, 'locationId'),
                kind: me.role === 'staff' ? 'self' : 'manager',
                shift: (formString(fd, 'shift') || undefined) as Shift | undefined,
              });
              navigate(`/audits/${a.id}`);
            }}
          >
            <SelectField
              name="checklistId"
              label={t('standards.checklist')}
              error={errors.checklistId}
              options={checklists.items.map((c) => ({ value: c.id, label: c.name }))}
            />
            <SelectField
              name="locationId"
              label={t('standards.location')}
              error={errors.locationId}
              options={locations.items.map((l) => ({ value: l.id, label: l.name }))}
            />
            <SelectField
              name="shift"
              label={t('stdShift.label')}
              error={errors.shift}
              options={[{ value: '', label: t('stdShift.any') }, ...shiftOptions]}
            />
            <button className="btn btn-primary" type="submit" disabled={create.isPending}>
              {t('standards.start')}
            </button>
          </form>
        </Panel>
      ) : null}
      <ul className="audit-list">
        {audits.items.map((a) => (
          <li key={a.id}>
            <Link href={`/audits/${a.id}`}>
              {t(`standards.kind.${a.kind}`)} · {t(`standards.status.${a.status}`)}
              {a.reauditOf ? ` · ${t('standards.reaudit')}` : ''}
              {a.score !== null ? ` · ${t('standards.score', { score: a.score })}` : ''}
            </Link>
          </li>
        ))}
      </ul>
      {!audits.isPending && !audits.items.length ? <p>{t('standards.none')}</p> : null}
    </div>
  );
}

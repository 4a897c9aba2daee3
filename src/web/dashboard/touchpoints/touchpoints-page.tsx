import { useState } from 'react';
import { JOURNEY_STAGES, TOUCHPOINT_KINDS, type JourneyStage, type TouchpointKind } from '../../../shared/domain.ts';
import { useT } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { ErrorBanner, ListState, LoadMore, PageHeader, Panel } from '../lib/ui.tsx';
import { useDeleteTouchpoint, useTouchpoints, type Touchpoint } from './hooks.ts';
import { TouchpointForm } from './touchpoint-form.tsx';

/** Touchpoints grouped by journey stage, in the order a customer meets them; filterable by kind and stage. */
export function TouchpointsPage() {
  const t = useT();
  const { can } = useSession();
  const canWrite = can('touchpoints:write');
  const [kind, setKind] = useState<TouchpointKind | ''>('');
  const [stage, setStage] = useState<JourneyStage | ''>('');
  const list = useTouchpoints({ kind: kind || undefined, stage: stage || undefined });
  const remove = useDeleteTouchpoint();
  const [editing, setEditing] = useState<Touchpoint | 'new' | null>(null);
  const groups = JOURNEY_STAGES.map((s) => ({ stage: s, items: list.items.filter((tp) => tp.stage === s) })).filter(
    (g) => g.items.length,
  );

  return (
    <>
      <PageHeader title={t('web.nav.touchpoints')}>
        {canWrite ? (
          <button type="button" className="btn btn-primary" onClick={() => setEditing('new')}>
            {t('web.touchpoints.add')}
          </button>
        ) : null}
      </PageHeader>
      <p className="lead">{t('web.touchpoints.intro')}</p>
      {editing ? (
        <Panel
          title={editing === 'new' ? t('web.touchpoints.add') : t('web.touchpoints.edit')}
          onClose={() => setEditing(null)}
        >
          <TouchpointForm
            key={editing === 'new' ? 'new' : editing.id}
            touchpoint={editing === 'new' ? undefined : editing}
            onDone={() => setEditing(null)}
          />
        </Panel>
      ) : null}
      <div className="toolbar">
        <div className="segmented" role="group" aria-label={t('web.touchpoints.kind')}>
          {(['', ...TOUCHPOINT_KINDS] as const).map((k) => (
            <button key={k || 'all'} type="button" aria-pressed={kind === k} onClick={() => setKind(k)}>
              {k ? t(`web.kind.${k}`) : t('web.common.all')}
            </button>
          ))}
        </div>
        <select
          aria-label={t('web.touchpoints.stage')}
          value={stage}
          onChange={(e) => setStage(e.target.value as JourneyStage | '')}
        >
          <option value="">{t('web.touchpoints.allStages')}</option>
          {JOURNEY_STAGES.map((s) => (
            <option key={s} value={s}>
              {t(`web.stage.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <ErrorBanner error={remove.error} />
      <ListState
        isPending={list.isPending}
        error={list.error}
        empty={list.items.length === 0}
        emptyText={t('web.touchpoints.empty')}
      />
      {groups.map((g) => (
        <section key={g.stage} className="group" aria-labelledby={`stage-${g.stage}`}>
          <h2 id={`stage-${g.stage}`} className="group-title">
            {t(`web.stage.${g.stage}`)} <span className="count">{g.items.length}</span>
          </h2>
          <ul className="tp-list">
            {g.items.map((tp) => (
              <li key={tp.id} className={tp.active ? 'tp' : 'tp row-inactive'} data-testid="touchpoint">
                <div className="tp-main">
                  <strong>{tp.name}</strong>
                  <div className="tp-meta">
                    <span className={`badge badge-${tp.kind}`}>{t(`web.kind.${tp.kind}`)}</span>
                    <span className="badge">{t(`web.channel.${tp.channel}`)}</span>
                    {tp.active ? null : <span className="badge badge-muted">{t('web.common.inactive')}</span>}
                  </div>
                  {tp.description ? <p className="muted small">{tp.description}</p> : null}
                </div>
                {canWrite ? (
                  <div className="row-actions">
                    <button type="button" className="btn btn-small" onClick={() => setEditing(tp)}>
                      {t('web.common.edit')}
                    </button>
                    <button
                      type="button"
                      className="btn btn-small btn-danger"
                      onClick={() => {
                        if (window.confirm(t('web.touchpoints.confirmDelete', { name: tp.name }))) remove.mutate(tp.id);
                      }}
                    >
                      {t('web.common.delete')}
                    </button>
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <LoadMore
        hasNextPage={list.hasNextPage}
        isFetchingNextPage={list.isFetchingNextPage}
        fetchNextPage={list.fetchNextPage}
      />
    </>
  );
}

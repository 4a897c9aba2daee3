import { useState } from 'react';
import { useI18n } from '../lib/i18n.tsx';
import { useAllItems } from '../lib/queries.ts';
import { useSession } from '../lib/session.tsx';
import { Checkbox, ErrorBanner, ListState, PageHeader, Panel } from '../lib/ui.tsx';
import { ChecklistForm } from './checklist-form.tsx';
import {
  pick,
  useArchiveChecklist,
  useArchiveStandard,
  useChecklistList,
  useSaveChecklist,
  useSaveStandard,
  useStandards,
  type Checklist,
  type Standard,
} from './hooks.ts';
import { StandardForm } from './standard-form.tsx';

type Named = { id: string; name: string };
type Editing = { what: 'standard'; row?: Standard } | { what: 'checklist'; row?: Checklist } | null;

/** Written standards grouped by touchpoint, and the checklists built from them: write, edit, archive. */
export function StandardsPage() {
  const { t, language } = useI18n();
  const { can } = useSession();
  const canWrite = can('standards:write');
  const [archived, setArchived] = useState(false);
  const standards = useStandards(archived);
  const checklists = useChecklistList(archived);
  const touchpoints = useAllItems<Named>('touchpoints', '/touchpoints');
  const locations = useAllItems<Named>('locations', '/locations');
  const archiveStandard = useArchiveStandard();
  const archiveChecklist = useArchiveChecklist();
  const restoreStandard = useSaveStandard();
  const restoreChecklist = useSaveChecklist();
  const [editing, setEditing] = useState<Editing>(null);
  const tpName = (id: string | null) =>
    id ? (touchpoints.items.find((tp) => tp.id === id)?.name ?? '…') : t('stdEdit.anyTouchpoint');
  const groups = [...new Set(standards.items.map((s) => s.touchpointId))].map((tp) => ({
    tp,
    items: standards.items.filter((s) => s.touchpointId === tp),
  }));
  const confirmArchive = (name: string) => window.confirm(t('stdEdit.confirmArchive', { name }));
  const done = () => setEditing(null);

  return (
    <>
      <PageHeader title={t('nav.standards')}>
        {canWrite ? (
          <button type="button" className="btn btn-primary" onClick={() => setEditing({ what: 'standard' })}>
            {t('stdEdit.add')}
          </button>
        ) : null}
      </PageHeader>
      {editing?.what === 'standard' ? (
        <Panel title={editing.row ? t('stdEdit.edit') : t('stdEdit.add')} onClose={done}>
          <StandardForm
            key={editing.row?.id ?? 'new'}
            standard={editing.row}
            touchpoints={touchpoints.items}
            locations={locations.items}
            onDone={done}
          />
        </Panel>
      ) : null}
      {editing?.what === 'checklist' ? (
        <Panel title={editing.row ? t('stdEdit.editChecklist') : t('stdEdit.addChecklist')} onClose={done}>
          <ChecklistForm
            key={editing.row?.id ?? 'new'}
            checklist={editing.row}
            standards={standards.items}
            touchpoints={touchpoints.items}
            onDone={done}
          />
        </Panel>
      ) : null}
      <Checkbox label={t('stdEdit.showArchived')} checked={archived} onChange={(e) => setArchived(e.target.checked)} />
      <ErrorBanner
        error={archiveStandard.error ?? archiveChecklist.error ?? restoreStandard.error ?? restoreChecklist.error}
      />
      <ListState
        isPending={standards.isPending}
        error={standards.error}
        empty={standards.items.length === 0}
        emptyText={t('stdEdit.empty')}
      />
      {groups.map((g) => (
        <section key={g.tp ?? 'any'} className="group" aria-label={tpName(g.tp)}>
          <h2 className="group-title">
            {tpName(g.tp)} <span className="count">{g.items.length}</span>
          </h2>
          <ul className="tp-list">
            {g.items.map((s) => (
              <li key={s.id} className={s.active ? 'tp' : 'tp row-inactive'} data-standard={s.id}>
                <div className="tp-main">
                  <strong>{pick(s.title, language)}</strong>{' '}
                  <span className="badge">{t('stdEdit.version', { n: s.version })}</span>
                  {s.active ? null : <span className="badge badge-muted">{t('stdEdit.archived')}</span>}
                  {s.good[language] || s.good.en ? <p className="muted small">{pick(s.good, language)}</p> : null}
                </div>
                {canWrite ? (
                  <div className="row-actions">
                    <button
                      type="button"
                      className="btn btn-small"
                      onClick={() => setEditing({ what: 'standard', row: s })}
                    >
                      {t('web.common.edit')}
                    </button>
                    <ArchiveButton
                      active={s.active}
                      onArchive={() => confirmArchive(pick(s.title, language)) && archiveStandard.mutate(s.id)}
                      onRestore={() => restoreStandard.mutate({ id: s.id, body: { active: true } })}
                    />
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <section className="group" aria-labelledby="checklists-title">
        <h2 id="checklists-title" className="group-title">
          {t('stdEdit.checklists')} <span className="count">{checklists.items.length}</span>
        </h2>
        {canWrite ? (
          <button type="button" className="btn" onClick={() => setEditing({ what: 'checklist' })}>
            {t('stdEdit.addChecklist')}
          </button>
        ) : null}
        <ListState
          isPending={checklists.isPending}
          error={checklists.error}
          empty={checklists.items.length === 0}
          emptyText={t('stdEdit.noChecklists')}
        />
        <ul className="tp-list">
          {checklists.items.map((c) => (
            <li key={c.id} className={c.active ? 'tp' : 'tp row-inactive'} data-checklist={c.id}>
              <div className="tp-main">
                <strong>{c.name}</strong>
                <div className="tp-meta">
                  <span className="badge">{tpName(c.touchpointId)}</span>
                  <span className="badge">{t('stdEdit.items', { n: c.items.length })}</span>
                  {c.active ? null : <span className="badge badge-muted">{t('stdEdit.archived')}</span>}
                </div>
              </div>
              {canWrite ? (
                <div className="row-actions">
                  <button
                    type="button"
                    className="btn btn-small"
                    onClick={() => setEditing({ what: 'checklist', row: c })}
                  >
                    {t('web.common.edit')}
                  </button>
                  <ArchiveButton
                    active={c.active}
                    onArchive={() => confirmArchive(c.name) && archiveChecklist.mutate(c.id)}
                    onRestore={() => restoreChecklist.mutate({ id: c.id, body: { active: true } })}
                  />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

/** Archive for a live standard or checklist, restore for an archived one. */
function ArchiveButton(p: { active: boolean; onArchive: () => void; onRestore: () => void }) {
  const { t } = useI18n();
  return p.active ? (
    <button type="button" className="btn btn-small btn-danger" onClick={p.onArchive}>
      {t('stdEdit.archive')}
    </button>
  ) : (
    <button type="button" className="btn btn-small" onClick={p.onRestore}>
      {t('stdEdit.restore')}
    </button>
  );
}

import { useState } from 'react';
import { LANGUAGES } from '../../../shared/domain.ts';
import {
  ROOT_CAUSE_KINDS,
  rootCauseName,
  useCreateRootCause,
  useRootCauses,
  useUpdateRootCause,
  type RootCause,
  type RootCauseKind,
} from '../cases/hooks.ts';
import { LANGUAGE_NAMES, useI18n } from '../lib/i18n.tsx';
import { Checkbox, ErrorBanner, fieldErrors, formText, ListState, Panel, SelectField, TextField } from '../lib/ui.tsx';

/** The list a resolved case picks its root cause from, per kind of touchpoint, named in every language. */
export function RootCausesEditor({ canManage }: { canManage: boolean }) {
  const { t, language } = useI18n();
  const causes = useRootCauses();
  const [editing, setEditing] = useState<RootCause | 'new' | null>(null);
  const items = causes.data?.items ?? [];

  return (
    <Panel title={t('web.cases.rootCauses')}>
      <p className="muted">{t('web.cases.rootCauses.intro')}</p>
      {canManage && editing === null ? (
        <p>
          <button type="button" className="btn" onClick={() => setEditing('new')}>
            {t('web.cases.rootCauses.add')}
          </button>
        </p>
      ) : null}
      {editing ? (
        <RootCauseForm
          key={editing === 'new' ? 'new' : editing.id}
          cause={editing === 'new' ? undefined : editing}
          nextPosition={items.length}
          onDone={() => setEditing(null)}
        />
      ) : null}
      <ListState
        isPending={causes.isPending}
        error={causes.error}
        empty={items.length === 0}
        emptyText={t('web.cases.rootCauses.empty')}
      />
      {ROOT_CAUSE_KINDS.map((kind) => {
        const inKind = items.filter((rc) => rc.kind === kind);
        if (!inKind.length) return null;
        return (
          <div key={kind} className="root-cause-group">
            <h3>
              <span className={`badge badge-${kind}`}>{t(`web.kind.${kind}`)}</span>
            </h3>
            <ul className="root-cause-list">
              {inKind.map((rc) => (
                <li key={rc.id} className={rc.active ? undefined : 'row-inactive'}>
                  <span>
                    <strong>{rootCauseName(rc, language)}</strong>
                    <span className="muted small">
                      {' '}
                      {LANGUAGES.filter((l) => l !== language && rc.name[l])
                        .map((l) => rc.name[l])
                        .join(' · ')}
                    </span>
                    {rc.active ? null : <span className="badge">{t('web.common.inactive')}</span>}
                  </span>
                  {canManage ? (
                    <button
                      type="button"
                      className="btn btn-small"
                      onClick={() => setEditing(rc)}
                      aria-label={`${t('web.common.edit')}: ${rootCauseName(rc, language)}`}
                    >
                      {t('web.common.edit')}
                    </button>
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </Panel>
  );
}

function RootCauseForm({
  cause,
  nextPosition,
  onDone,
}: {
  cause?: RootCause;
  nextPosition: number;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const create = useCreateRootCause();
  const update = useUpdateRootCause();
  const m = cause ? update : create;
  const errors = fieldErrors(m.error);
  return (
    <form
      className="form card"
      aria-label={cause ? t('web.cases.rootCauses.edit') : t('web.cases.rootCauses.add')}
      onSubmit={(e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        const name: Record<string, string> = {};
        for (const l of LANGUAGES) {
          const v = formText(fd, `name_${l}`);
          if (v) name[l] = v;
        }
        const kind = String(fd.get('kind')) as RootCauseKind;
        if (cause)
          update.mutate(
            { id: cause.id, body: { name, kind, active: fd.get('active') === 'on' } },
            { onSuccess: onDone },
          );
        else create.mutate({ name, kind, active: true, position: nextPosition }, { onSuccess: onDone });
      }}
    >
      <ErrorBanner error={m.error} />
      <div className="form-row">
        {LANGUAGES.map((l) => (
          <TextField
            key={l}
            label={`${t('web.common.name')} (${LANGUAGE_NAMES[l]})`}
            name={`name_${l}`}
            lang={l}
            maxLength={200}
            defaultValue={cause?.name[l] ?? ''}
            error={errors[`name.${l}`]}
          />
        ))}
      </div>
      {errors.name ? (
        <small className="field-error" role="alert">
          {errors.name}
        </small>
      ) : null}
      <div className="form-row">
        <SelectField
          label={t('web.touchpoints.kind')}
          name="kind"
          defaultValue={cause?.kind ?? 'service'}
          options={ROOT_CAUSE_KINDS.map((k) => ({ value: k, label: t(`web.kind.${k}`) }))}
          error={errors.kind}
        />
      </div>
      {cause ? <Checkbox label={t('web.common.active')} name="active" defaultChecked={cause.active} /> : null}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={m.isPending}>
          {m.isPending ? t('web.common.saving') : t('web.common.save')}
        </button>
        <button type="button" className="btn" onClick={onDone}>
          {t('web.common.cancel')}
        </button>
      </div>
    </form>
  );
}

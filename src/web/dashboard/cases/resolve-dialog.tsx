import { useEffect, useId, useRef } from 'react';
import { useI18n } from '../lib/i18n.tsx';
import { Checkbox, ErrorBanner, fieldErrors, formString, TextArea } from '../lib/ui.tsx';
import { ROOT_CAUSE_KINDS, rootCauseName, usePatchCase, useRootCauses, type CaseDetail } from './hooks.ts';

/** Resolving asks for the root cause (grouped by kind) and what was done, and offers the follow-up survey. */
export function ResolveDialog({ c, onClose }: { c: CaseDetail; onClose: () => void }) {
  const { t, language } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const causes = useRootCauses();
  const resolve = usePatchCase(c.id);
  const errors = fieldErrors(resolve.error);
  useEffect(() => {
    const d = ref.current;
    // Leaving the page removes the dialog from the top layer, so there is nothing to undo here.
    if (d && !d.open) d.showModal();
  }, []);
  const active = (causes.data?.items ?? []).filter((rc) => rc.active || rc.id === c.rootCauseId);

  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onClose={onClose} onCancel={onClose}>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          const fd = new FormData(e.currentTarget);
          resolve.mutate(
            {
              status: 'resolved',
              rootCauseId: formString(fd, 'rootCauseId') || undefined,
              resolution: formString(fd, 'resolution') || undefined,
              sendFollowUp: fd.get('sendFollowUp') === 'on',
            },
            { onSuccess: onClose },
          );
        }}
      >
        <h2 id={titleId}>{t('web.cases.resolveTitle', { n: c.number })}</h2>
        <ErrorBanner error={resolve.error} />
        <div className={errors.rootCauseId ? 'field field-invalid' : 'field'}>
          <label htmlFor={`${titleId}-cause`}>{t('web.cases.rootCause')}</label>
          <select
            id={`${titleId}-cause`}
            name="rootCauseId"
            required
            defaultValue={c.rootCauseId ?? ''}
            aria-invalid={errors.rootCauseId ? true : undefined}
          >
            <option value="">{causes.isPending ? t('web.common.loading') : t('web.cases.chooseRootCause')}</option>
            {ROOT_CAUSE_KINDS.map((kind) => {
              const inKind = active.filter((rc) => rc.kind === kind);
              return inKind.length ? (
                <optgroup key={kind} label={t(`web.kind.${kind}`)}>
                  {inKind.map((rc) => (
                    <option key={rc.id} value={rc.id}>
                      {rootCauseName(rc, language)}
                    </option>
                  ))}
                </optgroup>
              ) : null;
            })}
          </select>
          {errors.rootCauseId ? (
            <small className="field-error" role="alert">
              {errors.rootCauseId}
            </small>
          ) : null}
        </div>
        <TextArea
          label={t('web.cases.whatWasDone')}
          name="resolution"
          required
          rows={4}
          maxLength={10_000}
          defaultValue={c.resolution ?? ''}
          error={errors.resolution}
        />
        <Checkbox
          label={t('web.cases.sendFollowUp')}
          name="sendFollowUp"
          defaultChecked={!!c.customerId}
          disabled={!c.customerId}
        />
        <p className="field-hint">
          {c.customerId ? t('web.cases.sendFollowUpHint') : t('web.cases.noCustomerNoFollowUp')}
        </p>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={resolve.isPending}>
            {resolve.isPending ? t('web.common.saving') : t('web.cases.resolve')}
          </button>
          <button type="button" className="btn" onClick={onClose}>
            {t('web.common.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

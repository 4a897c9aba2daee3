import { useState } from 'react';
import type { MessageKey } from '../../../shared/i18n/translate.ts';
import { GESTURE_KINDS, GESTURE_TRIGGERS } from '../../../modules/recognition/recognition.contract.ts';
import { useI18n } from '../lib/i18n.tsx';
import { DataTable } from '../lib/table.tsx';
import { ErrorBanner, fieldErrors, SelectField, TextField } from '../lib/ui.tsx';
import { NoticeFields, readNotice } from './gesture-notice-fields.tsx';
import { useCreateGesture, useGestures, useTiers, useUpdateGesture } from './hooks.ts';

/** The catalogue: what each gesture is, what it costs, and what owes it to a customer. */
export function GesturesSection() {
  const { t } = useI18n();
  const gestures = useGestures();
  const tiers = useTiers();
  const create = useCreateGesture();
  const update = useUpdateGesture();
  const [trigger, setTrigger] = useState<(typeof GESTURE_TRIGGERS)[number]>('nth_visit');
  const errors = fieldErrors(create.error);
  return (
    <section>
      <h2>{t('recognition.gestures.title')}</h2>
      <p className="field-hint">{t('recognition.gestures.intro')}</p>
      <DataTable
        testId="gestures-table"
        rows={gestures.data?.items ?? []}
        rowKey={(g) => g.id}
        columns={[
          { label: t('recognition.tiers.name'), cell: (g) => g.name },
          { label: t('recognition.gestures.kind'), cell: (g) => t(`recognition.kind.${g.kind}` as MessageKey) },
          {
            label: t('recognition.gestures.trigger'),
            cell: (g) => (
              <>
                {t(`recognition.trigger.${g.trigger}` as MessageKey)}
                {g.triggerVisit ? ` · ${g.triggerVisit}` : ''}
              </>
            ),
          },
          { label: t('recognition.gestures.cost'), cell: (g) => g.costEstimate ?? '—' },
          {
            label: t('recognition.notice.title'),
            cell: (g) => (
              <details>
                <summary>
                  {g.notice
                    ? g.noticeOnly
                      ? t('recognition.notice.only')
                      : t('recognition.notice.on')
                    : t('recognition.notice.off')}
                </summary>
                <form
                  onSubmit={(e) => {
                    e.preventDefault();
                    update.mutate({ id: g.id, body: readNotice(new FormData(e.currentTarget)) });
                  }}
                >
                  <NoticeFields gesture={g} errors={fieldErrors(update.error)} />
                  <button type="submit">{t('recognition.notice.save')}</button>
                </form>
              </details>
            ),
          },
          {
            label: t('recognition.gestures.active'),
            cell: (g) => (
              <input
                type="checkbox"
                aria-label={t('recognition.gestures.active')}
                checked={g.active}
                onChange={(e) => update.mutate({ id: g.id, body: { active: e.target.checked } })}
              />
            ),
          },
        ]}
      />
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const fd = new FormData(form);
          const num = (k: string) => (String(fd.get(k) ?? '').trim() === '' ? null : Number(fd.get(k)));
          create.mutate(
            {
              name: String(fd.get('name') ?? ''),
              kind: String(fd.get('kind')) as (typeof GESTURE_KINDS)[number],
              trigger,
              triggerVisit: trigger === 'nth_visit' ? num('triggerVisit') : null,
              triggerTierId: trigger === 'tier_entry' ? String(fd.get('triggerTierId') || '') || null : null,
              costEstimate: num('costEstimate'),
              dueDays: num('dueDays') ?? 30,
              ...readNotice(fd),
            },
            { onSuccess: () => form.reset() },
          );
        }}
      >
        <TextField label={t('recognition.tiers.name')} name="name" error={errors.name} />
        <SelectField
          label={t('recognition.gestures.kind')}
          name="kind"
          options={GESTURE_KINDS.map((k) => ({ value: k, label: t(`recognition.kind.${k}` as MessageKey) }))}
        />
        <SelectField
          label={t('recognition.gestures.trigger')}
          name="trigger"
          value={trigger}
          onChange={(e) => setTrigger(e.target.value as typeof trigger)}
          options={GESTURE_TRIGGERS.map((k) => ({ value: k, label: t(`recognition.trigger.${k}` as MessageKey) }))}
        />
        {trigger === 'nth_visit' && (
          <TextField
            label={t('recognition.gestures.visit')}
            name="triggerVisit"
            type="number"
            min={1}
            defaultValue={5}
            error={errors.triggerVisit}
          />
        )}
        {trigger === 'tier_entry' && (
          <SelectField
            label={t('recognition.gestures.tier')}
            name="triggerTierId"
            error={errors.triggerTierId}
            options={(tiers.data?.items ?? []).map((x) => ({ value: x.id, label: x.name }))}
          />
        )}
        <TextField label={t('recognition.gestures.cost')} name="costEstimate" type="number" min={0} step="0.01" />
        <TextField label={t('recognition.gestures.dueDays')} name="dueDays" type="number" min={1} defaultValue={30} />
        <NoticeFields errors={errors} />
        <button type="submit">{t('recognition.gestures.add')}</button>
        <ErrorBanner error={create.error ?? update.error} />
      </form>
    </section>
  );
}

import { useMemo } from 'react';
import { LANGUAGES, type Language } from '../../../shared/domain.ts';
import { timeZones } from '../lib/format.ts';
import { LANGUAGE_NAMES, useT } from '../lib/i18n.tsx';
import { ErrorBanner, fieldErrors, formString, formText, SelectField, TextField } from '../lib/ui.tsx';
import { useOrg, useUpdateOrg } from './hooks.ts';

export function OrgForm() {
  const t = useT();
  const org = useOrg();
  const update = useUpdateOrg();
  const errors = fieldErrors(update.error);
  const zones = useMemo(() => timeZones().map((z) => ({ value: z, label: z })), []);
  const currencies = useMemo(() => Intl.supportedValuesOf('currency').map((c) => ({ value: c, label: c })), []);
  if (org.isPending) return <p role="status">{t('web.common.loading')}</p>;
  if (org.error) return <ErrorBanner error={org.error} />;
  const o = org.data;

  return (
    <form
      key={o.id}
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        update.mutate({
          name: formString(fd, 'name'),
          timeZone: formString(fd, 'timeZone'),
          defaultLanguage: formString(fd, 'defaultLanguage') as Language,
          publicUrl: formText(fd, 'publicUrl'),
          currency: formString(fd, 'currency'),
        });
      }}
    >
      <ErrorBanner error={update.error} />
      {update.isSuccess ? (
        <p className="alert alert-success" role="status">
          {t('web.common.saved')}
        </p>
      ) : null}
      <TextField label={t('web.settings.orgName')} name="name" required defaultValue={o.name} error={errors.name} />
      <div className="form-row">
        <SelectField
          label={t('web.common.timeZone')}
          name="timeZone"
          defaultValue={o.timeZone}
          options={zones}
          error={errors.timeZone}
        />
        <SelectField
          label={t('web.settings.defaultLanguage')}
          name="defaultLanguage"
          defaultValue={o.defaultLanguage}
          options={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
          hint={t('web.settings.defaultLanguageHint')}
          error={errors.defaultLanguage}
        />
      </div>
      <SelectField
        label={t('web.settings.currency')}
        name="currency"
        defaultValue={o.currency}
        options={currencies}
        hint={t('web.settings.currencyHint')}
        error={errors.currency}
      />
      <TextField
        label={t('web.settings.publicUrl')}
        name="publicUrl"
        inputMode="url"
        placeholder="https://feedback.example.com"
        defaultValue={o.publicUrl ?? ''}
        hint={t('web.settings.publicUrlHint')}
        error={errors.publicUrl}
      />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={update.isPending}>
          {update.isPending ? t('web.common.saving') : t('web.common.save')}
        </button>
      </div>
    </form>
  );
}

import { LANGUAGES } from '../../../shared/domain.ts';
import { LANGUAGE_NAMES, useT } from '../lib/i18n.tsx';
import { Checkbox, ErrorBanner, fieldErrors, formText, SelectField, TextField } from '../lib/ui.tsx';
import { useCreateCustomer, type Customer } from './hooks.ts';

export function CustomerForm({ onDone }: { onDone: (c?: Customer) => void }) {
  const t = useT();
  const create = useCreateCustomer();
  const errors = fieldErrors(create.error);
  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        create.mutate(
          {
            name: formText(fd, 'name'),
            email: formText(fd, 'email'),
            phone: formText(fd, 'phone'),
            language: formText(fd, 'language'),
            acquisitionChannel: formText(fd, 'acquisitionChannel'),
            acquisitionCampaign: formText(fd, 'acquisitionCampaign'),
            consentEmail: fd.get('consentEmail') === 'on',
            consentSms: fd.get('consentSms') === 'on',
          },
          { onSuccess: (c) => onDone(c) },
        );
      }}
    >
      <ErrorBanner error={create.error} />
      <div className="form-row">
        <TextField label={t('web.common.personName')} name="name" error={errors.name} />
        <TextField label={t('web.common.email')} name="email" type="email" error={errors.email} />
        <TextField label={t('web.customers.phone')} name="phone" type="tel" error={errors.phone} />
      </div>
      <div className="form-row">
        <SelectField
          label={t('web.common.language')}
          name="language"
          options={[{ value: '', label: '—' }, ...LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))]}
          error={errors.language}
        />
        <TextField label={t('web.customers.channel')} name="acquisitionChannel" error={errors.acquisitionChannel} />
        <TextField label={t('web.customers.campaign')} name="acquisitionCampaign" error={errors.acquisitionCampaign} />
      </div>
      <div className="checks">
        <Checkbox label={t('web.customers.consentEmail')} name="consentEmail" />
        <Checkbox label={t('web.customers.consentSms')} name="consentSms" />
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={create.isPending}>
          {create.isPending ? t('web.common.saving') : t('web.common.save')}
        </button>
        <button type="button" className="btn" onClick={() => onDone()}>
          {t('web.common.cancel')}
        </button>
      </div>
    </form>
  );
}

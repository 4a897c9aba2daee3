import { useMemo } from 'react';
import { useLocation } from 'wouter';
import { LANGUAGES, type Language } from '../../../shared/domain.ts';
import { browserTimeZone, timeZones } from '../lib/format.ts';
import { LANGUAGE_NAMES, useI18n } from '../lib/i18n.tsx';
import { ErrorBanner, fieldErrors, formString, SelectField, TextField } from '../lib/ui.tsx';
import { AuthLayout } from '../shell/auth-layout.tsx';
import { useSetup } from './use-setup.ts';

/** First run: the server has no organisation yet, so whoever opens it first becomes its owner. */
export function SetupPage() {
  const { t, language } = useI18n();
  const setup = useSetup();
  const [, navigate] = useLocation();
  const errors = fieldErrors(setup.error);
  const zones = useMemo(() => timeZones().map((z) => ({ value: z, label: z })), []);

  return (
    <AuthLayout title={t('web.setup.title')} intro={t('web.setup.intro')}>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          const fd = new FormData(e.currentTarget);
          setup.mutate(
            {
              orgName: formString(fd, 'orgName'),
              ownerName: formString(fd, 'ownerName'),
              ownerEmail: formString(fd, 'ownerEmail'),
              ownerPassword: String(fd.get('ownerPassword') ?? ''),
              timeZone: formString(fd, 'timeZone'),
              defaultLanguage: formString(fd, 'defaultLanguage') as Language,
            },
            { onSuccess: () => navigate('/') },
          );
        }}
      >
        <ErrorBanner error={setup.error} />
        <TextField
          label={t('web.setup.orgName')}
          name="orgName"
          required
          autoComplete="organization"
          error={errors.orgName}
        />
        <TextField
          label={t('web.setup.ownerName')}
          name="ownerName"
          required
          autoComplete="name"
          error={errors.ownerName}
        />
        <TextField
          label={t('web.common.email')}
          name="ownerEmail"
          type="email"
          required
          autoComplete="email"
          error={errors.ownerEmail}
        />
        <TextField
          label={t('web.common.password')}
          name="ownerPassword"
          type="password"
          required
          autoComplete="new-password"
          hint={t('web.common.passwordHint')}
          error={errors.ownerPassword}
        />
        <div className="form-row">
          <SelectField
            label={t('web.common.timeZone')}
            name="timeZone"
            defaultValue={browserTimeZone()}
            options={zones}
            error={errors.timeZone}
          />
          <SelectField
            label={t('web.common.language')}
            name="defaultLanguage"
            defaultValue={language}
            options={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
            error={errors.defaultLanguage}
          />
        </div>
        <button type="submit" className="btn btn-primary btn-block" disabled={setup.isPending}>
          {setup.isPending ? t('web.common.saving') : t('web.setup.submit')}
        </button>
      </form>
    </AuthLayout>
  );
}

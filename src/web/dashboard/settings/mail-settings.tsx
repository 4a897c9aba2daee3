import { useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { mailSettings, mailSettingsUpdate } from '../../../modules/mail-settings/mail-settings.contract.ts';
import { get, post, put } from '../lib/api.ts';
import { useT } from '../lib/i18n.tsx';
import { useApiMutation } from '../lib/queries.ts';
import { ErrorBanner, fieldErrors, formString, formText, TextField } from '../lib/ui.tsx';

type MailSettings = z.infer<typeof mailSettings>;

/** The owner's own SMTP server: the password is write-only (the form only says whether one is stored). */
export function MailSettingsForm() {
  const t = useT();
  const current = useQuery({ queryKey: ['mailSettings'], queryFn: () => get<MailSettings>('/org/mail') });
  const save = useApiMutation('mailSettings', (body: z.input<typeof mailSettingsUpdate>) =>
    put<MailSettings>('/org/mail', body),
  );
  const test = useMutation({ mutationFn: () => post<{ sent: true; to: string }>('/org/mail/test', {}) });
  const errors = { ...fieldErrors(save.error), ...fieldErrors(test.error) };
  if (current.isPending) return <p role="status">{t('web.common.loading')}</p>;
  if (current.error) return <ErrorBanner error={current.error} />;
  const m = current.data;
  return (
    <form
      className="form"
      data-testid="mail-settings"
      onSubmit={(e) => {
        e.preventDefault();
        const form = e.currentTarget;
        const fd = new FormData(form);
        const password = String(fd.get('password') ?? '');
        // Write-only: once saved, the password leaves the page too.
        const forget = () => ((form.elements.namedItem('password') as HTMLInputElement).value = '');
        save.mutate(
          {
            host: formString(fd, 'host'),
            port: Number(formString(fd, 'port')),
            username: formText(fd, 'username'),
            ...(password ? { password } : {}),
            senderName: formText(fd, 'senderName'),
            fromAddress: formString(fd, 'fromAddress'),
          },
          { onSuccess: forget },
        );
      }}
    >
      <p className="field-hint">{t('web.mail.intro')}</p>
      <ErrorBanner error={save.error ?? test.error} />
      {save.isSuccess ? (
        <p className="alert alert-success" role="status">
          {t('web.common.saved')}
        </p>
      ) : null}
      {test.isSuccess ? (
        <p className="alert alert-success" role="status">
          {t('web.mail.testSent', { to: test.data.to })}
        </p>
      ) : null}
      <div className="form-row">
        <TextField label={t('web.mail.host')} name="host" defaultValue={m.host ?? ''} error={errors.host} />
        <TextField
          label={t('web.mail.port')}
          name="port"
          inputMode="numeric"
          defaultValue={String(m.port ?? 587)}
          error={errors.port}
        />
      </div>
      <div className="form-row">
        <TextField
          label={t('web.mail.username')}
          name="username"
          autoComplete="off"
          defaultValue={m.username ?? ''}
          error={errors.username}
        />
        <TextField
          label={t('web.common.password')}
          name="password"
          type="password"
          autoComplete="new-password"
          hint={m.passwordSet ? t('web.mail.passwordSet') : undefined}
          error={errors.password}
        />
      </div>
      <div className="form-row">
        <TextField
          label={t('web.mail.senderName')}
          name="senderName"
          defaultValue={m.senderName ?? ''}
          error={errors.senderName}
        />
        <TextField
          label={t('web.mail.fromAddress')}
          name="fromAddress"
          defaultValue={m.fromAddress ?? ''}
          error={errors.fromAddress}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {save.isPending ? t('web.common.saving') : t('web.common.save')}
        </button>
        {m.configured ? (
          <button type="button" className="btn" disabled={test.isPending} onClick={() => test.mutate()}>
            {t('web.mail.sendTest')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

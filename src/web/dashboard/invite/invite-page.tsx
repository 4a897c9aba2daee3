import { useState } from 'react';
import { useLocation } from 'wouter';
import { useT } from '../lib/i18n.tsx';
import { ErrorBanner, fieldErrors, TextField } from '../lib/ui.tsx';
import { AuthLayout } from '../shell/auth-layout.tsx';
import { useAcceptInvite } from './use-accept-invite.ts';

/** The link an invited staff member receives by email: choose a password, then straight in. */
export function InvitePage({ token }: { token: string }) {
  const t = useT();
  const accept = useAcceptInvite();
  const [, navigate] = useLocation();
  const [mismatch, setMismatch] = useState(false);
  const errors = fieldErrors(accept.error);

  return (
    <AuthLayout title={t('web.invite.title')} intro={t('web.invite.intro')}>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          const fd = new FormData(e.currentTarget);
          const password = String(fd.get('password') ?? '');
          if (password !== String(fd.get('confirm') ?? '')) return setMismatch(true);
          setMismatch(false);
          accept.mutate({ token, password }, { onSuccess: () => navigate('/', { replace: true }) });
        }}
      >
        <ErrorBanner error={accept.error} />
        <TextField
          label={t('web.common.password')}
          name="password"
          type="password"
          required
          autoComplete="new-password"
          hint={t('web.common.passwordHint')}
          error={errors.password}
        />
        <TextField
          label={t('web.invite.confirm')}
          name="confirm"
          type="password"
          required
          autoComplete="new-password"
          error={mismatch ? t('web.invite.mismatch') : undefined}
        />
        <button type="submit" className="btn btn-primary btn-block" disabled={accept.isPending}>
          {t('web.invite.submit')}
        </button>
      </form>
    </AuthLayout>
  );
}

import { ApiError } from '../lib/api.ts';
import { useT } from '../lib/i18n.tsx';
import { ErrorBanner, fieldErrors, formString, TextField } from '../lib/ui.tsx';
import { AuthLayout } from '../shell/auth-layout.tsx';
import { useLogin } from './use-login.ts';

export function LoginPage() {
  const t = useT();
  const login = useLogin();
  const errors = fieldErrors(login.error);
  const badCredentials = login.error instanceof ApiError && login.error.status === 401;

  return (
    <AuthLayout title={t('web.login.title')}>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          const fd = new FormData(e.currentTarget);
          login.mutate({ email: formString(fd, 'email'), password: String(fd.get('password') ?? '') });
        }}
      >
        {badCredentials ? (
          <div className="alert alert-error" role="alert">
            {t('web.login.failed')}
          </div>
        ) : (
          <ErrorBanner error={login.error} />
        )}
        <TextField
          label={t('web.common.email')}
          name="email"
          type="email"
          required
          autoComplete="username"
          error={errors.email}
        />
        <TextField
          label={t('web.common.password')}
          name="password"
          type="password"
          required
          autoComplete="current-password"
          error={errors.password}
        />
        <button type="submit" className="btn btn-primary btn-block" disabled={login.isPending}>
          {login.isPending ? t('web.common.loading') : t('web.login.submit')}
        </button>
      </form>
    </AuthLayout>
  );
}

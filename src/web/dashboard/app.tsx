import { Route, Switch } from 'wouter';
import { InvitePage } from './invite/invite-page.tsx';
import { ErrorBanner } from './lib/ui.tsx';
import { useT } from './lib/i18n.tsx';
import { SessionProvider, useMe, useSetupStatus } from './lib/session.tsx';
import { LoginPage } from './login/login-page.tsx';
import { SetupPage } from './setup/setup-page.tsx';
import { AuthLayout } from './shell/auth-layout.tsx';
import { Shell } from './shell/shell.tsx';

/** Which face the dashboard shows: first-run setup, accepting an invitation, sign-in, or the app. */
export function App() {
  const t = useT();
  const setup = useSetupStatus();
  const me = useMe();
  if (setup.isPending || (me.isPending && setup.data?.needsSetup === false)) {
    return (
      <div className="boot" role="status">
        {t('web.common.loading')}
      </div>
    );
  }
  if (setup.error || me.error) {
    return (
      <AuthLayout title="Zabota">
        <ErrorBanner error={setup.error ?? me.error} />
      </AuthLayout>
    );
  }
  return (
    <Switch>
      <Route path="/invite/:token">{(params) => <InvitePage token={params.token} />}</Route>
      <Route>
        {setup.data.needsSetup ? (
          <SetupPage />
        ) : me.data ? (
          <SessionProvider me={me.data}>
            <Shell />
          </SessionProvider>
        ) : (
          <LoginPage />
        )}
      </Route>
    </Switch>
  );
}

import { lazy, Suspense } from 'react';
import { useT } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { PageHeader, Panel } from '../lib/ui.tsx';
import { ApiKeys } from './api-keys.tsx';
import { MailSettingsForm } from './mail-settings.tsx';
import { OrgForm } from './org-form.tsx';

const WebhooksPanel = lazy(() => import('../webhooks/webhooks-panel.tsx'));
const TaxonomyPanel = lazy(() => import('../text/taxonomy-panel.tsx'));

export function SettingsPage() {
  const t = useT();
  const { can } = useSession();
  return (
    <>
      <PageHeader title={t('web.nav.settings')} />
      <Panel title={t('web.settings.organisation')}>
        <OrgForm />
      </Panel>
      {can('mail:manage') ? (
        <Panel title={t('web.mail.title')}>
          <MailSettingsForm />
        </Panel>
      ) : null}
      {can('text:manage') ? (
        <Suspense fallback={null}>
          <TaxonomyPanel />
        </Suspense>
      ) : null}
    </>
  );
}

export function ApiKeysPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('web.nav.apiKeys')} />
      <Panel title={t('web.apiKeys.title')}>
        <ApiKeys />
      </Panel>
    </>
  );
}

export function WebhooksPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('web.nav.webhooks')} />
      <Suspense fallback={null}>
        <WebhooksPanel />
      </Suspense>
    </>
  );
}

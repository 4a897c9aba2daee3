import { Link } from 'wouter';
import type { MessageKey } from '../../../shared/i18n/translate.ts';
import { useT } from '../lib/i18n.tsx';
import type { Permission } from '../lib/permissions.ts';
import { useSession } from '../lib/session.tsx';
import { PageHeader } from '../lib/ui.tsx';

type Step = { href: string; title: MessageKey; text: MessageKey; permission: Permission };

// The order a new organisation sets itself up in: where, what the customer meets, who, then the data.
const STEPS: Step[] = [
  { href: '/locations', title: 'web.nav.locations', text: 'web.overview.locations', permission: 'locations:write' },
  {
    href: '/touchpoints',
    title: 'web.nav.touchpoints',
    text: 'web.overview.touchpoints',
    permission: 'touchpoints:write',
  },
  { href: '/staff', title: 'web.nav.staff', text: 'web.overview.staff', permission: 'staff:write' },
  { href: '/import', title: 'web.nav.import', text: 'web.overview.import', permission: 'imports:run' },
  { href: '/customers', title: 'web.nav.customers', text: 'web.overview.customers', permission: 'customers:read' },
  {
    href: '/interactions',
    title: 'web.nav.interactions',
    text: 'web.overview.interactions',
    permission: 'interactions:read',
  },
];

export function OverviewPage() {
  const t = useT();
  const { me, can } = useSession();
  return (
    <>
      <PageHeader title={t('web.overview.welcome', { name: me.staff?.name ?? me.org.name })} />
      <p className="lead">{t('web.overview.intro')}</p>
      {can('metrics:read') ? (
        <p className="overview-analytics">
          <Link href="/analytics" className="btn btn-primary">
            {t('web.nav.analytics')}
          </Link>{' '}
          {t('web.analytics.overviewLink')}
        </p>
      ) : null}
      <ol className="cards">
        {STEPS.filter((s) => can(s.permission)).map((s) => (
          <li key={s.href} className="card">
            <h2>
              <Link href={s.href}>{t(s.title)}</Link>
            </h2>
            <p>{t(s.text)}</p>
          </li>
        ))}
      </ol>
    </>
  );
}

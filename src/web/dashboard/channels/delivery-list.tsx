import { formatDateTime } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';
import { DataTable } from '../lib/table.tsx';
import { useSession } from '../lib/session.tsx';
import { ErrorBanner } from '../lib/ui.tsx';
import { useDeliveries } from './hooks.ts';

/** Every channel each message was tried on, with its status and what the provider answered. */
export function DeliveryList({ path }: { path: string }) {
  const { t, language } = useI18n();
  const { me } = useSession();
  const list = useDeliveries(path);
  const items = list.data?.items ?? [];
  if (!items.length)
    return list.error ? <ErrorBanner error={list.error} /> : <p className="muted">{t('web.deliveries.none')}</p>;
  return (
    <>
      <p className="field-hint">{t('web.deliveries.hint')}</p>
      <DataTable
        testId="deliveries"
        rows={items}
        rowKey={(a) => a.id}
        columns={[
          { label: t('web.channels.when'), cell: (a) => formatDateTime(a.createdAt, language, me.org.timeZone) },
          { label: t('web.deliveries.about'), cell: (a) => t(`web.deliveries.subject.${a.subject}`) },
          { label: t('web.channels.channel'), cell: (a) => t(`web.channels.kind.${a.channel}`) },
          {
            label: t('web.common.status'),
            cell: (a) => (
              <span className={`badge badge-delivery-${a.status}`}>{t(`web.channels.status.${a.status}`)}</span>
            ),
          },
          { label: t('web.deliveries.answer'), cell: (a) => (a.status === 'failed' ? a.providerAnswer : null) },
        ]}
      />
    </>
  );
}

/** One message's channels in the order tried, e.g. "SMS: Failed → Email: Sent"; hover shows the provider's answer. */
export function DeliveryTrail({ path }: { path: string }) {
  const { t } = useI18n();
  const items = [...(useDeliveries(path).data?.items ?? [])].reverse();
  if (!items.length) return null;
  return (
    <div className="muted small" data-testid="delivery-trail">
      {items.map((a, i) => (
        <span key={a.id} title={a.providerAnswer ?? undefined}>
          {i ? ' → ' : ''}
          {t(`web.channels.kind.${a.channel}`)}: {t(`web.channels.status.${a.status}`)}
        </span>
      ))}
    </div>
  );
}

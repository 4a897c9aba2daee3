import { formatDateTime } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';
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
      <table className="table" data-testid="deliveries">
        <thead>
          <tr>
            <th scope="col">{t('web.channels.when')}</th>
            <th scope="col">{t('web.deliveries.about')}</th>
            <th scope="col">{t('web.channels.channel')}</th>
            <th scope="col">{t('web.common.status')}</th>
            <th scope="col">{t('web.deliveries.answer')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            <tr key={a.id}>
              <td data-label={t('web.channels.when')}>{formatDateTime(a.createdAt, language, me.org.timeZone)}</td>
              <td data-label={t('web.deliveries.about')}>{t(`web.deliveries.subject.${a.subject}`)}</td>
              <td data-label={t('web.channels.channel')}>{t(`web.channels.kind.${a.channel}`)}</td>
              <td data-label={t('web.common.status')}>
                <span className={`badge badge-delivery-${a.status}`}>{t(`web.channels.status.${a.status}`)}</span>
              </td>
              <td data-label={t('web.deliveries.answer')}>{a.status === 'failed' ? a.providerAnswer : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
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

import { Link } from 'wouter';
import { formatDateTime } from '../lib/format.ts';
import { useMoney } from '../lib/money.ts';
import { useI18n } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import type { useInteractions } from './hooks.ts';

type Row = ReturnType<typeof useInteractions>['items'][number];

export function InteractionsTable({ rows, showCustomer = true }: { rows: Row[]; showCustomer?: boolean }) {
  const { t, language } = useI18n();
  const money = useMoney();
  const { me, can } = useSession();
  const linkCustomers = can('customers:read');
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">{t('web.interactions.when')}</th>
          {showCustomer ? <th scope="col">{t('web.interactions.customer')}</th> : null}
          <th scope="col">{t('web.interactions.touchpoint')}</th>
          <th scope="col">{t('web.interactions.location')}</th>
          <th scope="col">{t('web.interactions.staff')}</th>
          <th scope="col" className="num">
            {t('web.interactions.revenue')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td data-label={t('web.interactions.when')}>{formatDateTime(r.occurredAt, language, me.org.timeZone)}</td>
            {showCustomer ? (
              <td data-label={t('web.interactions.customer')}>
                {r.customerId && linkCustomers ? (
                  <Link href={`/customers/${r.customerId}`}>{r.customerName ?? t('web.customers.unnamed')}</Link>
                ) : (
                  (r.customerName ?? '—')
                )}
              </td>
            ) : null}
            <td data-label={t('web.interactions.touchpoint')}>{r.touchpointName ?? '—'}</td>
            <td data-label={t('web.interactions.location')}>{r.locationName ?? '—'}</td>
            <td data-label={t('web.interactions.staff')}>{r.staffName ?? '—'}</td>
            <td data-label={t('web.interactions.revenue')} className="num">
              {money(r.revenue, r.currency)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

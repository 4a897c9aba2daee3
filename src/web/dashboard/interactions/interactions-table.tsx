import { Link } from 'wouter';
import { formatDateTime } from '../lib/format.ts';
import { useMoney } from '../lib/money.ts';
import { useI18n } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { DataTable } from '../lib/table.tsx';
import type { useInteractions } from './hooks.ts';

type Row = ReturnType<typeof useInteractions>['items'][number];

export function InteractionsTable({ rows, showCustomer = true }: { rows: Row[]; showCustomer?: boolean }) {
  const { t, language } = useI18n();
  const money = useMoney();
  const { me, can } = useSession();
  const linkCustomers = can('customers:read');
  return (
    <DataTable
      rows={rows}
      rowKey={(r) => r.id}
      columns={[
        {
          label: t('web.interactions.when'),
          cell: (r) => formatDateTime(r.occurredAt, language, me.org.timeZone),
        },
        {
          label: t('web.interactions.customer'),
          hidden: !showCustomer,
          cell: (r) =>
            r.customerId && linkCustomers ? (
              <Link href={`/customers/${r.customerId}`}>{r.customerName ?? t('web.customers.unnamed')}</Link>
            ) : (
              (r.customerName ?? '—')
            ),
        },
        { label: t('web.interactions.touchpoint'), cell: (r) => r.touchpointName ?? '—' },
        { label: t('web.interactions.location'), cell: (r) => r.locationName ?? '—' },
        { label: t('web.interactions.staff'), cell: (r) => r.staffName ?? '—' },
        { label: t('stdShift.label'), cell: (r) => (r.shift ? t(`stdShift.${r.shift}`) : '—') },
        {
          label: t('web.interactions.revenue'),
          align: 'num',
          cell: (r) => money(r.revenue, r.currency),
        },
      ]}
    />
  );
}

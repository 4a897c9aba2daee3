import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { LANGUAGES } from '../../../shared/domain.ts';
import { formatDateTime } from '../lib/format.ts';
import { LANGUAGE_NAMES, useI18n } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { DataTable } from '../lib/table.tsx';
import { ListState, LoadMore, PageHeader, Panel } from '../lib/ui.tsx';
import { useDebounced } from '../lib/use-debounced.ts';
import { CustomerForm } from './customer-form.tsx';
import { useCustomers } from './hooks.ts';
import { SendToList } from './customer-surveys.tsx';

export function CustomersPage() {
  const { t, language } = useI18n();
  const { me, can } = useSession();
  const [, navigate] = useLocation();
  const [q, setQ] = useState('');
  const [channel, setChannel] = useState('');
  const [campaign, setCampaign] = useState('');
  const [lang, setLang] = useState('');
  const [adding, setAdding] = useState(false);
  const filter = {
    q: useDebounced(q),
    acquisitionChannel: useDebounced(channel) || undefined,
    acquisitionCampaign: useDebounced(campaign) || undefined,
    language: lang || undefined,
  };
  const list = useCustomers(filter);
  const [sending, setSending] = useState(false);

  return (
    <>
      <PageHeader title={t('web.nav.customers')}>
        {can('imports:run') ? (
          <Link href="/import" className="btn">
            {t('web.nav.import')}
          </Link>
        ) : null}
        {can('invitations:write') ? (
          <button type="button" className="btn" onClick={() => setSending(true)}>
            {t('web.customer.sendToListTitle')}
          </button>
        ) : null}
        {can('customers:write') ? (
          <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
            {t('web.customers.add')}
          </button>
        ) : null}
      </PageHeader>
      {sending ? (
        <Panel title={t('web.customer.sendToListTitle')} onClose={() => setSending(false)}>
          <SendToList filter={filter} />
        </Panel>
      ) : null}
      {adding ? (
        <Panel title={t('web.customers.add')} onClose={() => setAdding(false)}>
          <CustomerForm
            onDone={(c) => {
              setAdding(false);
              if (c) navigate(`/customers/${c.id}`);
            }}
          />
        </Panel>
      ) : null}
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label className="grow">
          <span>{t('web.common.search')}</span>
          <input
            type="search"
            value={q}
            placeholder={t('web.customers.searchHint')}
            onChange={(e) => setQ(e.target.value)}
          />
        </label>
        <label>
          <span>{t('web.customers.channel')}</span>
          <input value={channel} onChange={(e) => setChannel(e.target.value)} />
        </label>
        <label>
          <span>{t('web.customers.campaign')}</span>
          <input value={campaign} onChange={(e) => setCampaign(e.target.value)} />
        </label>
        <label>
          <span>{t('web.common.language')}</span>
          <select value={lang} onChange={(e) => setLang(e.target.value)}>
            <option value="">{t('web.common.all')}</option>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
      </form>
      <ListState
        isPending={list.isPending}
        error={list.error}
        empty={list.items.length === 0}
        emptyText={t('web.customers.empty')}
      />
      {list.items.length ? (
        <DataTable
          testId="customers-table"
          rows={list.items}
          rowKey={(c) => c.id}
          columns={[
            {
              label: t('web.common.personName'),
              cell: (c) => (
                <Link href={`/customers/${c.id}`}>{c.name ?? c.email ?? c.phone ?? t('web.customers.unnamed')}</Link>
              ),
            },
            { label: t('web.common.email'), cell: (c) => c.email ?? '—' },
            { label: t('web.customers.phone'), cell: (c) => c.phone ?? '—' },
            { label: t('web.common.language'), cell: (c) => c.language ?? '—' },
            { label: t('web.customers.channel'), cell: (c) => c.acquisitionChannel ?? '—' },
            { label: t('web.customers.campaign'), cell: (c) => c.acquisitionCampaign ?? '—' },
            { label: t('web.customers.since'), cell: (c) => formatDateTime(c.createdAt, language, me.org.timeZone) },
          ]}
        />
      ) : null}
      <LoadMore
        hasNextPage={list.hasNextPage}
        isFetchingNextPage={list.isFetchingNextPage}
        fetchNextPage={list.fetchNextPage}
      />
    </>
  );
}

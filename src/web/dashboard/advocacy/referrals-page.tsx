import { useState } from 'react';
import { Link } from 'wouter';
import { formatDateTime } from '../lib/format.ts';
import { DataTable } from '../lib/table.tsx';
import { StatusFilter } from './status-filter.tsx';
import { useI18n } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { ErrorBanner, ListState, LoadMore, PageHeader } from '../lib/ui.tsx';
import { CustomerCode } from './customer-code.tsx';
import { REFERRAL_STATUSES, useDecideReferral, useReferrals } from './hooks.ts';
import { NameCredits } from './name-credits.tsx';
import { Programs } from './programs.tsx';
import { RecordReferral } from './record-referral.tsx';
import './advocacy.css';

/** Who recommended whom, the programme's terms, and a customer's own link to share. */
export function ReferralsPage() {
  const { t } = useI18n();
  const { can } = useSession();
  return (
    <>
      <PageHeader title={t('web.nav.referrals')}>
        {can('analytics:read') ? (
          <Link href="/referrals/figures" className="btn">
            {t('web.nav.wordOfMouth')}
          </Link>
        ) : null}
      </PageHeader>
      <CustomerCode />
      {can('referrals:write') ? <RecordReferral /> : null}
      <NameCredits />
      <ReferralList />
      <Programs />
    </>
  );
}

function ReferralList() {
  const { t, language } = useI18n();
  const { can } = useSession();
  const [status, setStatus] = useState('');
  const list = useReferrals(status || undefined);
  const decide = useDecideReferral();
  const manage = can('referral_programs:manage');
  return (
    <section aria-labelledby="referral-list">
      <h2 id="referral-list">{t('web.adv.referrals')}</h2>
      <StatusFilter
        statuses={REFERRAL_STATUSES}
        value={status}
        onChange={setStatus}
        name={(s) => t(`web.adv.refStatus.${s}`)}
      />
      <ErrorBanner error={decide.error} />
      <ListState
        isPending={list.isPending}
        error={list.error}
        empty={list.items.length === 0}
        emptyText={t('web.adv.noReferrals')}
      />
      {list.items.length ? (
        <DataTable
          className="table-compact"
          testId="referrals"
          rows={list.items}
          rowKey={(r) => r.id}
          rowData={() => ({ 'data-testid': 'referral-row' })}
          columns={[
            {
              label: t('web.adv.referrer'),
              cell: (r) => <Link href={`/customers/${r.referrerId}`}>{r.referrerName ?? '—'}</Link>,
            },
            {
              label: t('web.adv.referred'),
              cell: (r) => <Link href={`/customers/${r.referredId}`}>{r.referredName ?? '—'}</Link>,
            },
            { label: t('web.adv.method'), cell: (r) => t(`web.adv.method.${r.method}`) },
            {
              label: t('web.common.status'),
              cell: (r) => (
                <>
                  <span className={`badge badge-ref-${r.status}`}>{t(`web.adv.refStatus.${r.status}`)}</span>
                  {r.flags.length ? (
                    <div className="muted small">{r.flags.map((f) => t(`web.adv.flag.${f}`)).join(', ')}</div>
                  ) : null}
                </>
              ),
            },
            { label: t('web.adv.since'), cell: (r) => formatDateTime(r.createdAt, language) },
            {
              label: t('web.common.actions'),
              actions: true,
              hidden: !manage,
              cell: (r) =>
                r.status === 'flagged' || r.status === 'pending' ? (
                  <>
                    {r.status === 'flagged' ? (
                      <button
                        type="button"
                        className="btn"
                        disabled={decide.isPending}
                        onClick={() => decide.mutate({ id: r.id, decision: 'approve' })}
                      >
                        {t('web.adv.approve')}
                      </button>
                    ) : null}
                    <button
                      type="button"
                      className="btn btn-ghost"
                      disabled={decide.isPending}
                      onClick={() => decide.mutate({ id: r.id, decision: 'block' })}
                    >
                      {t('web.adv.block')}
                    </button>
                  </>
                ) : null,
            },
          ]}
        />
      ) : null}
      <LoadMore
        hasNextPage={list.hasNextPage}
        isFetchingNextPage={list.isFetchingNextPage}
        fetchNextPage={list.fetchNextPage}
      />
    </section>
  );
}

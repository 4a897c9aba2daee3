import { useState } from 'react';
import { Link } from 'wouter';
import { formatDateTime } from '../lib/format.ts';
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
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          <span>{t('web.common.status')}</span>
          <select value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">{t('web.common.all')}</option>
            {REFERRAL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`web.adv.refStatus.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </form>
      <ErrorBanner error={decide.error} />
      <ListState
        isPending={list.isPending}
        error={list.error}
        empty={list.items.length === 0}
        emptyText={t('web.adv.noReferrals')}
      />
      {list.items.length ? (
        <table className="table table-compact" data-testid="referrals">
          <thead>
            <tr>
              <th scope="col">{t('web.adv.referrer')}</th>
              <th scope="col">{t('web.adv.referred')}</th>
              <th scope="col">{t('web.adv.method')}</th>
              <th scope="col">{t('web.common.status')}</th>
              <th scope="col">{t('web.adv.since')}</th>
              {manage ? <th scope="col">{t('web.common.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {list.items.map((r) => (
              <tr key={r.id} data-testid="referral-row">
                <td data-label={t('web.adv.referrer')}>
                  <Link href={`/customers/${r.referrerId}`}>{r.referrerName ?? '—'}</Link>
                </td>
                <td data-label={t('web.adv.referred')}>
                  <Link href={`/customers/${r.referredId}`}>{r.referredName ?? '—'}</Link>
                </td>
                <td data-label={t('web.adv.method')}>{t(`web.adv.method.${r.method}`)}</td>
                <td data-label={t('web.common.status')}>
                  <span className={`badge badge-ref-${r.status}`}>{t(`web.adv.refStatus.${r.status}`)}</span>
                  {r.flags.length ? (
                    <div className="muted small">{r.flags.map((f) => t(`web.adv.flag.${f}`)).join(', ')}</div>
                  ) : null}
                </td>
                <td data-label={t('web.adv.since')}>{formatDateTime(r.createdAt, language)}</td>
                {manage ? (
                  <td data-label={t('web.common.actions')} className="row-actions">
                    {r.status === 'flagged' || r.status === 'pending' ? (
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
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <LoadMore
        hasNextPage={list.hasNextPage}
        isFetchingNextPage={list.isFetchingNextPage}
        fetchNextPage={list.fetchNextPage}
      />
    </section>
  );
}

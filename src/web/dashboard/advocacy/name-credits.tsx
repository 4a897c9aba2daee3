import { useState } from 'react';
import { Link } from 'wouter';
import { formatDateTime } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { ErrorBanner, ListState, LoadMore } from '../lib/ui.tsx';
import { CustomerPicker } from './customer-picker.tsx';
import { useDecideNameCredit, useNameCredits, type NameCredit } from './hooks.ts';

/**
 * "Who recommended you?" answered with a name only. Staff say which customer it is (the names alike
 * first) or dismiss it; the unresolved ones stay here until then.
 */
export function NameCredits() {
  const { t } = useI18n();
  const [status, setStatus] = useState<'pending' | ''>('pending');
  const list = useNameCredits(status || undefined);
  return (
    <section aria-labelledby="name-credits" data-testid="name-credits">
      <h2 id="name-credits">{t('web.ref.names.title')}</h2>
      <p className="muted small">{t('web.ref.names.hint')}</p>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          <span>{t('web.ref.names.show')}</span>
          <select value={status} onChange={(e) => setStatus(e.target.value as 'pending' | '')}>
            <option value="pending">{t('web.ref.names.pending')}</option>
            <option value="">{t('web.ref.names.all')}</option>
          </select>
        </label>
      </form>
      <ListState
        isPending={list.isPending}
        error={list.error}
        empty={list.items.length === 0}
        emptyText={t('web.ref.names.empty')}
      />
      <ul className="name-credit-list">
        {list.items.map((c) => (
          <NameCreditItem key={c.id} credit={c} />
        ))}
      </ul>
      <LoadMore
        hasNextPage={list.hasNextPage}
        isFetchingNextPage={list.isFetchingNextPage}
        fetchNextPage={list.fetchNextPage}
      />
    </section>
  );
}

function NameCreditItem({ credit: c }: { credit: NameCredit }) {
  const { t, language } = useI18n();
  const { can } = useSession();
  const decide = useDecideNameCredit();
  const credit = (referrerId: string) => decide.mutate({ id: c.id, body: { decision: 'credit', referrerId } });
  return (
    <li data-testid="name-credit">
      <p>
        <Link href={`/customers/${c.referredId}`}>{c.referredName ?? '—'}</Link>{' '}
        {t('web.ref.names.said', { name: c.name })}{' '}
        <span className="muted small">{formatDateTime(c.answeredAt, language)}</span>
      </p>
      {c.status === 'resolved' ? (
        <p className="small">{t('web.ref.names.resolved', { name: c.referrerName ?? '—' })}</p>
      ) : null}
      {c.status === 'dismissed' ? <p className="small muted">{t('web.ref.names.dismissed')}</p> : null}
      {c.referral ? (
        <p className="small" data-testid="name-credit-outcome">
          {t('web.ref.names.outcome', {
            name: c.referral.referrerName ?? '—',
            method: t(`web.adv.method.${c.referral.method}`),
            status: t(`web.adv.refStatus.${c.referral.status}`),
          })}
        </p>
      ) : null}
      {c.status === 'pending' && can('referrals:write') ? (
        <>
          {c.suggestions.length ? (
            <ul className="match-list" data-testid="name-suggestions">
              {c.suggestions.map((s) => (
                <li key={s.customerId}>
                  <span>
                    <strong>{s.name ?? '—'}</strong>{' '}
                    <span className="muted small">{t('web.ref.names.alike', { words: s.matched.join(' ') })}</span>
                  </span>
                  <button
                    type="button"
                    className="btn"
                    disabled={decide.isPending}
                    onClick={() => credit(s.customerId)}
                  >
                    {t('web.ref.names.credit')}
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted small">{t('web.ref.names.noneAlike')}</p>
          )}
          <CustomerPicker
            label={t('web.adv.findCustomer')}
            picked={null}
            onPick={(p) => p && credit(p.id)}
            pickLabel={t('web.ref.names.credit')}
          />
          <ErrorBanner error={decide.error} />
          <div className="form-actions">
            <button
              type="button"
              className="btn btn-ghost"
              onClick={() => decide.mutate({ id: c.id, body: { decision: 'dismiss' } })}
            >
              {t('web.ref.names.dismiss')}
            </button>
          </div>
        </>
      ) : null}
    </li>
  );
}

import { useState } from 'react';
import { useI18n } from '../lib/i18n.tsx';
import { LoopbackWarning } from '../lib/loopback-warning.tsx';
import { useSession } from '../lib/session.tsx';
import { ErrorBanner, fieldErrors } from '../lib/ui.tsx';
import { useCreateInsight, useCustomerLink, useRevokeCustomerLink } from './hooks.ts';

/** On the customer's card: post an idea on their behalf, and hand them their own idea-board link. */
export function CustomerIdeas({ customerId, hasEmail }: { customerId: string; hasEmail: boolean }) {
  const { t } = useI18n();
  const { can } = useSession();
  const create = useCreateInsight();
  const issue = useCustomerLink();
  const revoke = useRevokeCustomerLink();
  const [title, setTitle] = useState('');
  const [issued, setIssued] = useState<{ url: string; qr: string } | null>(null);
  const errors = fieldErrors(create.error);
  if (!can('insights:write')) return null;
  return (
    <section aria-labelledby="customer-ideas">
      <h2 id="customer-ideas">{t('web.ideas.title')}</h2>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate(
            { audience: 'customer', kind: 'idea', title, onBehalfOfCustomerId: customerId, anonymous: false },
            { onSuccess: () => setTitle('') },
          );
        }}
      >
        <label>
          <span>{t('web.ideas.postFor')}</span>
          <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} required />
        </label>
        {errors.title && <p className="field-error">{errors.title}</p>}
        <button type="submit">{t('voice.form.submit')}</button>
        {create.isSuccess && <p role="status">{t('web.ideas.posted')}</p>}
        <ErrorBanner error={create.error} />
      </form>
      {can('insights:manage') && (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            const send = new FormData(e.currentTarget).get('send') === 'on';
            issue.mutate({ customerId, send }, { onSuccess: (l) => setIssued({ url: l.url, qr: l.qr }) });
          }}
        >
          <h3>{t('web.ideas.boardLink')}</h3>
          {hasEmail && (
            <label className="checkbox">
              <input type="checkbox" name="send" />
              <span>{t('web.ideas.emailIt')}</span>
            </label>
          )}
          <div className="form-actions">
            <button type="submit">{t('web.ideas.issue')}</button>
            <button
              type="button"
              className="btn"
              onClick={() => revoke.mutate(customerId, { onSuccess: () => setIssued(null) })}
            >
              {t('web.ideas.revoke')}
            </button>
          </div>
          {revoke.data && <p role="status">{t('web.ideas.revoked', { n: revoke.data.revoked })}</p>}
          {issued && (
            <>
              <LoopbackWarning url={issued.url} />
              <p className="field-hint">{t('web.ideas.linkHint')}</p>
              <p>
                <code data-testid="customer-idea-link">{issued.url}</code>
              </p>
              <img src={issued.qr} alt={issued.url} width={200} height={200} />
            </>
          )}
          <ErrorBanner error={issue.error ?? revoke.error} />
        </form>
      )}
    </section>
  );
}

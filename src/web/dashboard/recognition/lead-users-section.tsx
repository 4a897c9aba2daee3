import { useState } from 'react';
import type { MessageKey } from '../../../shared/i18n/translate.ts';
import { useI18n } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { ErrorBanner, ListState } from '../lib/ui.tsx';
import { useInviteToCoCreate, useLeadUsers } from './hooks.ts';

/** The customers ahead of the rest, with the reasons for their score, and a co-creation invitation where they agreed to marketing. */
export function LeadUsers() {
  const { t, language } = useI18n();
  const { can } = useSession();
  const list = useLeadUsers();
  const invite = useInviteToCoCreate();
  const [invited, setInvited] = useState<Set<string>>(new Set());
  const items = list.data?.items ?? [];
  const notice = list.data?.privacyNotice;
  return (
    <section aria-labelledby="lead-users">
      <h2 id="lead-users">{t('web.ideas.leadUsers')}</h2>
      <ListState
        isPending={list.isPending}
        error={list.error}
        empty={items.length === 0}
        emptyText={t('web.ideas.noLeadUsers')}
      />
      {items.length > 0 && (
        <table className="table" data-testid="lead-users">
          <thead>
            <tr>
              <th>{t('web.common.name')}</th>
              <th className="num">{t('web.ideas.score')}</th>
              <th>{t('web.ideas.reasons')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {items.map((u) => (
              <tr key={u.customerId}>
                <td>{u.name ?? '—'}</td>
                <td className="num">{u.score}</td>
                <td>
                  {u.reasons
                    .map((r) => `${t(`web.ideas.reason.${r.reason}` as MessageKey)} ${r.count} (+${r.points})`)
                    .join(', ')}
                </td>
                <td>
                  {!can('lead_users:invite') ? null : invited.has(u.customerId) ? (
                    t('web.ideas.invited')
                  ) : u.canInviteToCoCreate ? (
                    <button
                      type="button"
                      className="btn"
                      onClick={() =>
                        invite.mutate(u.customerId, {
                          onSuccess: () => setInvited((s) => new Set(s).add(u.customerId)),
                        })
                      }
                    >
                      {t('web.ideas.invite')}
                    </button>
                  ) : (
                    <span className="muted small">{t('web.ideas.noConsent')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {notice && <p className="field-hint">{notice[language as keyof typeof notice] ?? notice.en}</p>}
      <ErrorBanner error={invite.error} />
    </section>
  );
}

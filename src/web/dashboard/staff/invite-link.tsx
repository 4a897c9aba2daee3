import { useState } from 'react';
import { useT } from '../lib/i18n.tsx';
import type { StaffCreated } from './hooks.ts';

/** The invitation link, shown once after inviting, to copy into a messenger if email is not enough. */
export function InviteLink({ member }: { member: StaffCreated }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  return (
    <div className="alert alert-success" role="status">
      <p>
        <strong>{t('web.staff.invited', { name: member.name })}</strong>
      </p>
      {member.inviteUrl ? (
        <>
          <p>{t('web.staff.inviteLinkText')}</p>
          <div className="copy-row">
            <input
              readOnly
              value={member.inviteUrl}
              aria-label={t('web.staff.inviteLink')}
              onFocus={(e) => e.currentTarget.select()}
              data-testid="invite-url"
            />
            <button
              type="button"
              className="btn"
              onClick={() =>
                navigator.clipboard?.writeText(member.inviteUrl ?? '').then(
                  () => setCopied(true),
                  () => setCopied(false),
                )
              }
            >
              {copied ? t('web.common.copied') : t('web.common.copy')}
            </button>
          </div>
        </>
      ) : null}
    </div>
  );
}

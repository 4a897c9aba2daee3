import { useState } from 'react';
import { useT } from '../lib/i18n.tsx';

/** The survey's public link (or another snippet to paste elsewhere), selectable, with a copy button. */
export function PublicLink({ url, compact = false, label }: { url: string; compact?: boolean; label?: string }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  return (
    <div className={compact ? 'copy-row copy-row-compact' : 'copy-row'}>
      <input
        readOnly
        className="mono"
        value={url}
        aria-label={label ?? t('web.surveys.publicLink')}
        onFocus={(e) => e.currentTarget.select()}
        data-testid={label ? undefined : 'public-link'}
      />
      <button
        type="button"
        className={compact ? 'btn btn-small' : 'btn'}
        onClick={() =>
          navigator.clipboard?.writeText(url).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        {copied ? t('web.common.copied') : t('web.common.copy')}
      </button>
    </div>
  );
}

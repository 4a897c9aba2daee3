import { useState } from 'react';
import { useI18n } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { ErrorBanner } from '../lib/ui.tsx';
import { CustomerPicker, type Picked } from './customer-picker.tsx';
import { useReferralCode } from './hooks.ts';

/**
 * At the counter: find the customer, show their code, link and QR to share themselves
 * (the business never writes to a friend's address the customer typed in).
 */
export function CustomerCode() {
  const { t } = useI18n();
  const { me } = useSession();
  const [picked, setPicked] = useState<Picked | null>(null);
  const code = useReferralCode(picked?.id ?? null);
  const [copied, setCopied] = useState(false);
  const qr = code.data ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(code.data.qrSvg)}` : null;
  return (
    <section aria-labelledby="customer-code">
      <h2 id="customer-code">{t('web.adv.customerCode')}</h2>
      <CustomerPicker
        label={t('web.adv.findCustomer')}
        picked={picked}
        onPick={setPicked}
        pickLabel={t('web.adv.showCode')}
        testId="code-customer"
      />
      <ErrorBanner error={code.error} />
      {code.data && qr && picked ? (
        <div className="code-box">
          <p>
            <strong data-testid="referral-code">{code.data.code}</strong>{' '}
            <a href={code.data.url} data-testid="referral-link" className="break">
              {code.data.url}
            </a>{' '}
            <button
              type="button"
              className="btn btn-ghost"
              onClick={() => void navigator.clipboard?.writeText(code.data.url).then(() => setCopied(true))}
            >
              {copied ? t('web.common.copied') : t('web.common.copy')}
            </button>
          </p>
          <div className="qr-poster" data-testid="referral-poster">
            <h2>{t('web.adv.posterTitle', { business: me.org.name })}</h2>
            <img src={qr} alt={code.data.url} width={240} height={240} />
            <p>{t('web.adv.posterHint', { name: picked.name, code: code.data.code })}</p>
          </div>
          <button type="button" className="btn no-print" onClick={printPoster}>
            {t('web.adv.printPoster')}
          </button>
        </div>
      ) : null}
    </section>
  );
}

/** Prints only the poster, as the staff-voice poster does. */
function printPoster() {
  document.body.classList.add('print-poster');
  window.addEventListener('afterprint', () => document.body.classList.remove('print-poster'), { once: true });
  window.print();
}

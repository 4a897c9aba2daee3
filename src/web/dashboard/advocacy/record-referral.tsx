import { useState } from 'react';
import { useI18n } from '../lib/i18n.tsx';
import { ErrorBanner, fieldErrors, TextField } from '../lib/ui.tsx';
import { CustomerPicker, type Picked } from './customer-picker.tsx';
import { useClaimReferral } from './hooks.ts';

/**
 * At the counter: a new customer names a code or the person who recommended them.
 * Attribution still decides (code beats link, which beats a survey answer, which beats this entry).
 */
export function RecordReferral() {
  const { t } = useI18n();
  const [referred, setReferred] = useState<Picked | null>(null);
  const [referrer, setReferrer] = useState<Picked | null>(null);
  const [method, setMethod] = useState<'code' | 'staff'>('code');
  const [code, setCode] = useState('');
  const claim = useClaimReferral();
  const errors = fieldErrors(claim.error);
  return (
    <section aria-labelledby="record-referral">
      <h2 id="record-referral">{t('web.adv.recordReferral')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!referred) return;
          claim.mutate(
            method === 'code'
              ? { referredId: referred.id, method, code }
              : { referredId: referred.id, method, referrerId: referrer?.id },
            {
              onSuccess: () => {
                setReferred(null);
                setReferrer(null);
                setCode('');
              },
            },
          );
        }}
      >
        <CustomerPicker
          label={t('web.adv.referred')}
          picked={referred}
          onPick={setReferred}
          pickLabel={t('web.adv.choose')}
          testId="referred-picker"
        />
        <fieldset className="segmented-field">
          <legend>{t('web.adv.method')}</legend>
          <label className="checkbox">
            <input type="radio" checked={method === 'code'} onChange={() => setMethod('code')} />
            <span>{t('web.adv.byCode')}</span>
          </label>
          <label className="checkbox">
            <input type="radio" checked={method === 'staff'} onChange={() => setMethod('staff')} />
            <span>{t('web.adv.byName')}</span>
          </label>
        </fieldset>
        {method === 'code' ? (
          <TextField
            label={t('web.adv.code')}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            autoCapitalize="characters"
            error={errors.code}
          />
        ) : (
          <CustomerPicker
            label={t('web.adv.referrer')}
            picked={referrer}
            onPick={setReferrer}
            pickLabel={t('web.adv.choose')}
          />
        )}
        {errors.referredId ? <p className="field-error">{errors.referredId}</p> : null}
        {errors.referrerId ? <p className="field-error">{errors.referrerId}</p> : null}
        <ErrorBanner error={claim.error} />
        {claim.data ? (
          <p className="alert alert-success" role="status">
            {t('web.adv.recorded', {
              referrer: claim.data.referrerName ?? '—',
              status: t(`web.adv.refStatus.${claim.data.status}`),
            })}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={!referred || claim.isPending}>
            {t('web.adv.record')}
          </button>
        </div>
      </form>
    </section>
  );
}

import type { MessageKey } from '../../../shared/i18n/translate.ts';
import { formatDateTime } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { ErrorBanner, fieldErrors, TextArea, TextField } from '../lib/ui.tsx';
import { useLoyalty, useUpdateLoyalty } from './hooks.ts';

/** The customer card's loyalty: tier and progress, what to remember, and the gestures owed or given. */
export function LoyaltyPanel({ customerId }: { customerId: string }) {
  const { t, language } = useI18n();
  const { me, can } = useSession();
  const loyalty = useLoyalty(customerId);
  const save = useUpdateLoyalty();
  const l = loyalty.data;
  if (!l) return <ErrorBanner error={loyalty.error} />;
  const date = (iso: string) => formatDateTime(iso, language, me.org.timeZone);
  const errors = fieldErrors(save.error);
  return (
    <section data-testid="loyalty-panel">
      <h2>{t('recognition.card.title')}</h2>
      <p>
        <strong>{l.tier ? l.tier.name : t('recognition.card.noTier')}</strong>
        {l.since ? ` · ${t('recognition.card.since', { date: date(l.since) })}` : ''}
      </p>
      {l.belowSince ? <p className="muted">{t('recognition.card.grace', { date: date(l.belowSince) })}</p> : null}
      {l.progress ? (
        <p className="muted">
          {t('recognition.card.next', { name: l.progress.name })}:{' '}
          {l.progress.criteria.map((c) => `${c.have}/${c.need}`).join(', ')}
        </p>
      ) : null}
      {l.gestures.length > 0 && (
        <ul data-testid="loyalty-gestures">
          {l.gestures.map((g) => (
            <li key={g.id}>
              {g.gestureName} · {t(`recognition.status.${g.status}` as MessageKey)}
              {g.deliveredAt ? ` · ${date(g.deliveredAt)}` : ''}
            </li>
          ))}
        </ul>
      )}
      {l.betterElsewhere.length > 0 && (
        <>
          <h3>{t('web.ideas.betterElsewhere')}</h3>
          <ul data-testid="better-elsewhere">
            {l.betterElsewhere.map((b) => (
              <li key={`${b.responseId}`}>
                {b.answer} <span className="muted small">· {date(b.submittedAt)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {can('customers:write') ? (
        <form
          className="form"
          key={`${l.profile.remember}|${l.profile.preferences}|${l.profile.birthday}`}
          onSubmit={(e) => {
            e.preventDefault();
            const fd = new FormData(e.currentTarget);
            const text = (k: string) => String(fd.get(k) ?? '').trim() || null;
            save.mutate({
              id: customerId,
              body: { remember: text('remember'), preferences: text('preferences'), birthday: text('birthday') },
            });
          }}
        >
          <TextArea label={t('recognition.card.remember')} name="remember" defaultValue={l.profile.remember ?? ''} />
          <TextArea
            label={t('recognition.card.preferences')}
            name="preferences"
            defaultValue={l.profile.preferences ?? ''}
          />
          <TextField
            label={t('recognition.card.birthday')}
            name="birthday"
            type="date"
            defaultValue={l.profile.birthday ?? ''}
            error={errors.birthday}
          />
          <button type="submit">{t('recognition.card.save')}</button>
          <ErrorBanner error={save.error} />
        </form>
      ) : (
        <p>{l.profile.remember}</p>
      )}
    </section>
  );
}

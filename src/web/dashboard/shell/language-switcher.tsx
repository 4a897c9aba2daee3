import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId } from 'react';
import { LANGUAGES, type Language } from '../../../shared/domain.ts';
import { put } from '../lib/api.ts';
import { LANGUAGE_NAMES, useI18n } from '../lib/i18n.tsx';
import type { Me } from '../lib/session.tsx';

const isLanguage = (v: unknown): v is Language => typeof v === 'string' && (LANGUAGES as readonly string[]).includes(v);

/**
 * Signed in, the choice is saved on the person's profile (the server then writes their messages and
 * emails in it, and their other devices open in it); before sign-in it is only remembered here.
 */
export function LanguageSwitcher({ me }: { me?: Me }) {
  const { language, setLanguage, t } = useI18n();
  const qc = useQueryClient();
  const id = useId();
  const profileLanguage = me?.staff?.language;
  const staffId = me?.staff?.id;
  // The saved language wins once per sign-in (not on every render), so a person meets it on any device.
  useEffect(() => {
    if (isLanguage(profileLanguage)) setLanguage(profileLanguage);
  }, [staffId]);
  const choose = (l: Language) => {
    setLanguage(l);
    if (!me?.staff) return;
    void put<Me['staff']>('/auth/me/language', { language: l })
      .then((staff) => qc.setQueryData<Me | null>(['me'], (m) => (m ? { ...m, staff } : m)))
      .catch(() => undefined);
  };
  return (
    <div className="lang-switcher">
      <label htmlFor={id} className="visually-hidden">
        {t('web.shell.language')}
      </label>
      <select
        id={id}
        value={language}
        onChange={(e) => choose(e.target.value as Language)}
        data-testid="language-switcher"
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}

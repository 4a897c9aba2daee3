import { useId } from 'react';
import { useT } from '../lib/i18n.tsx';
import type { Texts } from './draft.ts';

type Props = {
  label: string;
  texts: Texts | undefined;
  language: string;
  onChange: (texts: Texts) => void;
  /** Whether a blank text in this language is a missing translation (optional texts are not). */
  needed?: boolean;
  error?: string;
  multiline?: boolean;
  maxLength?: number;
};

/** One translation of a survey text: the active language's value, flagged when it is still missing. */
export function LocalizedField({
  label,
  texts,
  language,
  onChange,
  needed = true,
  error,
  multiline,
  maxLength = 2000,
}: Props) {
  const t = useT();
  const id = useId();
  const value = texts?.[language] ?? '';
  const missing = needed && value.trim() === '';
  const describedBy =
    [missing ? `${id}-missing` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    maxLength,
    lang: language,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    onChange: (e: { target: { value: string } }) => onChange({ ...texts, [language]: e.target.value }),
  };
  return (
    <div className={error ? 'field field-invalid' : missing ? 'field field-missing' : 'field'}>
      <label htmlFor={id}>
        {label} <span className="lang-code">{language}</span>
      </label>
      {multiline ? <textarea rows={2} {...common} /> : <input {...common} />}
      {missing ? (
        <small id={`${id}-missing`} className="field-hint missing-note">
          {t('web.surveys.missingTranslation')}
        </small>
      ) : null}
      {error ? (
        <small id={`${id}-error`} className="field-error" role="alert">
          {error}
        </small>
      ) : null}
    </div>
  );
}

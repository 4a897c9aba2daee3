import { useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../lib/i18n.tsx';
import { LANGUAGE_CODE } from './draft.ts';

const NAMES: Record<string, string> = { en: 'English', ru: 'Русский', bg: 'Български' };

type Props = {
  languages: string[];
  active: string;
  missing: (language: string) => number;
  panelId: string;
  onSelect: (language: string) => void;
  onAdd: (language: string) => void;
  onRemove: (language: string) => void;
  disabled?: boolean;
  error?: string;
};

/** A tab per survey language (with how many texts it still lacks), and adding or removing a language. */
export function LanguageTabs({
  languages,
  active,
  missing,
  panelId,
  onSelect,
  onAdd,
  onRemove,
  disabled,
  error,
}: Props) {
  const t = useT();
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState('');
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKey = (e: KeyboardEvent, i: number) => {
    const to = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : -2;
    if (to === -2) return;
    const next = (to + languages.length) % languages.length;
    onSelect(languages[next]!);
    tabs.current[next]?.focus();
    e.preventDefault();
  };
  const add = () => {
    const c = code.trim();
    if (!LANGUAGE_CODE.test(c)) return setCodeError(t('web.surveys.languageCodeInvalid'));
    if (languages.includes(c)) return setCodeError(t('web.surveys.languageExists'));
    setCodeError('');
    setCode('');
    onAdd(c);
  };
  return (
    <div className="lang-tabs">
      <div role="tablist" aria-label={t('web.surveys.languages')} className="tabs">
        {languages.map((l, i) => {
          const n = missing(l);
          return (
            <button
              key={l}
              ref={(el) => {
                tabs.current[i] = el;
              }}
              type="button"
              role="tab"
              id={`tab-${l}`}
              aria-selected={l === active}
              aria-controls={panelId}
              tabIndex={l === active ? 0 : -1}
              className={n ? 'tab tab-missing' : 'tab'}
              onClick={() => onSelect(l)}
              onKeyDown={(e) => onKey(e, i)}
            >
              <span className="tab-code">{l}</span>
              {NAMES[l] ? <span className="tab-name">{NAMES[l]}</span> : null}
              {n ? (
                <span className="tab-count" title={t('web.surveys.missingN', { n })}>
                  <span aria-hidden="true">{n}</span>
                  <span className="visually-hidden">{t('web.surveys.missingN', { n })}</span>
                </span>
              ) : null}
            </button>
          );
        })}
      </div>
      {!disabled ? (
        <div className="lang-add">
          <label>
            <span className="visually-hidden">{t('web.surveys.languageCode')}</span>
            <input
              value={code}
              placeholder={t('web.surveys.languageCodePlaceholder')}
              aria-label={t('web.surveys.languageCode')}
              aria-invalid={codeError ? true : undefined}
              size={8}
              onChange={(e) => setCode(e.target.value.toLowerCase())}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  add();
                }
              }}
            />
          </label>
          <button type="button" className="btn btn-small" onClick={add}>
            {t('web.surveys.addLanguage')}
          </button>
          {languages.length > 1 ? (
            <button type="button" className="btn btn-small btn-ghost btn-danger" onClick={() => onRemove(active)}>
              {t('web.surveys.removeLanguage', { code: active })}
            </button>
          ) : null}
        </div>
      ) : null}
      {codeError || error ? (
        <p className="field-error" role="alert">
          {codeError || error}
        </p>
      ) : null}
    </div>
  );
}

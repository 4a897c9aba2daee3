import { useId } from 'react';
import type { ShowIf } from '../../../shared/survey-definition.ts';
import type { MessageKey } from '../../../shared/i18n/translate.ts';
import { useT } from '../lib/i18n.tsx';
import { Checkbox } from '../lib/ui.tsx';
import { canBeCondition, choices, defaultCondition, scale, type DraftQuestion, type Texts } from './draft.ts';

const label = (texts: Texts | null | undefined, language: string) =>
  texts?.[language]?.trim() || Object.values(texts ?? {}).find((v) => v.trim()) || '';

/** "Show only if <an earlier question> is within [min, max] / is one of [values]". */
export function ConditionEditor({
  question,
  earlier,
  language,
  error,
  onChange,
}: {
  question: DraftQuestion;
  earlier: DraftQuestion[];
  language: string;
  error?: string;
  onChange: (c: ShowIf | undefined) => void;
}) {
  const t = useT();
  const id = useId();
  const sources = earlier.filter(canBeCondition);
  const c = question.showIf;
  const source = c ? sources.find((s) => s.id === c.question) : undefined;
  const range = source ? scale(source) : null;
  const values = source ? choices(source) : null;
  const number = (v: string) => (v === '' ? undefined : Number(v));

  return (
    <div className={error ? 'condition field-invalid' : 'condition'}>
      <Checkbox
        label={t('web.surveys.showIf')}
        checked={!!c}
        disabled={sources.length === 0}
        onChange={(e) =>
          onChange(e.currentTarget.checked && sources[0] ? defaultCondition(sources[sources.length - 1]!) : undefined)
        }
      />
      {sources.length === 0 ? <small className="field-hint">{t('web.surveys.showIfNone')}</small> : null}
      {c ? (
        <div className="form-row condition-row">
          <div className="field">
            <label htmlFor={`${id}-q`}>{t('web.surveys.showIfQuestion')}</label>
            <select
              id={`${id}-q`}
              value={c.question}
              onChange={(e) => {
                const next = sources.find((s) => s.id === e.target.value);
                if (next) onChange(defaultCondition(next));
              }}
            >
              {!source ? <option value={c.question}>{c.question}</option> : null}
              {sources.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.id}: {label(s.text, language).slice(0, 60)}
                </option>
              ))}
            </select>
          </div>
          {range ? (
            <>
              <div className="field">
                <label htmlFor={`${id}-min`}>{t('web.surveys.showIfMin')}</label>
                <input
                  id={`${id}-min`}
                  type="number"
                  min={range[0]}
                  max={range[1]}
                  value={c.min ?? ''}
                  onChange={(e) => onChange({ question: c.question, min: number(e.target.value), max: c.max })}
                />
              </div>
              <div className="field">
                <label htmlFor={`${id}-max`}>{t('web.surveys.showIfMax')}</label>
                <input
                  id={`${id}-max`}
                  type="number"
                  min={range[0]}
                  max={range[1]}
                  value={c.max ?? ''}
                  onChange={(e) => onChange({ question: c.question, min: c.min, max: number(e.target.value) })}
                />
              </div>
            </>
          ) : null}
          {values ? (
            <fieldset className="fieldset">
              <legend>{t('web.surveys.showIfIn')}</legend>
              <div className="checks">
                {values.map((v) => (
                  <Checkbox
                    key={v.id}
                    label={v.text ? label(v.text, language) || v.id : t(`survey.emotion.${v.id}` as MessageKey)}
                    checked={(c.in ?? []).includes(v.id)}
                    onChange={(e) => {
                      const set = new Set((c.in ?? []).map(String));
                      if (e.currentTarget.checked) set.add(v.id);
                      else set.delete(v.id);
                      onChange({ question: c.question, in: [...set] });
                    }}
                  />
                ))}
              </div>
            </fieldset>
          ) : null}
        </div>
      ) : null}
      {error ? (
        <small className="field-error" role="alert">
          {error}
        </small>
      ) : null}
    </div>
  );
}

import type { QuestionType } from '../../../shared/survey-definition.ts';
import { useT } from '../lib/i18n.tsx';
import { Checkbox } from '../lib/ui.tsx';
import { ConditionEditor } from './condition-editor.tsx';
import { errorAt, newOption, QUESTION_TYPES, withType, type DraftQuestion } from './draft.ts';
import { LocalizedField } from './localized-field.tsx';

type Props = {
  question: DraftQuestion;
  index: number;
  /** The questions before this one: what a condition may look at. */
  earlier: DraftQuestion[];
  count: number;
  language: string;
  errors: Record<string, string>;
  onChange: (q: DraftQuestion) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
};

export function QuestionEditor({
  question: q,
  index,
  earlier,
  count,
  language,
  errors,
  onChange,
  onMove,
  onRemove,
}: Props) {
  const t = useT();
  const at = `questions.${index}`;
  const n = index + 1;
  const options = q.options ?? [];
  const setOption = (i: number, text: Record<string, string>) =>
    onChange({ ...q, options: options.map((o, j) => (j === i ? { ...o, text } : o)) });
  const idError = errorAt(errors, `${at}.id`);
  const typeError = errorAt(errors, `${at}.type`);
  return (
    <li className="question" data-testid="question" aria-labelledby={`${at}-title`}>
      <div className="question-head">
        <h3 id={`${at}-title`}>
          {t('web.surveys.questionN', { n })} <code className="muted small">{q.id}</code>
        </h3>
        <div className="question-tools">
          <button
            type="button"
            className="btn btn-small btn-ghost"
            onClick={() => onMove(index - 1)}
            disabled={index === 0}
            aria-label={t('web.surveys.moveUp', { n })}
          >
            ↑
          </button>
          <button
            type="button"
            className="btn btn-small btn-ghost"
            onClick={() => onMove(index + 1)}
            disabled={index === count - 1}
            aria-label={t('web.surveys.moveDown', { n })}
          >
            ↓
          </button>
          <button
            type="button"
            className="btn btn-small btn-danger"
            onClick={onRemove}
            disabled={count === 1}
            aria-label={t('web.surveys.removeQuestion', { n })}
          >
            {t('web.common.delete')}
          </button>
        </div>
      </div>
      {idError ? <p className="field-error">{idError}</p> : null}
      <div className="form-row">
        <div className={typeError ? 'field field-invalid' : 'field'}>
          <label htmlFor={`${at}-type`}>{t('web.surveys.type')}</label>
          <select
            id={`${at}-type`}
            value={q.type}
            onChange={(e) => onChange(withType(q, e.target.value as QuestionType))}
          >
            {QUESTION_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`web.surveys.type.${type}`)}
              </option>
            ))}
          </select>
          {typeError ? <small className="field-error">{typeError}</small> : null}
        </div>
        {q.type === 'rating' ? (
          <div className="field">
            <label htmlFor={`${at}-scale`}>{t('web.surveys.scale')}</label>
            <input
              id={`${at}-scale`}
              type="number"
              min={2}
              max={10}
              value={q.scale ?? 5}
              onChange={(e) => onChange({ ...q, scale: Number(e.target.value) || 5 })}
            />
            {errorAt(errors, `${at}.scale`) ? (
              <small className="field-error">{errorAt(errors, `${at}.scale`)}</small>
            ) : null}
          </div>
        ) : null}
        {q.type === 'text' ? (
          <div className="field">
            <label htmlFor={`${at}-max`}>{t('web.surveys.maxLength')}</label>
            <input
              id={`${at}-max`}
              type="number"
              min={1}
              max={10000}
              placeholder="5000"
              value={q.maxLength ?? ''}
              onChange={(e) =>
                onChange({ ...q, maxLength: e.target.value === '' ? undefined : Number(e.target.value) })
              }
            />
            {errorAt(errors, `${at}.maxLength`) ? (
              <small className="field-error">{errorAt(errors, `${at}.maxLength`)}</small>
            ) : null}
          </div>
        ) : null}
        <div className="field field-check">
          <Checkbox
            label={t('web.surveys.required')}
            checked={q.required}
            onChange={(e) => onChange({ ...q, required: e.currentTarget.checked })}
          />
        </div>
      </div>
      <LocalizedField
        label={t('web.surveys.questionText')}
        texts={q.text}
        language={language}
        onChange={(text) => onChange({ ...q, text })}
        error={errorAt(errors, `${at}.text`)}
      />
      <LocalizedField
        label={t('web.surveys.hint')}
        texts={q.hint}
        language={language}
        needed={Object.values(q.hint ?? {}).some((v) => v.trim() !== '')}
        onChange={(hint) => onChange({ ...q, hint })}
        error={errorAt(errors, `${at}.hint`)}
      />
      {q.type === 'single' || q.type === 'multi' ? (
        <fieldset className="fieldset options">
          <legend>{t('web.surveys.options')}</legend>
          {errorAt(errors, `${at}.options`) ? <p className="field-error">{errorAt(errors, `${at}.options`)}</p> : null}
          <ol>
            {options.map((o, i) => (
              <li key={o.id} className="option-row">
                <LocalizedField
                  label={t('web.surveys.optionN', { n: i + 1 })}
                  texts={o.text}
                  language={language}
                  onChange={(text) => setOption(i, text)}
                  maxLength={2000}
                />
                <button
                  type="button"
                  className="btn btn-small btn-ghost"
                  disabled={options.length <= 2}
                  aria-label={t('web.surveys.removeOption', { n: i + 1 })}
                  onClick={() => onChange({ ...q, options: options.filter((_, j) => j !== i) })}
                >
                  ×
                </button>
              </li>
            ))}
          </ol>
          <button
            type="button"
            className="btn btn-small"
            onClick={() => onChange({ ...q, options: [...options, newOption(q)] })}
          >
            {t('web.surveys.addOption')}
          </button>
        </fieldset>
      ) : null}
      <ConditionEditor
        question={q}
        earlier={earlier}
        language={language}
        error={errorAt(errors, `${at}.showIf`)}
        onChange={(showIf) => onChange({ ...q, showIf })}
      />
    </li>
  );
}

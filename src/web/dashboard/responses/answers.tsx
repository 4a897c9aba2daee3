import type { MessageKey } from '../../../shared/i18n/translate.ts';
import { parseReferralAnswer } from '../../../shared/referral-answer.ts';
import type { AnswerValue, Localized, Question } from '../../../shared/survey-definition.ts';
import { useI18n } from '../lib/i18n.tsx';
import { useAllStaff } from '../staff/hooks.ts';
import { scale } from '../surveys/draft.ts';
import type { Survey } from '../surveys/hooks.ts';

/** A survey text in the dashboard's language when the survey has it, else in the survey's first language. */
export function pick(
  texts: Localized | null | undefined,
  uiLanguage: string,
  survey: Pick<Survey, 'languages'>,
): string {
  if (!texts) return '';
  return texts[uiLanguage] ?? texts[survey.languages[0] ?? ''] ?? Object.values(texts)[0] ?? '';
}

/** Every answer under its question's text; answers to questions the survey no longer has come last, by id. */
export function Answers({ answers, survey }: { answers: Record<string, AnswerValue>; survey: Survey | undefined }) {
  const { t, language } = useI18n();
  const staff = useAllStaff(
    Object.keys(answers).length > 0 && (survey?.questions.some((q) => q.type === 'staff') ?? false),
  );
  const questions = survey?.questions ?? [];
  const known = new Set(questions.map((q) => q.id));
  const extra = Object.keys(answers).filter((id) => !known.has(id));
  const render = (q: Question | undefined, v: AnswerValue) => {
    if (!q || !survey) return Array.isArray(v) ? v.join(', ') : String(v);
    const range = scale(q);
    if (range && typeof v === 'number')
      return <span className="answer-score">{t('web.responses.outOf', { value: v, max: range[1] })}</span>;
    if (q.type === 'emotion' && typeof v === 'string') return t(`survey.emotion.${v}` as MessageKey) ?? v;
    if (q.type === 'staff' && typeof v === 'string') return staff.items.find((s) => s.id === v)?.name ?? v;
    if (q.type === 'referral_source' && typeof v === 'string') {
      const { channel, who } = parseReferralAnswer(v);
      const label = t(`survey.referral.${channel}` as MessageKey);
      return who ? `${label}: ${who}` : label;
    }
    if ((q.type === 'single' || q.type === 'multi') && q.options) {
      const label = (id: string) => pick(q.options!.find((o) => o.id === id)?.text, language, survey) || id;
      return Array.isArray(v) ? v.map(label).join(', ') : label(String(v));
    }
    return <span className="answer-text">{String(v)}</span>;
  };
  const answered = questions.filter((q) => answers[q.id] !== undefined);
  if (!answered.length && !extra.length) return <p className="muted">{t('web.responses.noAnswers')}</p>;
  return (
    <dl className="answers">
      {answered.map((q) => (
        <div key={q.id} className="answer">
          <dt>{pick(q.text, language, survey!)}</dt>
          <dd>{render(q, answers[q.id]!)}</dd>
        </div>
      ))}
      {extra.map((id) => (
        <div key={id} className="answer">
          <dt>
            <code>{id}</code>
          </dt>
          <dd>{render(undefined, answers[id]!)}</dd>
        </div>
      ))}
    </dl>
  );
}

import { Link } from 'wouter';
import type { MessageKey } from '../../../shared/i18n/translate.ts';
import { isFreeText } from '../../../shared/survey-definition.ts';
import { formatDateTime } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { ErrorBanner, PageHeader } from '../lib/ui.tsx';
import { useAllStaff } from '../staff/hooks.ts';
import { useSurvey } from './hooks.ts';
import { useSurveyResults, type SurveyResults } from './results-hooks.ts';
import './surveys.css';

type QuestionResult = SurveyResults['questions'][number];

const pct = (n: number, of: number) => (of ? Math.round((n / of) * 100) : 0);

/** One survey's results: how many answered and finished, and every question's answers. */
export function SurveyResultsPage({ id }: { id: string }) {
  const { t, language } = useI18n();
  const survey = useSurvey(id);
  const results = useSurveyResults(id);
  const r = results.data;
  return (
    <>
      <p className="breadcrumb">
        <Link href="/surveys">← {t('web.nav.surveys')}</Link>
      </p>
      <PageHeader title={t('web.results.title', { name: survey.data?.name ?? '…' })}>
        <Link href={`/surveys/${id}`} className="btn">
          {t('web.results.edit')}
        </Link>
        <Link href={`/responses?surveyId=${id}`} className="btn">
          {t('web.nav.responses')}
        </Link>
      </PageHeader>
      <ErrorBanner error={survey.error ?? results.error} />
      {r ? (
        <>
          <div className="results-head" data-testid="results-head">
            <p>
              <strong data-testid="results-responses">{r.responses}</strong> {t('web.results.responses')}
            </p>
            <p>
              <strong data-testid="results-completion">
                {r.completionRate === null ? '—' : `${Math.round(r.completionRate * 100)}%`}
              </strong>{' '}
              {t('web.results.completion', { complete: r.complete, partial: r.partial })}
            </p>
          </div>
          <ol className="results-questions">
            {r.questions.map((q) => (
              <li key={q.id} className="panel" data-testid="question-result" data-question={q.id}>
                <h2>{q.text[language] ?? Object.values(q.text)[0]}</h2>
                <p className="muted small">
                  {t('web.results.answered', { n: q.answered, total: r.responses })}
                  {q.mean !== null ? ` · ${t('web.results.mean', { mean: q.mean.toLocaleString(language) })}` : ''}
                </p>
                {isFreeText(q.type) ? <Texts q={q} /> : <Bars q={q} />}
              </li>
            ))}
          </ol>
        </>
      ) : results.isPending ? (
        <p role="status">{t('web.common.loading')}</p>
      ) : null}
    </>
  );

  function Texts({ q }: { q: QuestionResult }) {
    const { me } = useSession();
    if (q.latest.length === 0) return <p className="muted">{t('web.results.noTexts')}</p>;
    return (
      <ul className="results-texts">
        {q.latest.map((l) => (
          <li key={l.responseId}>
            <Link href={`/responses/${l.responseId}`}>“{l.text}”</Link>{' '}
            <span className="muted small">{formatDateTime(l.submittedAt, language, me.org.timeZone)}</span>
          </li>
        ))}
      </ul>
    );
  }

  function Bars({ q }: { q: QuestionResult }) {
    const staff = useAllStaff(q.type === 'staff');
    const survey_ = survey.data?.questions.find((x) => x.id === q.id);
    const label = (value: string) => {
      if (q.type === 'emotion') return t(`survey.emotion.${value}` as MessageKey);
      if (q.type === 'staff') return staff.items.find((s) => s.id === value)?.name ?? value;
      if (q.type === 'referral_source') return t(`survey.referral.${value}` as MessageKey);
      const option = survey_?.options?.find((o) => o.id === value);
      return option ? (option.text[language] ?? Object.values(option.text)[0] ?? value) : value;
    };
    const max = Math.max(1, ...q.distribution.map((d) => d.n));
    return (
      <table className="results-bars">
        <tbody>
          {q.distribution.map((d) => (
            <tr key={d.value}>
              <th scope="row">{label(d.value)}</th>
              <td className="bar-cell">
                <span className="bar" style={{ width: `${(d.n / max) * 100}%` }} />
              </td>
              <td className="num" data-testid={`count-${d.value}`}>
                {d.n}
              </td>
              <td className="num muted">{pct(d.n, q.answered)}%</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
}

import { useState } from 'react';
import { Link } from 'wouter';
import { formatDateTime } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { ListState, LoadMore, PageHeader, Panel } from '../lib/ui.tsx';
import { useDebounced } from '../lib/use-debounced.ts';
import { SURVEY_STATUSES, useSurveys, type SurveyStatus } from './hooks.ts';
import { NewSurvey } from './new-survey.tsx';
import { PublicLink } from './public-link.tsx';
import { useSurveyResults } from './results-hooks.ts';
import './surveys.css';

export function SurveysPage() {
  const { t, language } = useI18n();
  const { me, can } = useSession();
  const [status, setStatus] = useState<SurveyStatus | ''>('');
  const [q, setQ] = useState('');
  const [adding, setAdding] = useState(false);
  const list = useSurveys({ status: status || undefined, q: useDebounced(q) || undefined });

  return (
    <>
      <PageHeader title={t('web.nav.surveys')}>
        {can('responses:read') ? (
          <Link href="/responses" className="btn">
            {t('web.nav.responses')}
          </Link>
        ) : null}
        {can('surveys:write') ? (
          <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
            {t('web.surveys.new')}
          </button>
        ) : null}
      </PageHeader>
      <p className="lead">{t('web.surveys.intro')}</p>
      {adding ? (
        <Panel title={t('web.surveys.new')} onClose={() => setAdding(false)}>
          <NewSurvey />
        </Panel>
      ) : null}
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label className="grow">
          <span>{t('web.common.search')}</span>
          <input type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        </label>
        <label>
          <span>{t('web.common.status')}</span>
          <select value={status} onChange={(e) => setStatus(e.target.value as SurveyStatus | '')}>
            <option value="">{t('web.common.all')}</option>
            {SURVEY_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`web.surveys.status.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </form>
      <ListState
        isPending={list.isPending}
        error={list.error}
        empty={list.items.length === 0}
        emptyText={t('web.surveys.empty')}
      />
      {list.items.length ? (
        <table className="table" data-testid="surveys-table">
          <thead>
            <tr>
              <th scope="col">{t('web.common.name')}</th>
              <th scope="col">{t('web.common.status')}</th>
              {can('responses:read') ? <th scope="col">{t('web.results.column')}</th> : null}
              <th scope="col">{t('web.surveys.languages')}</th>
              <th scope="col">{t('web.surveys.publicLink')}</th>
              <th scope="col">{t('web.surveys.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((s) => (
              <tr key={s.id}>
                <td data-label={t('web.common.name')}>
                  <Link href={`/surveys/${s.id}`}>{s.name}</Link>
                  <div className="muted small">{t('web.surveys.questionCount', { n: s.questions.length })}</div>
                </td>
                <td data-label={t('web.common.status')}>
                  <span className={`badge badge-status-${s.status}`}>{t(`web.surveys.status.${s.status}`)}</span>
                </td>
                {can('responses:read') ? (
                  <td data-label={t('web.results.column')}>
                    <ResultsCell id={s.id} />
                  </td>
                ) : null}
                <td data-label={t('web.surveys.languages')}>{s.languages.join(', ')}</td>
                <td data-label={t('web.surveys.publicLink')} className="cell-link">
                  <PublicLink url={s.publicUrl} compact />
                </td>
                <td data-label={t('web.surveys.updated')}>{formatDateTime(s.updatedAt, language, me.org.timeZone)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <LoadMore
        hasNextPage={list.hasNextPage}
        isFetchingNextPage={list.isFetchingNextPage}
        fetchNextPage={list.fetchNextPage}
      />
    </>
  );
}

/** The survey's response count and completion rate, linking to its results. */
function ResultsCell({ id }: { id: string }) {
  const { t } = useI18n();
  const r = useSurveyResults(id).data;
  if (!r) return <span className="muted">…</span>;
  const rate = r.completionRate === null ? '—' : `${Math.round(r.completionRate * 100)}%`;
  return (
    <Link href={`/surveys/${id}/results`} data-testid="survey-results-link">
      {t('web.results.cell', { n: r.responses, rate })}
    </Link>
  );
}

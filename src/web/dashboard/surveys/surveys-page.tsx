import { useState } from 'react';
import { Link } from 'wouter';
import { formatDateTime } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { DataTable } from '../lib/table.tsx';
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
        <DataTable
          testId="surveys-table"
          rows={list.items}
          rowKey={(s) => s.id}
          columns={[
            {
              label: t('web.common.name'),
              cell: (s) => (
                <>
                  <Link href={`/surveys/${s.id}`}>{s.name}</Link>
                  <div className="muted small">{t('web.surveys.questionCount', { n: s.questions.length })}</div>
                </>
              ),
            },
            {
              label: t('web.common.status'),
              cell: (s) => (
                <span className={`badge badge-status-${s.status}`}>{t(`web.surveys.status.${s.status}`)}</span>
              ),
            },
            { label: t('web.results.column'), hidden: !can('responses:read'), cell: (s) => <ResultsCell id={s.id} /> },
            { label: t('web.surveys.languages'), cell: (s) => s.languages.join(', ') },
            {
              label: t('web.surveys.publicLink'),
              cellClassName: 'cell-link',
              cell: (s) => <PublicLink url={s.publicUrl} compact />,
            },
            { label: t('web.surveys.updated'), cell: (s) => formatDateTime(s.updatedAt, language, me.org.timeZone) },
          ]}
        />
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

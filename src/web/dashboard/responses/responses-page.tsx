import { Link, useSearchParams } from 'wouter';
import { withQuery, type Query } from '../lib/api.ts';
import { useApiPaths } from '../lib/features.ts';
import { formatDateTime, startOfLocalDay } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { DataTable } from '../lib/table.tsx';
import { ListState, LoadMore, PageHeader } from '../lib/ui.tsx';
import { ResponseFilters } from './filters.tsx';
import { FILTER_KEYS, useResponses, type ResponseFilter } from './hooks.ts';
import { ScoreChips } from './score-chips.tsx';
import { LabelChips } from '../text/labels.tsx';
import './responses.css';

const EXCERPT = 140;
const excerpt = (s: string) => (s.length > EXCERPT ? `${s.slice(0, EXCERPT).trimEnd()}…` : s);

/** The API's query for the filters: calendar days become instants ("to" includes its whole day). */
function toQuery(f: ResponseFilter): Query {
  return { ...f, from: startOfLocalDay(f.from ?? ''), to: startOfLocalDay(f.to ?? '', 1) };
}

export function ResponsesPage() {
  const { t, language } = useI18n();
  const { me, can } = useSession();
  const has = useApiPaths();
  const [params, setParams] = useSearchParams();
  const filter: ResponseFilter = Object.fromEntries(
    FILTER_KEYS.flatMap((k) => (params.get(k) ? [[k, params.get(k)!]] : [])),
  );
  const query = toQuery(filter);
  const list = useResponses(query);
  const linkCustomers = can('customers:read');
  const setFilter = (key: string, v: string) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (v) next.set(key, v);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  return (
    <>
      <PageHeader title={t('web.nav.responses')}>
        {has('/api/v1/text/topics') && can('metrics:read') ? (
          <Link className="btn" href="/text/topics">
            {t('web.text.topicsLink')}
          </Link>
        ) : null}
        {has('/api/v1/responses/export') ? (
          <>
            {/* Excel where Russian or Bulgarian is set up expects ";" between CSV columns. */}
            <a
              className="btn"
              href={withQuery('/api/v1/responses/export', {
                ...query,
                format: 'csv',
                delimiter: language === 'en' ? undefined : 'semicolon',
              })}
              download
            >
              {t('web.responses.exportCsv')}
            </a>
            <a className="btn" href={withQuery('/api/v1/responses/export', { ...query, format: 'xlsx' })} download>
              {t('web.responses.exportXlsx')}
            </a>
          </>
        ) : null}
      </PageHeader>
      <ResponseFilters
        value={filter}
        onChange={setFilter}
        onClear={() => setParams(new URLSearchParams(), { replace: true })}
      />
      <ListState
        isPending={list.isPending}
        error={list.error}
        empty={list.items.length === 0}
        emptyText={t('web.responses.empty')}
      />
      {list.items.length ? (
        <DataTable
          className="responses-table"
          testId="responses-table"
          rows={list.items}
          rowKey={(r) => r.id}
          rowData={() => ({ 'data-testid': 'response-row' })}
          columns={[
            {
              label: t('web.interactions.when'),
              cell: (r) => (
                <>
                  <Link href={`/responses/${r.id}`}>{formatDateTime(r.submittedAt, language, me.org.timeZone)}</Link>
                  <div className="muted small">{r.surveyName ?? '—'}</div>
                  {r.status === 'partial' ? <span className="badge">{t('web.responses.partial')}</span> : null}
                </>
              ),
            },
            { label: t('web.responses.scores'), cell: (r) => <ScoreChips r={r} /> },
            {
              label: t('web.responses.comment'),
              cellClassName: 'comment-cell',
              cell: (r) => (
                <>
                  {r.comment ? excerpt(r.comment) : <span className="muted">—</span>}
                  {r.comment ? <LabelChips r={r} /> : null}
                  {r.tags.length ? (
                    <span className="tags">
                      {r.tags.map((tag) => (
                        <span key={tag} className="tag">
                          {tag}
                        </span>
                      ))}
                    </span>
                  ) : null}
                </>
              ),
            },
            {
              label: t('web.interactions.customer'),
              cell: (r) =>
                r.customerId && linkCustomers ? (
                  <Link href={`/customers/${r.customerId}`}>{r.customerName ?? t('web.customers.unnamed')}</Link>
                ) : (
                  (r.customerName ?? '—')
                ),
            },
            { label: t('web.interactions.location'), cell: (r) => r.locationName ?? '—' },
            { label: t('web.interactions.staff'), cell: (r) => r.staffName ?? '—' },
            {
              label: t('web.responses.channel'),
              cell: (r) => (
                <>
                  {t(`web.responses.channel.${r.channel}`)} · <span className="lang-code">{r.language}</span>
                </>
              ),
            },
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

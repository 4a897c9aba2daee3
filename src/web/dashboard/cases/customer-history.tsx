import { Link } from 'wouter';
import type { InteractionRow } from '../interactions/hooks.ts';
import { formatDateTime } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';
import { usePagedList } from '../lib/queries.ts';
import { useSession } from '../lib/session.tsx';
import { ListState, LoadMore } from '../lib/ui.tsx';
import type { ResponseRow } from '../responses/hooks.ts';
import { ScoreChips } from '../responses/score-chips.tsx';
import { StatusBadge } from './bits.tsx';
import type { CaseItem } from './hooks.ts';

const SHOWN = 5;

/** The customer's earlier dealings with the business: visits, answers and cases, newest first. */
export function CustomerHistory({ customerId, caseId }: { customerId: string; caseId: string }) {
  const { t, language } = useI18n();
  const { me, can } = useSession();
  const when = (iso: string) => formatDateTime(iso, language, me.org.timeZone);
  const interactions = usePagedList<Partial<InteractionRow> & Pick<InteractionRow, 'id' | 'occurredAt'>>(
    'interactions',
    '/interactions',
    { customerId },
    SHOWN,
  );
  const responses = usePagedList<ResponseRow>('responses', '/responses', { customerId }, SHOWN);
  const cases = usePagedList<CaseItem>('cases', '/cases', { view: 'all', customerId }, SHOWN + 1);
  const otherCases = cases.items.filter((c) => c.id !== caseId);

  return (
    <section aria-labelledby="history-title" className="case-side">
      <h2 id="history-title">{t('web.cases.customerHistory')}</h2>
      <h3>{t('web.cases.earlierCases')}</h3>
      <ListState
        isPending={cases.isPending}
        error={cases.error}
        empty={otherCases.length === 0}
        emptyText={t('web.cases.noEarlierCases')}
      />
      {otherCases.length ? (
        <ul className="history">
          {otherCases.map((c) => (
            <li key={c.id}>
              <Link href={`/cases/${c.id}`}>
                #{c.number} {c.title}
              </Link>{' '}
              <StatusBadge status={c.status} /> <span className="muted">{when(c.openedAt)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <LoadMore
        hasNextPage={cases.hasNextPage}
        isFetchingNextPage={cases.isFetchingNextPage}
        fetchNextPage={cases.fetchNextPage}
      />
      <h3>{t('web.nav.responses')}</h3>
      <ListState
        isPending={responses.isPending}
        error={responses.error}
        empty={responses.items.length === 0}
        emptyText={t('web.responses.empty')}
      />
      {responses.items.length ? (
        <ul className="history">
          {responses.items.map((r) => (
            <li key={r.id}>
              <ScoreChips r={r} /> <Link href={`/responses/${r.id}`}>{when(r.submittedAt)}</Link>
              {r.surveyName ? <span className="muted"> · {r.surveyName}</span> : null}
              {r.comment ? <span className="history-comment">{r.comment}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <LoadMore
        hasNextPage={responses.hasNextPage}
        isFetchingNextPage={responses.isFetchingNextPage}
        fetchNextPage={responses.fetchNextPage}
      />
      <h3>{t('web.nav.interactions')}</h3>
      <ListState
        isPending={interactions.isPending}
        error={interactions.error}
        empty={interactions.items.length === 0}
        emptyText={t('web.customers.noHistory')}
      />
      {interactions.items.length ? (
        <ul className="history">
          {interactions.items.map((i) => (
            <li key={i.id}>
              {when(i.occurredAt)}
              <span className="muted">
                {' '}
                · {[i.touchpointName, i.locationName, i.staffName].filter(Boolean).join(' · ') || '—'}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      <LoadMore
        hasNextPage={interactions.hasNextPage}
        isFetchingNextPage={interactions.isFetchingNextPage}
        fetchNextPage={interactions.fetchNextPage}
      />
      {can('customers:read') ? (
        <p>
          <Link href={`/customers/${customerId}`}>{t('web.cases.customerProfile')}</Link>
        </p>
      ) : null}
    </section>
  );
}

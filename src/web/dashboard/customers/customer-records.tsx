import { Link } from 'wouter';
import { Due, StatusBadge } from '../cases/bits.tsx';
import type { CaseItem } from '../cases/hooks.ts';
import { formatDateTime } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';
import { usePagedList } from '../lib/queries.ts';
import { useSession } from '../lib/session.tsx';
import { ListState, LoadMore } from '../lib/ui.tsx';
import type { ResponseRow } from '../responses/hooks.ts';
import { ScoreChips } from '../responses/score-chips.tsx';

/** The customer's answers, newest first. */
export function CustomerResponses({ customerId }: { customerId: string }) {
  const { t, language } = useI18n();
  const { me } = useSession();
  const list = usePagedList<ResponseRow>('responses', '/responses', { customerId }, 10);
  return (
    <>
      <ListState
        isPending={list.isPending}
        error={list.error}
        empty={list.items.length === 0}
        emptyText={t('web.customer.noResponses')}
      />
      <ul className="record-list" data-testid="customer-responses">
        {list.items.map((r) => (
          <li key={r.id}>
            <Link href={`/responses/${r.id}`}>
              {formatDateTime(r.submittedAt, language, me.org.timeZone)} · {r.surveyName ?? '—'}
            </Link>{' '}
            <ScoreChips r={r} />
            {r.comment ? <div className="muted">“{r.comment}”</div> : null}
          </li>
        ))}
      </ul>
      <LoadMore
        hasNextPage={list.hasNextPage}
        isFetchingNextPage={list.isFetchingNextPage}
        fetchNextPage={list.fetchNextPage}
      />
    </>
  );
}

/** Every case about the customer, open or closed. */
export function CustomerCases({ customerId }: { customerId: string }) {
  const { t } = useI18n();
  const list = usePagedList<CaseItem>('cases', '/cases', { view: 'all', customerId }, 10);
  return (
    <>
      <ListState
        isPending={list.isPending}
        error={list.error}
        empty={list.items.length === 0}
        emptyText={t('web.customer.noCases')}
      />
      <ul className="record-list" data-testid="customer-cases">
        {list.items.map((c) => (
          <li key={c.id}>
            <Link href={`/cases/${c.id}`}>
              #{c.number} {c.title}
            </Link>{' '}
            <StatusBadge status={c.status} /> <Due c={c} />
          </li>
        ))}
      </ul>
      <LoadMore
        hasNextPage={list.hasNextPage}
        isFetchingNextPage={list.isFetchingNextPage}
        fetchNextPage={list.fetchNextPage}
      />
    </>
  );
}

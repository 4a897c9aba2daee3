import { useState } from 'react';
import { Link, useSearchParams } from 'wouter';
import { useI18n } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { FilterSelect, ListState, LoadMore, PageHeader, Panel } from '../lib/ui.tsx';
import { useAllLocations } from '../locations/hooks.ts';
import { ImportReviews } from './import-reviews.tsx';
import { ReviewCard } from './review-card.tsx';
import { useReviews, type ReviewFilter } from './hooks.ts';
import './advocacy.css';

/** Rating filter choices: the bad ones together (they open recovery cases), the good ones, or one star count. */
const RATINGS: Record<string, Pick<ReviewFilter, 'minRating' | 'maxRating'>> = {
  low: { maxRating: '3' },
  high: { minRating: '4' },
  ...Object.fromEntries([1, 2, 3, 4, 5].map((n) => [String(n), { minRating: String(n), maxRating: String(n) }])),
};

/** Every public review in one inbox: filter, draft and post replies, confirm who wrote it, follow the recovery case. */
export function ReviewsPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const locations = useAllLocations();
  const [importing, setImporting] = useState(false);
  const locationId = params.get('locationId') ?? '';
  const rating = params.get('rating') ?? '';
  const replied = params.get('replied') ?? '';
  const list = useReviews({
    locationId: locationId || undefined,
    ...RATINGS[rating],
    unanswered: replied === 'no' ? 'true' : replied === 'yes' ? 'false' : undefined,
    drafted: replied === 'draft' ? 'true' : undefined,
  });
  const set = (key: string, v: string) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (v) next.set(key, v);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  const names = new Map(locations.items.map((l) => [l.id, l.name]));

  return (
    <>
      <PageHeader title={t('web.nav.reviews')}>
        <Link href="/reviews/figures" className="btn">
          {t('web.nav.reputation')}
        </Link>
        <Link href="/reviews/sources" className="btn">
          {t('web.nav.reviewSites')}
        </Link>
        {can('reviews:write') ? (
          <button type="button" className="btn btn-primary" onClick={() => setImporting(true)}>
            {t('web.adv.import')}
          </button>
        ) : null}
      </PageHeader>
      {importing ? (
        <Panel title={t('web.adv.import')} onClose={() => setImporting(false)}>
          <ImportReviews />
        </Panel>
      ) : null}
      <form className="filters" aria-label={t('web.common.filters')} onSubmit={(e) => e.preventDefault()}>
        <FilterSelect
          label={t('web.interactions.location')}
          value={locationId}
          onChange={(v) => set('locationId', v)}
          allLabel={t('web.common.allLocations')}
          items={locations.items}
        />
        <label>
          <span>{t('web.adv.rating')}</span>
          <select value={rating} onChange={(e) => set('rating', e.target.value)}>
            <option value="">{t('web.common.all')}</option>
            <option value="low">{t('web.adv.rating.low')}</option>
            <option value="high">{t('web.adv.rating.high')}</option>
            {[5, 4, 3, 2, 1].map((n) => (
              <option key={n} value={String(n)}>
                {'★'.repeat(n)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('web.adv.replied')}</span>
          <select value={replied} onChange={(e) => set('replied', e.target.value)}>
            <option value="">{t('web.common.all')}</option>
            <option value="no">{t('web.adv.replied.no')}</option>
            <option value="yes">{t('web.adv.replied.yes')}</option>
            <option value="draft">{t('web.adv.replied.draft')}</option>
          </select>
        </label>
      </form>
      <ListState
        isPending={list.isPending}
        error={list.error}
        empty={list.items.length === 0}
        emptyText={t('web.adv.noReviews')}
      />
      <ul className="review-list" data-testid="review-list">
        {list.items.map((r) => (
          <ReviewCard key={r.id} review={r} locationName={r.locationId ? names.get(r.locationId) : undefined} />
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

import { useState } from 'react';
import { SHIFTS, type Shift } from '../../../shared/domain.ts';
import { startOfLocalDay } from '../lib/format.ts';
import { useT } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { ListState, LoadMore, PageHeader, FilterSelect } from '../lib/ui.tsx';
import { useAllLocations } from '../locations/hooks.ts';
import { useAllStaff } from '../staff/hooks.ts';
import { useAllTouchpoints } from '../touchpoints/hooks.ts';
import { useInteractions } from './hooks.ts';
import { InteractionsTable } from './interactions-table.tsx';

export function InteractionsPage() {
  const t = useT();
  const { me } = useSession();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [touchpointId, setTouchpointId] = useState('');
  const [locationId, setLocationId] = useState('');
  const [staffId, setStaffId] = useState('');
  const [shift, setShift] = useState('');
  // "to" is a calendar day the user includes, the API's bound is exclusive: the next midnight.
  const list = useInteractions({
    from: startOfLocalDay(from),
    to: startOfLocalDay(to, 1),
    touchpointId: touchpointId || undefined,
    locationId: locationId || undefined,
    staffId: staffId || undefined,
    shift: (shift || undefined) as Shift | undefined,
  });
  const touchpoints = useAllTouchpoints();
  const locations = useAllLocations();
  const staff = useAllStaff(me.role !== 'staff');
  const clear = () => {
    setFrom('');
    setTo('');
    setTouchpointId('');
    setLocationId('');
    setStaffId('');
    setShift('');
  };

  return (
    <>
      <PageHeader title={t('web.nav.interactions')} />
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('web.common.filters')}>
        <label>
          <span>{t('web.interactions.from')}</span>
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          <span>{t('web.interactions.to')}</span>
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
        <FilterSelect
          label={t('web.interactions.touchpoint')}
          value={touchpointId}
          onChange={setTouchpointId}
          allLabel={t('web.common.all')}
          items={touchpoints.items}
        />
        <FilterSelect
          label={t('web.interactions.location')}
          value={locationId}
          onChange={setLocationId}
          allLabel={t('web.common.allLocations')}
          items={locations.items}
        />
        {me.role !== 'staff' ? (
          <FilterSelect
            label={t('web.interactions.staff')}
            value={staffId}
            onChange={setStaffId}
            allLabel={t('web.common.all')}
            items={staff.items}
          />
        ) : null}
        <FilterSelect
          label={t('stdShift.label')}
          value={shift}
          onChange={setShift}
          allLabel={t('stdShift.any')}
          items={SHIFTS.map((s) => ({ id: s, name: t(`stdShift.${s}`) }))}
        />
        <button type="button" className="btn btn-ghost" onClick={clear}>
          {t('web.common.clearFilters')}
        </button>
      </form>
      <ListState
        isPending={list.isPending}
        error={list.error}
        empty={list.items.length === 0}
        emptyText={t('web.interactions.empty')}
      />
      {list.items.length ? <InteractionsTable rows={list.items} /> : null}
      <LoadMore
        hasNextPage={list.hasNextPage}
        isFetchingNextPage={list.isFetchingNextPage}
        fetchNextPage={list.fetchNextPage}
      />
    </>
  );
}

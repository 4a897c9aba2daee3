import { useState } from 'react';
import { useDebounced } from '../lib/use-debounced.ts';
import { useT } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { DataTable } from '../lib/table.tsx';
import { ErrorBanner, ListState, LoadMore, PageHeader, Panel } from '../lib/ui.tsx';
import { useDeleteLocation, useLocations, type Location } from './hooks.ts';
import { LocationForm } from './location-form.tsx';

export function LocationsPage() {
  const t = useT();
  const { can } = useSession();
  const [q, setQ] = useState('');
  const query = useDebounced(q);
  const list = useLocations({ q: query });
  const remove = useDeleteLocation();
  const [editing, setEditing] = useState<Location | 'new' | null>(null);
  const canWrite = can('locations:write');

  return (
    <>
      <PageHeader title={t('web.nav.locations')}>
        {canWrite ? (
          <button type="button" className="btn btn-primary" onClick={() => setEditing('new')}>
            {t('web.locations.add')}
          </button>
        ) : null}
      </PageHeader>
      {editing ? (
        <Panel
          title={editing === 'new' ? t('web.locations.add') : t('web.locations.edit')}
          onClose={() => setEditing(null)}
        >
          <LocationForm
            key={editing === 'new' ? 'new' : editing.id}
            location={editing === 'new' ? undefined : editing}
            onDone={() => setEditing(null)}
          />
        </Panel>
      ) : null}
      <div className="toolbar">
        <input
          type="search"
          className="search"
          placeholder={t('web.common.search')}
          aria-label={t('web.common.search')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
      </div>
      <ErrorBanner error={remove.error} />
      <ListState
        isPending={list.isPending}
        error={list.error}
        empty={list.items.length === 0}
        emptyText={t('web.locations.empty')}
      />
      {list.items.length ? (
        <DataTable
          rows={list.items}
          rowKey={(l) => l.id}
          columns={[
            { label: t('web.common.name'), cell: (l) => <strong>{l.name}</strong> },
            { label: t('web.locations.city'), cell: (l) => l.city ?? '—' },
            { label: t('web.locations.address'), cell: (l) => l.address ?? '—' },
            { label: t('web.common.timeZone'), cell: (l) => l.timeZone ?? t('web.locations.orgTimeZone') },
            {
              label: t('web.common.actions'),
              actions: true,
              hidden: !canWrite,
              cell: (l) => (
                <>
                  <button type="button" className="btn btn-small" onClick={() => setEditing(l)}>
                    {t('web.common.edit')}
                  </button>
                  <button
                    type="button"
                    className="btn btn-small btn-danger"
                    disabled={remove.isPending}
                    onClick={() => {
                      if (window.confirm(t('web.locations.confirmDelete', { name: l.name }))) remove.mutate(l.id);
                    }}
                  >
                    {t('web.common.delete')}
                  </button>
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

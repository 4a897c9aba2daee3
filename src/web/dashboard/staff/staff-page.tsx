import { useState } from 'react';
import { ROLES, type Role } from '../../../shared/domain.ts';
import { useT } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { DataTable } from '../lib/table.tsx';
import { ListState, LoadMore, PageHeader, Panel } from '../lib/ui.tsx';
import { useDebounced } from '../lib/use-debounced.ts';
import { useAllLocations } from '../locations/hooks.ts';
import { useStaffList, type StaffCreated, type StaffMember } from './hooks.ts';
import { InviteLink } from './invite-link.tsx';
import { StaffForm } from './staff-form.tsx';

export function StaffPage() {
  const t = useT();
  const { can } = useSession();
  const canWrite = can('staff:write');
  const [q, setQ] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [locationId, setLocationId] = useState('');
  const list = useStaffList({ q: useDebounced(q), role: role || undefined, locationId: locationId || undefined });
  const locations = useAllLocations();
  const locationName = new Map(locations.items.map((l) => [l.id, l.name]));
  const [editing, setEditing] = useState<StaffMember | 'new' | null>(null);
  const [invited, setInvited] = useState<StaffCreated | null>(null);

  return (
    <>
      <PageHeader title={t('web.nav.staff')}>
        {canWrite ? (
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => {
              setInvited(null);
              setEditing('new');
            }}
          >
            {t('web.staff.invite')}
          </button>
        ) : null}
      </PageHeader>
      {invited ? <InviteLink member={invited} /> : null}
      {editing ? (
        <Panel title={editing === 'new' ? t('web.staff.invite') : t('web.staff.edit')} onClose={() => setEditing(null)}>
          <StaffForm
            key={editing === 'new' ? 'new' : editing.id}
            member={editing === 'new' ? undefined : editing}
            onInvited={(s) => {
              setInvited(s);
              setEditing(null);
            }}
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
        <select aria-label={t('web.staff.role')} value={role} onChange={(e) => setRole(e.target.value as Role | '')}>
          <option value="">{t('web.staff.allRoles')}</option>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`web.role.${r}`)}
            </option>
          ))}
        </select>
        <select aria-label={t('web.staff.location')} value={locationId} onChange={(e) => setLocationId(e.target.value)}>
          <option value="">{t('web.common.allLocations')}</option>
          {locations.items.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </select>
      </div>
      <ListState
        isPending={list.isPending}
        error={list.error}
        empty={list.items.length === 0}
        emptyText={t('web.staff.empty')}
      />
      {list.items.length ? (
        <DataTable
          rows={list.items}
          rowKey={(s) => s.id}
          rowClassName={(s) => (s.active ? undefined : 'row-inactive')}
          columns={[
            {
              label: t('web.common.personName'),
              cell: (s) => (
                <>
                  <strong>{s.name}</strong>
                  {s.position ? <div className="muted small">{s.position}</div> : null}
                </>
              ),
            },
            { label: t('web.common.email'), cell: (s) => s.email },
            {
              label: t('web.staff.role'),
              cell: (s) => <span className={`badge badge-${s.role}`}>{t(`web.role.${s.role}`)}</span>,
            },
            {
              label: t('web.staff.locations'),
              cell: (s) =>
                s.role === 'owner'
                  ? t('web.common.allLocations')
                  : s.locationIds.length
                    ? s.locationIds.map((id) => locationName.get(id) ?? '…').join(', ')
                    : '—',
            },
            {
              label: t('web.common.status'),
              cell: (s) =>
                !s.active
                  ? t('web.common.inactive')
                  : s.invitePending
                    ? t('web.staff.invitePending')
                    : t('web.common.active'),
            },
            {
              label: t('web.common.actions'),
              actions: true,
              hidden: !canWrite,
              cell: (s) => (
                <button
                  type="button"
                  className="btn btn-small"
                  onClick={() => {
                    setInvited(null);
                    setEditing(s);
                  }}
                >
                  {t('web.common.edit')}
                </button>
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

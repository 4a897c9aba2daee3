import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Customer } from '../customers/hooks.ts';
import { get, type Page } from '../lib/api.ts';
import { useT } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { ErrorBanner, fieldErrors, formString, formText, SelectField, TextArea, TextField } from '../lib/ui.tsx';
import { useDebounced } from '../lib/use-debounced.ts';
import { useAllLocations } from '../locations/hooks.ts';
import { useAllStaff } from '../staff/hooks.ts';
import { useAllTouchpoints } from '../touchpoints/hooks.ts';
import { MANUAL_SOURCES, PRIORITIES, useOpenCase, type CaseDetail, type Priority } from './hooks.ts';

/** A case opened by hand: a phone call, a review, a front-line report. */
export function OpenCaseForm({
  onDone,
  customer,
}: {
  onDone: (c?: CaseDetail) => void;
  customer?: { id: string; name: string };
}) {
  const t = useT();
  const { me, can } = useSession();
  const open = useOpenCase();
  const errors = fieldErrors(open.error);
  const locations = useAllLocations();
  const touchpoints = useAllTouchpoints();
  const staff = useAllStaff();
  const none = { value: '', label: '—' };
  const people = staff.items.filter((s) => s.active).map((s) => ({ value: s.id, label: s.name }));

  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        const due = formText(fd, 'dueAt');
        open.mutate(
          {
            title: formString(fd, 'title'),
            source: formString(fd, 'source') as (typeof MANUAL_SOURCES)[number],
            priority: formString(fd, 'priority') as Priority,
            customerId: formText(fd, 'customerId'),
            locationId: formText(fd, 'locationId'),
            touchpointId: formText(fd, 'touchpointId'),
            staffId: formText(fd, 'staffId'),
            ownerId: formText(fd, 'ownerId'),
            dueAt: due ? new Date(due).toISOString() : undefined,
            note: formText(fd, 'note') ?? undefined,
          },
          { onSuccess: (c) => onDone(c) },
        );
      }}
    >
      <ErrorBanner error={open.error} />
      <TextField
        label={t('web.cases.subject')}
        name="title"
        required
        maxLength={300}
        placeholder={t('web.cases.subjectHint')}
        error={errors.title}
      />
      <div className="form-row">
        <SelectField
          label={t('web.cases.source')}
          name="source"
          defaultValue="phone"
          options={MANUAL_SOURCES.map((s) => ({ value: s, label: t(`web.cases.source.${s}`) }))}
          error={errors.source}
        />
        <SelectField
          label={t('web.cases.priority')}
          name="priority"
          defaultValue="normal"
          options={PRIORITIES.map((p) => ({ value: p, label: t(`web.cases.priority.${p}`) }))}
          error={errors.priority}
        />
      </div>
      {customer ? (
        <input type="hidden" name="customerId" value={customer.id} />
      ) : can('customers:read') ? (
        <CustomerPicker error={errors.customerId} />
      ) : null}
      <div className="form-row">
        <SelectField
          label={t('web.interactions.location')}
          name="locationId"
          required={me.role === 'manager'}
          options={[none, ...locations.items.map((l) => ({ value: l.id, label: l.name }))]}
          error={errors.locationId}
        />
        <SelectField
          label={t('web.interactions.touchpoint')}
          name="touchpointId"
          options={[
            none,
            ...touchpoints.items.filter((tp) => tp.active).map((tp) => ({ value: tp.id, label: tp.name })),
          ]}
          error={errors.touchpointId}
        />
      </div>
      <div className="form-row">
        <SelectField
          label={t('web.interactions.staff')}
          name="staffId"
          options={[none, ...people]}
          error={errors.staffId}
        />
        <SelectField
          label={t('web.cases.owner')}
          name="ownerId"
          hint={t('web.cases.ownerHint')}
          options={[{ value: '', label: t('web.cases.ownerAuto') }, ...people]}
          error={errors.ownerId}
        />
        <TextField
          label={t('web.cases.due')}
          name="dueAt"
          type="datetime-local"
          hint={t('web.cases.dueHint')}
          error={errors.dueAt}
        />
      </div>
      <TextArea label={t('web.cases.note')} name="note" rows={3} maxLength={10_000} error={errors.note} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={open.isPending}>
          {open.isPending ? t('web.common.saving') : t('web.cases.open')}
        </button>
        <button type="button" className="btn" onClick={() => onDone()}>
          {t('web.common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Finds a customer by name, email or phone; the chosen one goes with the form. */
function CustomerPicker({ error }: { error?: string }) {
  const t = useT();
  const [q, setQ] = useState('');
  const query = useDebounced(q.trim());
  const found = useQuery({
    queryKey: ['customers', 'pick', query],
    queryFn: () => get<Page<Customer>>('/customers', { q: query, limit: 20 }),
    enabled: query.length >= 2,
  });
  const options = found.data?.items ?? [];
  return (
    <div className="form-row">
      <TextField
        label={t('web.cases.findCustomer')}
        type="search"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        placeholder={t('web.customers.searchHint')}
      />
      <SelectField
        label={t('web.interactions.customer')}
        name="customerId"
        key={`${query}:${options.map((c) => c.id).join()}`}
        defaultValue={options.length === 1 ? options[0]!.id : ''}
        options={[
          {
            value: '',
            label: query.length >= 2 && found.isSuccess && !options.length ? t('web.cases.noCustomerFound') : '—',
          },
          ...options.map((c) => ({
            value: c.id,
            label: [c.name, c.email ?? c.phone].filter(Boolean).join(' · ') || t('web.customers.unnamed'),
          })),
        ]}
        error={error}
      />
    </div>
  );
}

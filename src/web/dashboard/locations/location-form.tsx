import { useMemo } from 'react';
import { timeZones } from '../lib/format.ts';
import { useT } from '../lib/i18n.tsx';
import { ErrorBanner, fieldErrors, formString, formText, SelectField, TextField } from '../lib/ui.tsx';
import { BusinessHoursFields, readCalendar } from './business-hours.tsx';
import { useCreateLocation, useUpdateLocation, type Location } from './hooks.ts';

export function LocationForm({ location, onDone }: { location?: Location; onDone: () => void }) {
  const t = useT();
  const create = useCreateLocation();
  const update = useUpdateLocation();
  const m = location ? update : create;
  const errors = fieldErrors(m.error);
  const zones = useMemo(
    () => [{ value: '', label: t('web.locations.orgTimeZone') }, ...timeZones().map((z) => ({ value: z, label: z }))],
    [t],
  );

  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        const body = {
          name: formString(fd, 'name'),
          address: formText(fd, 'address'),
          city: formText(fd, 'city'),
          timeZone: formText(fd, 'timeZone'),
          ...readCalendar(fd),
        };
        if (location) update.mutate({ id: location.id, body }, { onSuccess: onDone });
        else create.mutate(body, { onSuccess: onDone });
      }}
    >
      <ErrorBanner error={m.error} />
      <TextField label={t('web.common.name')} name="name" required defaultValue={location?.name} error={errors.name} />
      <div className="form-row">
        <TextField
          label={t('web.locations.address')}
          name="address"
          defaultValue={location?.address ?? ''}
          error={errors.address}
        />
        <TextField
          label={t('web.locations.city')}
          name="city"
          defaultValue={location?.city ?? ''}
          error={errors.city}
        />
      </div>
      <SelectField
        label={t('web.common.timeZone')}
        name="timeZone"
        defaultValue={location?.timeZone ?? ''}
        options={zones}
        error={errors.timeZone}
      />
      <BusinessHoursFields location={location} errors={errors} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={m.isPending}>
          {m.isPending ? t('web.common.saving') : t('web.common.save')}
        </button>
        <button type="button" className="btn" onClick={onDone}>
          {t('web.common.cancel')}
        </button>
      </div>
    </form>
  );
}

import { LANGUAGES, ROLES, type Language, type Role } from '../../../shared/domain.ts';
import { LANGUAGE_NAMES, useT } from '../lib/i18n.tsx';
import { Checkbox, ErrorBanner, fieldErrors, formString, formText, SelectField, TextField } from '../lib/ui.tsx';
import { useAllLocations } from '../locations/hooks.ts';
import { useInviteStaff, useUpdateStaff, type StaffCreated, type StaffMember } from './hooks.ts';

/** Invite a new member (member undefined) or edit one: role, locations covered, active. */
export function StaffForm({
  member,
  onInvited,
  onDone,
}: {
  member?: StaffMember;
  onInvited?: (s: StaffCreated) => void;
  onDone: () => void;
}) {
  const t = useT();
  const invite = useInviteStaff();
  const update = useUpdateStaff();
  const m = member ? update : invite;
  const errors = fieldErrors(m.error);
  const locations = useAllLocations();

  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        const common = {
          name: formString(fd, 'name'),
          role: formString(fd, 'role') as Role,
          locationIds: fd.getAll('locationIds').map(String),
          position: formText(fd, 'position'),
          language: (formText(fd, 'language') as Language | null) ?? null,
        };
        if (member)
          update.mutate(
            { id: member.id, body: { ...common, active: fd.get('active') === 'on' } },
            { onSuccess: onDone },
          );
        else
          invite.mutate(
            { ...common, email: formString(fd, 'email'), sendInvite: fd.get('sendInvite') === 'on' },
            { onSuccess: (s) => onInvited?.(s) },
          );
      }}
    >
      <ErrorBanner error={m.error} />
      <div className="form-row">
        <TextField
          label={t('web.common.personName')}
          name="name"
          required
          defaultValue={member?.name}
          error={errors.name}
        />
        {member ? null : (
          <TextField label={t('web.common.email')} name="email" type="email" required error={errors.email} />
        )}
      </div>
      <div className="form-row">
        <SelectField
          label={t('web.staff.role')}
          name="role"
          defaultValue={member?.role ?? 'staff'}
          options={ROLES.map((r) => ({ value: r, label: t(`web.role.${r}`) }))}
          error={errors.role}
        />
        <TextField
          label={t('web.staff.position')}
          name="position"
          defaultValue={member?.position ?? ''}
          error={errors.position}
        />
        <SelectField
          label={t('web.common.language')}
          name="language"
          defaultValue={member?.language ?? ''}
          options={[{ value: '', label: '—' }, ...LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))]}
          error={errors.language}
        />
      </div>
      <fieldset className="fieldset">
        <legend>{t('web.staff.locations')}</legend>
        <p className="field-hint">{t('web.staff.locationsHint')}</p>
        {locations.items.length === 0 ? <p className="muted">{t('web.staff.noLocations')}</p> : null}
        <div className="checks">
          {locations.items.map((l) => (
            <Checkbox
              key={l.id}
              label={l.name}
              name="locationIds"
              value={l.id}
              defaultChecked={member?.locationIds.includes(l.id)}
            />
          ))}
        </div>
        {errors.locationIds ? <small className="field-error">{errors.locationIds}</small> : null}
      </fieldset>
      {member ? (
        <Checkbox label={t('web.common.active')} name="active" defaultChecked={member.active} />
      ) : (
        <Checkbox label={t('web.staff.sendInvite')} name="sendInvite" defaultChecked />
      )}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={m.isPending}>
          {m.isPending ? t('web.common.saving') : member ? t('web.common.save') : t('web.staff.invite')}
        </button>
        <button type="button" className="btn" onClick={onDone}>
          {t('web.common.cancel')}
        </button>
      </div>
    </form>
  );
}

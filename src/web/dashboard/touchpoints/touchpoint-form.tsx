import {
  JOURNEY_STAGES,
  TOUCHPOINT_CHANNELS,
  TOUCHPOINT_KINDS,
  type JourneyStage,
  type TouchpointChannel,
  type TouchpointKind,
} from '../../../shared/domain.ts';
import { useT } from '../lib/i18n.tsx';
import {
  Checkbox,
  ErrorBanner,
  fieldErrors,
  formString,
  formText,
  SelectField,
  TextArea,
  TextField,
} from '../lib/ui.tsx';
import { useCreateTouchpoint, useUpdateTouchpoint, type Touchpoint } from './hooks.ts';

export function TouchpointForm({ touchpoint, onDone }: { touchpoint?: Touchpoint; onDone: () => void }) {
  const t = useT();
  const create = useCreateTouchpoint();
  const update = useUpdateTouchpoint();
  const m = touchpoint ? update : create;
  const errors = fieldErrors(m.error);

  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        const body = {
          name: formString(fd, 'name'),
          description: formText(fd, 'description'),
          kind: formString(fd, 'kind') as TouchpointKind,
          stage: formString(fd, 'stage') as JourneyStage,
          channel: formString(fd, 'channel') as TouchpointChannel,
          active: fd.get('active') === 'on',
        };
        if (touchpoint) update.mutate({ id: touchpoint.id, body }, { onSuccess: onDone });
        else create.mutate(body, { onSuccess: onDone });
      }}
    >
      <ErrorBanner error={m.error} />
      <TextField
        label={t('web.common.name')}
        name="name"
        required
        defaultValue={touchpoint?.name}
        error={errors.name}
      />
      <div className="form-row">
        <SelectField
          label={t('web.touchpoints.kind')}
          name="kind"
          defaultValue={touchpoint?.kind ?? 'service'}
          options={TOUCHPOINT_KINDS.map((k) => ({ value: k, label: t(`web.kind.${k}`) }))}
          error={errors.kind}
        />
        <SelectField
          label={t('web.touchpoints.stage')}
          name="stage"
          defaultValue={touchpoint?.stage ?? 'purchase'}
          options={JOURNEY_STAGES.map((s) => ({ value: s, label: t(`web.stage.${s}`) }))}
          error={errors.stage}
        />
        <SelectField
          label={t('web.touchpoints.channel')}
          name="channel"
          defaultValue={touchpoint?.channel ?? 'in_person'}
          options={TOUCHPOINT_CHANNELS.map((c) => ({ value: c, label: t(`web.channel.${c}`) }))}
          error={errors.channel}
        />
      </div>
      <TextArea
        label={t('web.common.description')}
        name="description"
        rows={3}
        defaultValue={touchpoint?.description ?? ''}
        error={errors.description}
      />
      <Checkbox label={t('web.common.active')} name="active" defaultChecked={touchpoint?.active ?? true} />
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

import { useState } from 'react';
import { useI18n } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { Checkbox, ErrorBanner, fieldErrors, formString, formText, Panel, SelectField, TextField } from '../lib/ui.tsx';
import { REWARD_KINDS, useCreateProgram, usePrograms, useUpdateProgram, type ReferralProgram } from './hooks.ts';

/** What both sides get and what qualifies; non-cash by design, and never tied to writing a review. */
export function Programs() {
  const { t } = useI18n();
  const { can } = useSession();
  const programs = usePrograms();
  const [editing, setEditing] = useState<ReferralProgram | 'new' | null>(null);
  const manage = can('referral_programs:manage');
  return (
    <section aria-labelledby="programs">
      <h2 id="programs">{t('web.adv.programs')}</h2>
      <ErrorBanner error={programs.error} />
      {programs.data && !programs.data.length ? <p className="empty">{t('web.adv.noPrograms')}</p> : null}
      <ul className="program-list" data-testid="programs">
        {(programs.data ?? []).map((p) => (
          <li key={p.id} className="card">
            <h3>
              {p.name} <span className="badge">{p.active ? t('web.common.active') : t('web.common.inactive')}</span>
            </h3>
            <p>
              {t('web.adv.referrerGets')}: {p.referrerReward}
              <br />
              {t('web.adv.friendGets')}: {p.friendReward}
              <br />
              <span className="muted small">
                {t(`web.adv.reward.${p.rewardKind}`)} · {t('web.adv.holdDaysN', { n: p.holdDays })}
                {p.minAmount !== null ? ` · ${t('web.adv.minAmount')}: ${p.minAmount}` : ''}
              </span>
            </p>
            {manage ? (
              <button type="button" className="btn btn-ghost" onClick={() => setEditing(p)}>
                {t('web.common.edit')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {manage && !editing ? (
        <button type="button" className="btn" onClick={() => setEditing('new')}>
          {t('web.adv.newProgram')}
        </button>
      ) : null}
      {editing ? (
        <Panel title={editing === 'new' ? t('web.adv.newProgram') : editing.name} onClose={() => setEditing(null)}>
          <ProgramForm program={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />
        </Panel>
      ) : null}
    </section>
  );
}

function ProgramForm({ program, onDone }: { program: ReferralProgram | null; onDone: () => void }) {
  const { t } = useI18n();
  const create = useCreateProgram();
  const update = useUpdateProgram();
  const m = program ? update : create;
  const errors = fieldErrors(m.error);
  return (
    <form
      data-testid="program-form"
      onSubmit={(e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        const min = formText(fd, 'minAmount');
        const body = {
          name: formString(fd, 'name'),
          rewardKind: formString(fd, 'rewardKind') as ReferralProgram['rewardKind'],
          referrerReward: formString(fd, 'referrerReward'),
          friendReward: formString(fd, 'friendReward'),
          minAmount: min === null ? null : Number(min),
          holdDays: Number(formString(fd, 'holdDays')),
          landingUrl: formText(fd, 'landingUrl'),
          active: fd.get('active') === 'on',
        };
        if (program) update.mutate({ id: program.id, body }, { onSuccess: onDone });
        else create.mutate(body, { onSuccess: onDone });
      }}
    >
      <TextField label={t('web.common.name')} name="name" required defaultValue={program?.name} error={errors.name} />
      <SelectField
        label={t('web.adv.rewardKind')}
        name="rewardKind"
        defaultValue={program?.rewardKind ?? 'gesture'}
        options={REWARD_KINDS.map((k) => ({ value: k, label: t(`web.adv.reward.${k}`) }))}
        hint={t('web.adv.rewardHint')}
        error={errors.rewardKind}
      />
      <TextField
        label={t('web.adv.referrerGets')}
        name="referrerReward"
        required
        defaultValue={program?.referrerReward}
        error={errors.referrerReward}
      />
      <TextField
        label={t('web.adv.friendGets')}
        name="friendReward"
        required
        defaultValue={program?.friendReward}
        error={errors.friendReward}
      />
      <TextField
        label={t('web.adv.minAmount')}
        name="minAmount"
        type="number"
        min={0}
        step="any"
        defaultValue={program?.minAmount ?? ''}
        hint={t('web.adv.minAmountHint')}
        error={errors.minAmount}
      />
      <TextField
        label={t('web.adv.holdDays')}
        name="holdDays"
        type="number"
        min={0}
        max={365}
        defaultValue={program?.holdDays ?? 14}
        error={errors.holdDays}
      />
      <TextField
        label={t('web.adv.landingUrl')}
        name="landingUrl"
        type="url"
        defaultValue={program?.landingUrl ?? ''}
        hint={t('web.adv.landingUrlHint')}
        error={errors.landingUrl}
      />
      <Checkbox label={t('web.common.active')} name="active" defaultChecked={program?.active ?? true} />
      <ErrorBanner error={m.error} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={m.isPending}>
          {t('web.common.save')}
        </button>
      </div>
    </form>
  );
}

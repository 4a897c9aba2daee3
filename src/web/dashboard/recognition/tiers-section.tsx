import { useState } from 'react';
import { useI18n } from '../lib/i18n.tsx';
import { DataTable } from '../lib/table.tsx';
import { Checkbox, ErrorBanner, fieldErrors, SelectField, TextField } from '../lib/ui.tsx';
import { useCreateTier, usePreviewTiers, useTiers, useUpdateTier, type Tier, type TierInput } from './hooks.ts';

const CRITERIA = [
  ['minVisits', 'recognition.tiers.visits'],
  ['minSpend', 'recognition.tiers.spend'],
  ['minTenureDays', 'recognition.tiers.tenure'],
  ['minReferrals', 'recognition.tiers.referrals'],
] as const;

const toInput = (t: Tier): TierInput & { id: string } => ({
  id: t.id,
  name: t.name,
  rank: t.rank,
  match: t.match,
  criteria: t.criteria,
  manualOnly: t.manualOnly,
  graceDays: t.graceDays,
});

function read(form: HTMLFormElement): TierInput {
  const fd = new FormData(form);
  const num = (k: string) => (String(fd.get(k) ?? '').trim() === '' ? null : Number(fd.get(k)));
  return {
    name: String(fd.get('name') ?? ''),
    rank: Number(fd.get('rank')),
    match: fd.get('match') === 'any' ? 'any' : 'all',
    criteria: Object.fromEntries(CRITERIA.map(([k]) => [k, num(k)])),
    manualOnly: fd.get('manualOnly') === 'on',
    graceDays: num('graceDays') ?? 90,
  };
}

/** The tiers, editable while live: a preview says how many customers would move before saving. */
export function TiersSection() {
  const { t } = useI18n();
  const tiers = useTiers();
  const create = useCreateTier();
  const update = useUpdateTier();
  const preview = usePreviewTiers();
  const [editing, setEditing] = useState<Tier | null>(null);
  const items = tiers.data?.items ?? [];
  const errors = fieldErrors(create.error ?? update.error);
  const proposed = (form: HTMLFormElement) => {
    const input = read(form);
    const others = items.filter((x) => x.id !== editing?.id).map(toInput);
    return [...others, editing ? { ...input, id: editing.id } : input];
  };
  return (
    <section>
      <h2>{t('recognition.tiers.title')}</h2>
      <p className="field-hint">{t('recognition.tiers.intro')}</p>
      <DataTable
        testId="tiers-table"
        rows={items}
        rowKey={(x) => x.id}
        columns={[
          { label: t('recognition.tiers.rank'), cell: (x) => x.rank },
          {
            label: t('recognition.tiers.name'),
            cell: (x) => (
              <button type="button" className="link" onClick={() => setEditing(x)}>
                {x.name}
              </button>
            ),
          },
          { label: t('recognition.tiers.visits'), cell: (x) => x.criteria.minVisits ?? '—' },
          { label: t('recognition.tiers.spend'), cell: (x) => x.criteria.minSpend ?? '—' },
          { label: t('recognition.tiers.customers'), cell: (x) => x.customers },
        ]}
      />
      <form
        key={editing?.id ?? 'new'}
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          const body = read(e.currentTarget);
          if (editing) update.mutate({ id: editing.id, body }, { onSuccess: () => setEditing(null) });
          else create.mutate(body, { onSuccess: () => e.currentTarget?.reset() });
        }}
      >
        <TextField label={t('recognition.tiers.name')} name="name" defaultValue={editing?.name} error={errors.name} />
        <TextField
          label={t('recognition.tiers.rank')}
          name="rank"
          type="number"
          defaultValue={editing?.rank ?? items.length + 1}
          error={errors.rank}
        />
        <SelectField
          label={t('recognition.tiers.match')}
          name="match"
          defaultValue={editing?.match ?? 'all'}
          options={[
            { value: 'all', label: t('recognition.tiers.matchAll') },
            { value: 'any', label: t('recognition.tiers.matchAny') },
          ]}
        />
        {CRITERIA.map(([k, label]) => (
          <TextField
            key={k}
            label={t(label)}
            name={k}
            type="number"
            min={0}
            defaultValue={editing?.criteria[k] ?? ''}
            error={errors[`criteria.${k}`] ?? (k === 'minVisits' ? errors.criteria : undefined)}
          />
        ))}
        <TextField
          label={t('recognition.tiers.grace')}
          name="graceDays"
          type="number"
          defaultValue={editing?.graceDays ?? 90}
          error={errors.graceDays}
        />
        <Checkbox label={t('recognition.tiers.manualOnly')} name="manualOnly" defaultChecked={editing?.manualOnly} />
        <div className="actions">
          <button type="submit">{editing ? t('recognition.card.save') : t('recognition.tiers.add')}</button>
          <button type="button" className="secondary" onClick={(e) => preview.mutate(proposed(e.currentTarget.form!))}>
            {t('recognition.tiers.preview')}
          </button>
        </div>
        {preview.data ? (
          <p data-testid="tier-preview">
            {t('recognition.tiers.previewResult', {
              n: preview.data.moving,
              up: preview.data.up,
              down: preview.data.down,
            })}
          </p>
        ) : null}
        <ErrorBanner error={create.error ?? update.error ?? preview.error} />
      </form>
    </section>
  );
}

import { useState } from 'react';
import { PRIORITIES, type Priority } from '../cases/hooks.ts';
import { useT } from '../lib/i18n.tsx';
import { Checkbox, ErrorBanner, fieldErrors, formString, SelectField, TextField } from '../lib/ui.tsx';
import { useAllLocations } from '../locations/hooks.ts';
import { useAllStaff } from '../staff/hooks.ts';
import { useAllSurveys } from '../surveys/hooks.ts';
import { useAllTouchpoints } from '../touchpoints/hooks.ts';
import {
  EMOTIONS,
  SLA_UNITS,
  STRATEGIES,
  useCreateRule,
  useUpdateRule,
  type Assignment,
  type CaseRule,
  type RuleConditions,
  type Sla,
} from './hooks.ts';

const num = (fd: FormData, name: string): number | undefined => {
  const v = String(fd.get(name) ?? '').trim();
  return v === '' ? undefined : Number(v);
};
const all = (fd: FormData, name: string): string[] | undefined => {
  const v = fd.getAll(name).map(String);
  return v.length ? v : undefined;
};

/** Creates or edits a rule: when it opens a case (conditions), how urgent, by when (SLA) and for whom. */
export function RuleForm({
  rule,
  nextPosition,
  onDone,
}: {
  rule?: CaseRule;
  nextPosition: number;
  onDone: () => void;
}) {
  const t = useT();
  const create = useCreateRule();
  const update = useUpdateRule();
  const m = rule ? update : create;
  const errors = fieldErrors(m.error);
  const locations = useAllLocations();
  const touchpoints = useAllTouchpoints();
  const surveys = useAllSurveys();
  const staff = useAllStaff();
  const people = staff.items.filter((s) => s.active);
  const c = rule?.conditions ?? {};
  const [strategy, setStrategy] = useState<Assignment['strategy']>(rule?.assignment.strategy ?? 'location_manager');
  const team = rule?.assignment.strategy === 'round_robin' ? rule.assignment.team : [];
  const fixed = rule?.assignment.strategy === 'fixed' ? rule.assignment.staffId : '';

  const checkList = (
    name: keyof RuleConditions | 'team',
    items: { id: string; label: string }[],
    chosen: string[] | undefined,
    legend: string,
    hint?: string,
  ) => (
    <fieldset className="fieldset check-list">
      <legend>{legend}</legend>
      {hint ? <small className="field-hint">{hint}</small> : null}
      {items.length ? (
        <div className="checks">
          {items.map((i) => (
            <Checkbox key={i.id} label={i.label} name={name} value={i.id} defaultChecked={chosen?.includes(i.id)} />
          ))}
        </div>
      ) : (
        <p className="muted">—</p>
      )}
      {errors[name === 'team' ? 'assignment' : `conditions.${name}`] ? (
        <small className="field-error" role="alert">
          {errors[name === 'team' ? 'assignment' : `conditions.${name}`]}
        </small>
      ) : null}
    </fieldset>
  );

  return (
    <form
      className="form rule-form"
      onSubmit={(e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        const keywords = formString(fd, 'keywords')
          .split(/[,\n]/)
          .map((k) => k.trim())
          .filter(Boolean);
        const conditions: RuleConditions = {
          npsMax: num(fd, 'npsMax'),
          csatMax: num(fd, 'csatMax'),
          cesMax: num(fd, 'cesMax'),
          sentiment: fd.get('sentiment') === 'on' ? 'negative' : undefined,
          emotions: all(fd, 'emotions'),
          keywords: keywords.length ? keywords : undefined,
          touchpointIds: all(fd, 'touchpointIds'),
          locationIds: all(fd, 'locationIds'),
          surveyIds: all(fd, 'surveyIds'),
        };
        const sla: Sla = { amount: num(fd, 'slaAmount') ?? 1, unit: formString(fd, 'slaUnit') as Sla['unit'] };
        const assignment: Assignment =
          strategy === 'round_robin'
            ? { strategy, team: fd.getAll('team').map(String) }
            : strategy === 'fixed'
              ? { strategy, staffId: formString(fd, 'fixedStaffId') }
              : { strategy };
        const body = {
          name: formString(fd, 'name'),
          active: fd.get('active') === 'on',
          position: num(fd, 'position') ?? 0,
          priority: formString(fd, 'priority') as Priority,
          conditions,
          sla,
          assignment,
        };
        if (rule) update.mutate({ id: rule.id, body }, { onSuccess: onDone });
        else create.mutate(body, { onSuccess: onDone });
      }}
    >
      <ErrorBanner error={m.error} />
      <div className="form-row">
        <TextField
          label={t('web.common.name')}
          name="name"
          required
          maxLength={200}
          defaultValue={rule?.name}
          error={errors.name}
        />
        <SelectField
          label={t('web.cases.priority')}
          name="priority"
          defaultValue={rule?.priority ?? 'normal'}
          options={PRIORITIES.map((p) => ({ value: p, label: t(`web.cases.priority.${p}`) }))}
          error={errors.priority}
        />
        <TextField
          label={t('web.cases.rules.position')}
          name="position"
          type="number"
          min={0}
          max={10_000}
          defaultValue={rule?.position ?? nextPosition}
          hint={t('web.cases.rules.positionHint')}
          error={errors.position}
        />
      </div>
      <Checkbox label={t('web.common.active')} name="active" defaultChecked={rule?.active ?? true} />

      <fieldset className="fieldset">
        <legend>{t('web.cases.rules.conditions')}</legend>
        <small className="field-hint">{t('web.cases.rules.conditionsHint')}</small>
        {errors.conditions ? (
          <small className="field-error" role="alert">
            {errors.conditions}
          </small>
        ) : null}
        <div className="form-row">
          <TextField
            label={t('web.cases.rules.npsMax')}
            name="npsMax"
            type="number"
            min={0}
            max={10}
            defaultValue={c.npsMax ?? ''}
            error={errors['conditions.npsMax']}
          />
          <TextField
            label={t('web.cases.rules.csatMax')}
            name="csatMax"
            type="number"
            min={1}
            max={5}
            defaultValue={c.csatMax ?? ''}
            error={errors['conditions.csatMax']}
          />
          <TextField
            label={t('web.cases.rules.cesMax')}
            name="cesMax"
            type="number"
            min={1}
            max={7}
            defaultValue={c.cesMax ?? ''}
            error={errors['conditions.cesMax']}
          />
        </div>
        <Checkbox label={t('web.cases.rules.negative')} name="sentiment" defaultChecked={c.sentiment === 'negative'} />
        <TextField
          label={t('web.cases.rules.keywords')}
          name="keywords"
          defaultValue={(c.keywords ?? []).join(', ')}
          hint={t('web.cases.rules.keywordsHint')}
          error={errors['conditions.keywords']}
        />
        {checkList(
          'emotions',
          EMOTIONS.map((e) => ({ id: e, label: t(`survey.emotion.${e}`) })),
          c.emotions,
          t('web.cases.rules.emotions'),
        )}
        {checkList(
          'touchpointIds',
          touchpoints.items.map((tp) => ({ id: tp.id, label: tp.name })),
          c.touchpointIds,
          t('web.cases.rules.touchpoints'),
          t('web.cases.rules.anyHint'),
        )}
        {checkList(
          'locationIds',
          locations.items.map((l) => ({ id: l.id, label: l.name })),
          c.locationIds,
          t('web.cases.rules.locations'),
          t('web.cases.rules.anyHint'),
        )}
        {checkList(
          'surveyIds',
          surveys.items.map((s) => ({ id: s.id, label: s.name })),
          c.surveyIds,
          t('web.cases.rules.surveys'),
          t('web.cases.rules.anyHint'),
        )}
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('web.cases.rules.sla')}</legend>
        <div className="form-row">
          <TextField
            label={t('web.cases.rules.slaAmount')}
            name="slaAmount"
            type="number"
            min={0.25}
            step={0.25}
            max={10_000}
            required
            defaultValue={rule?.sla.amount ?? 1}
            error={errors['sla.amount']}
          />
          <SelectField
            label={t('web.cases.rules.slaUnit')}
            name="slaUnit"
            defaultValue={rule?.sla.unit ?? 'business_days'}
            options={SLA_UNITS.map((u) => ({ value: u, label: t(`web.cases.rules.unit.${u}`) }))}
            error={errors['sla.unit']}
          />
        </div>
        <small className="field-hint">{t('web.cases.rules.slaHint')}</small>
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('web.cases.rules.assignment')}</legend>
        <SelectField
          label={t('web.cases.rules.strategy')}
          name="strategy"
          value={strategy}
          onChange={(e) => setStrategy(e.target.value as Assignment['strategy'])}
          options={STRATEGIES.map((s) => ({ value: s, label: t(`web.cases.rules.strategy.${s}`) }))}
          error={errors.assignment}
        />
        {strategy === 'round_robin'
          ? checkList(
              'team',
              people.map((s) => ({ id: s.id, label: s.name })),
              team,
              t('web.cases.rules.team'),
            )
          : null}
        {strategy === 'fixed' ? (
          <SelectField
            label={t('web.cases.rules.person')}
            name="fixedStaffId"
            required
            defaultValue={fixed}
            options={[{ value: '', label: '—' }, ...people.map((s) => ({ value: s.id, label: s.name }))]}
          />
        ) : null}
      </fieldset>

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

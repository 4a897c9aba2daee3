import { useState } from 'react';
import { parseRule, type Rule } from '../../../modules/standards/standards.contract.ts';
import { useI18n } from '../lib/i18n.tsx';
import { useAllItems } from '../lib/queries.ts';
import { useSession } from '../lib/session.tsx';
import { Checkbox, ErrorBanner, fieldErrors, ListState, Panel, SelectField, TextField } from '../lib/ui.tsx';
import { useChecklists, useDeleteSchedule, useSaveSchedule, useSchedules, type Schedule } from './hooks.ts';
import { formatDay, ruleInWords, ruleText, weekdayNames } from './rule-words.ts';

type Named = { id: string; name: string };
const KINDS = ['manager', 'self', 'external'] as const;
const ASSIGNEES = ['', 'manager', 'staff'] as const;

/** Each location's audit schedules: the rule in words and the next date; add, edit, pause, delete. */
export function SchedulesPanel() {
  const { t, language } = useI18n();
  const { can } = useSession();
  const canWrite = can('standards:write');
  const schedules = useSchedules();
  const checklists = useChecklists();
  const locations = useAllItems<Named>('locations', '/locations');
  const save = useSaveSchedule();
  const remove = useDeleteSchedule();
  const [editing, setEditing] = useState<{ row?: Schedule } | null>(null);
  const name = (list: Named[], id: string) => list.find((x) => x.id === id)?.name ?? '…';
  const byLocation = locations.items
    .map((l) => ({ l, rows: schedules.items.filter((s) => s.locationId === l.id) }))
    .filter((g) => g.rows.length);
  return (
    <Panel title={t('sched.title')}>
      {canWrite && !editing ? (
        <button type="button" className="btn" onClick={() => setEditing({})}>
          {t('sched.add')}
        </button>
      ) : null}
      {editing ? (
        <ScheduleForm
          key={editing.row?.id ?? 'new'}
          row={editing.row}
          locations={locations.items}
          checklists={checklists.items.map((c) => ({ id: c.id, name: c.name }))}
          onDone={() => setEditing(null)}
        />
      ) : null}
      <ErrorBanner error={save.error ?? remove.error} />
      <ListState
        isPending={schedules.isPending}
        error={schedules.error}
        empty={schedules.items.length === 0}
        emptyText={t('sched.empty')}
      />
      {byLocation.map(({ l, rows }) => (
        <section key={l.id} aria-label={l.name}>
          <h3 className="group-title">{l.name}</h3>
          <ul className="tp-list">
            {rows.map((s) => (
              <li key={s.id} className={s.active ? 'tp' : 'tp row-inactive'} data-schedule={s.id}>
                <div className="tp-main">
                  <strong>{name(checklists.items, s.checklistId)}</strong>{' '}
                  <span className="badge">{t(`standards.kind.${s.kind}`)}</span>
                  {s.active ? null : <span className="badge badge-muted">{t('sched.paused')}</span>}
                  <p className="small" data-rule>
                    {ruleInWords(t, language, s.rrule, s.startsOn)}
                  </p>
                  {s.active ? (
                    <p className="muted small" data-next>
                      {s.next[0] ? t('sched.next', { date: formatDay(language, s.next[0]) }) : t('sched.noNext')}
                    </p>
                  ) : null}
                </div>
                {canWrite ? (
                  <div className="row-actions">
                    <button type="button" className="btn btn-small" onClick={() => setEditing({ row: s })}>
                      {t('web.common.edit')}
                    </button>
                    <button
                      type="button"
                      className="btn btn-small"
                      onClick={() => save.mutate({ id: s.id, body: { active: !s.active } })}
                    >
                      {s.active ? t('sched.pause') : t('sched.resume')}
                    </button>
                    <button
                      type="button"
                      className="btn btn-small btn-danger"
                      onClick={() => window.confirm(t('sched.confirmDelete')) && remove.mutate(s.id)}
                    >
                      {t('web.common.delete')}
                    </button>
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Panel>
  );
}

const today = () => new Date().toISOString().slice(0, 10);

function ScheduleForm({
  row,
  locations,
  checklists,
  onDone,
}: {
  row?: Schedule;
  locations: Named[];
  checklists: Named[];
  onDone: () => void;
}) {
  const { t, language } = useI18n();
  const save = useSaveSchedule();
  const errors = fieldErrors(save.error);
  const parsed = row ? parseRule(row.rrule) : null;
  const rule: Rule | null = parsed && typeof parsed !== 'string' ? parsed : null;
  const [freq, setFreq] = useState<Rule['freq']>(rule?.freq ?? 'WEEKLY');
  const [every, setEvery] = useState(String(rule?.interval ?? 1));
  const [byDay, setByDay] = useState<number[]>(rule?.byDay.length ? rule.byDay : [1]);
  const [monthDays, setMonthDays] = useState(rule?.byMonthDay.join(', ') ?? '1');
  const [f, setF] = useState({
    checklistId: row?.checklistId ?? checklists[0]?.id ?? '',
    locationId: row?.locationId ?? locations[0]?.id ?? '',
    kind: (row?.kind ?? 'manager') as (typeof KINDS)[number],
    startsOn: row?.startsOn ?? today(),
    assigneeRole: (row?.assigneeRole ?? '') as (typeof ASSIGNEES)[number],
  });
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF((v) => ({ ...v, [k]: e.target.value }));
  const rrule = ruleText({ freq, interval: Number(every) || 1, byDay, monthDays }, rule ?? undefined);
  const names = weekdayNames(language);
  return (
    <form
      className="form"
      aria-label={row ? t('sched.edit') : t('sched.add')}
      onSubmit={(e) => {
        e.preventDefault();
        const body = {
          checklistId: f.checklistId,
          locationId: f.locationId,
          kind: f.kind,
          startsOn: f.startsOn,
          rrule,
          assigneeRole: f.assigneeRole || null,
          // A role replaces a person chosen through the API; no role keeps that person.
          ...(f.assigneeRole ? { assigneeId: null } : {}),
        };
        save.mutate({ id: row?.id, body }, { onSuccess: onDone });
      }}
    >
      <ErrorBanner error={save.error} />
      <div className="form-row">
        <SelectField
          label={t('standards.checklist')}
          value={f.checklistId}
          onChange={set('checklistId')}
          error={errors.checklistId}
          options={checklists.map((c) => ({ value: c.id, label: c.name }))}
        />
        <SelectField
          label={t('standards.location')}
          value={f.locationId}
          onChange={set('locationId')}
          error={errors.locationId}
          options={locations.map((l) => ({ value: l.id, label: l.name }))}
        />
      </div>
      <div className="form-row">
        <SelectField
          label={t('sched.kind')}
          value={f.kind}
          onChange={set('kind')}
          error={errors.kind}
          options={KINDS.map((k) => ({ value: k, label: t(`standards.kind.${k}`) }))}
        />
        <SelectField
          label={t('sched.assignee')}
          value={f.assigneeRole}
          onChange={set('assigneeRole')}
          error={errors.assigneeRole}
          options={ASSIGNEES.map((a) => ({ value: a, label: t(`sched.assignee.${a || 'none'}`) }))}
        />
      </div>
      <div className="form-row">
        <SelectField
          label={t('sched.freq')}
          value={freq}
          onChange={(e) => setFreq(e.target.value as Rule['freq'])}
          options={(['WEEKLY', 'MONTHLY'] as const).map((v) => ({ value: v, label: t(`sched.freq.${v}`) }))}
        />
        <TextField
          label={t('sched.interval')}
          type="number"
          min={1}
          max={52}
          value={every}
          onChange={(e) => setEvery(e.target.value)}
        />
        <TextField
          label={t('sched.startsOn')}
          type="date"
          required
          value={f.startsOn}
          onChange={set('startsOn')}
          error={errors.startsOn}
        />
      </div>
      {freq === 'WEEKLY' ? (
        <fieldset className="weekdays">
          <legend>{t('sched.weekdays')}</legend>
          {names.map((n, i) => (
            <Checkbox
              key={n}
              label={n}
              checked={byDay.includes(i + 1)}
              onChange={(e) => setByDay((d) => (e.target.checked ? [...d, i + 1] : d.filter((x) => x !== i + 1)))}
            />
          ))}
        </fieldset>
      ) : (
        <TextField
          label={t('sched.monthDays')}
          hint={t('sched.monthDaysHint')}
          value={monthDays}
          onChange={(e) => setMonthDays(e.target.value)}
        />
      )}
      <p className="small" data-rule-preview>
        {ruleInWords(t, language, rrule, f.startsOn)}
      </p>
      {errors.rrule ? (
        <p className="field-error" role="alert">
          {errors.rrule}
        </p>
      ) : null}
      <div className="row-actions">
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {t('web.common.save')}
        </button>
        <button type="button" className="btn" onClick={onDone}>
          {t('web.common.cancel')}
        </button>
      </div>
    </form>
  );
}

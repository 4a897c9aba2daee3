import { useState } from 'react';
import { LANGUAGES, type Language } from '../../../shared/domain.ts';
import { useI18n } from '../lib/i18n.tsx';
import { Checkbox, ErrorBanner, fieldErrors, SelectField, TextField } from '../lib/ui.tsx';
import { pick, useSaveChecklist, type Checklist, type Standard, type Texts } from './hooks.ts';
import { TouchpointSelect } from './fields.tsx';

type Named = { id: string; name: string };
type Draft = {
  key: string;
  id?: string;
  standardId: string;
  text: Texts;
  kind: 'pass_fail' | 'scale';
  weight: number;
  critical: boolean;
  naAllowed: boolean;
};

let drafts = 0;
const blank = (): Draft => ({
  key: `new-${++drafts}`,
  standardId: '',
  text: {},
  kind: 'pass_fail',
  weight: 1,
  critical: false,
  naAllowed: true,
});

/** A checklist and its items, in order; items left out are archived by the API, so past answers keep them. */
export function ChecklistForm({
  checklist,
  standards,
  touchpoints,
  onDone,
}: {
  checklist?: Checklist;
  standards: Standard[];
  touchpoints: Named[];
  onDone: () => void;
}) {
  const { t, language } = useI18n();
  const save = useSaveChecklist();
  const errors = fieldErrors(save.error);
  const [lang, setLang] = useState<Language>(language);
  const [name, setName] = useState(checklist?.name ?? '');
  const [touchpointId, setTouchpointId] = useState(checklist?.touchpointId ?? touchpoints[0]?.id ?? '');
  const [passMark, setPassMark] = useState(String(checklist?.passMark ?? 80));
  const [reaudit, setReaudit] = useState(String(checklist?.reauditWithinDays ?? 14));
  const [items, setItems] = useState<Draft[]>(
    checklist?.items.map((i) => ({ ...i, key: i.id, standardId: i.standardId ?? '', text: { ...i.text } })) ?? [
      blank(),
    ],
  );
  const change = (n: number, patch: Partial<Draft>) =>
    setItems((all) => all.map((d, i) => (i === n ? { ...d, ...patch } : d)));
  const move = (n: number, by: -1 | 1) =>
    setItems((all) => {
      const next = [...all];
      [next[n], next[n + by]] = [next[n + by]!, next[n]!];
      return next;
    });
  const itemError = (n: number, f: string) =>
    errors[`items.${n}.${f}`] ?? Object.entries(errors).find(([k]) => k.startsWith(`items.${n}.${f}.`))?.[1];
  const usable = standards.filter((s) => s.active || items.some((i) => i.standardId === s.id));

  return (
    <form
      className="form"
      onSubmit={(e) => {
        e.preventDefault();
        const body = {
          name,
          touchpointId: touchpointId || null,
          passMark: Number(passMark),
          reauditWithinDays: Number(reaudit),
          items: items.map(({ key: _k, standardId, text, ...i }) => ({
            ...i,
            standardId: standardId || null,
            text: Object.fromEntries(Object.entries(text).filter(([, v]) => v.trim())),
          })),
        };
        save.mutate({ id: checklist?.id, body }, { onSuccess: onDone });
      }}
    >
      <ErrorBanner error={save.error} />
      <TextField
        label={t('web.common.name')}
        required
        maxLength={200}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={errors.name}
      />
      <div className="form-row">
        <TouchpointSelect
          touchpoints={touchpoints}
          value={touchpointId}
          onChange={setTouchpointId}
          error={errors.touchpointId}
        />
        <TextField
          label={t('stdEdit.passMark')}
          type="number"
          required
          min={0}
          max={100}
          value={passMark}
          onChange={(e) => setPassMark(e.target.value)}
          error={errors.passMark}
        />
        <TextField
          label={t('stdEdit.reauditWithin')}
          type="number"
          required
          min={1}
          max={180}
          value={reaudit}
          onChange={(e) => setReaudit(e.target.value)}
          error={errors.reauditWithinDays}
        />
        <SelectField
          label={t('stdEdit.language')}
          value={lang}
          onChange={(e) => setLang(e.target.value as Language)}
          options={LANGUAGES.map((l) => ({ value: l, label: l.toUpperCase() }))}
        />
      </div>
      {errors.items ? <p className="field-error">{errors.items}</p> : null}
      <ol className="checklist-items">
        {items.map((d, n) => (
          <li key={d.key} data-draft={n}>
            <fieldset>
              <legend>{t('stdEdit.item', { n: n + 1 })}</legend>
              <SelectField
                label={t('stdEdit.itemStandard')}
                value={d.standardId}
                error={itemError(n, 'standardId')}
                onChange={(e) => {
                  const s = standards.find((x) => x.id === e.target.value);
                  // The standard's title is a good first wording for the item.
                  change(n, {
                    standardId: e.target.value,
                    ...(s && !Object.values(d.text).some((v) => v.trim()) ? { text: { ...s.title } } : {}),
                  });
                }}
                options={[
                  { value: '', label: t('stdEdit.noStandard') },
                  ...usable.map((s) => ({ value: s.id, label: pick(s.title, language) })),
                ]}
              />
              <TextField
                label={t('stdEdit.itemText')}
                maxLength={500}
                value={d.text[lang] ?? ''}
                error={itemError(n, 'text')}
                onChange={(e) => change(n, { text: { ...d.text, [lang]: e.target.value } })}
              />
              <div className="form-row">
                <SelectField
                  label={t('stdEdit.itemKind')}
                  value={d.kind}
                  onChange={(e) => change(n, { kind: e.target.value as Draft['kind'] })}
                  options={(['pass_fail', 'scale'] as const).map((k) => ({ value: k, label: t(`stdEdit.kind.${k}`) }))}
                />
                <SelectField
                  label={t('stdEdit.weight')}
                  value={String(d.weight)}
                  error={itemError(n, 'weight')}
                  onChange={(e) => change(n, { weight: Number(e.target.value) })}
                  options={[1, 2, 3, 4, 5].map((w) => ({ value: String(w), label: String(w) }))}
                />
              </div>
              <Checkbox
                label={t('stdEdit.naAllowed')}
                checked={d.naAllowed}
                onChange={(e) => change(n, { naAllowed: e.target.checked })}
              />
              <Checkbox
                label={t('stdEdit.critical')}
                checked={d.critical}
                onChange={(e) => change(n, { critical: e.target.checked })}
              />
              <div className="row-actions">
                <button type="button" className="btn btn-small" disabled={n === 0} onClick={() => move(n, -1)}>
                  {t('stdEdit.moveUp')}
                </button>
                <button
                  type="button"
                  className="btn btn-small"
                  disabled={n === items.length - 1}
                  onClick={() => move(n, 1)}
                >
                  {t('stdEdit.moveDown')}
                </button>
                <button
                  type="button"
                  className="btn btn-small btn-danger"
                  disabled={items.length === 1}
                  onClick={() => setItems((all) => all.filter((_, i) => i !== n))}
                >
                  {t('stdEdit.removeItem')}
                </button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" className="btn" onClick={() => setItems((all) => [...all, blank()])}>
        {t('stdEdit.addItem')}
      </button>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {save.isPending ? t('web.common.saving') : t('web.common.save')}
        </button>
        <button type="button" className="btn" onClick={onDone}>
          {t('web.common.cancel')}
        </button>
      </div>
    </form>
  );
}

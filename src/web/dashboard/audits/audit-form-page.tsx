import { useState } from 'react';
import { useI18n } from '../lib/i18n.tsx';
import { ErrorBanner, PageHeader } from '../lib/ui.tsx';
import { ItemPhotos } from './item-photos.tsx';
import { useAudit, useChecklists, useSaveAnswer, useSubmitAudit, type SubmitResult } from './hooks.ts';

const pick = (texts: Record<string, string>, lang: string) => texts[lang] || texts.en || Object.values(texts)[0] || '';

/** The phone-friendly audit form: big buttons, one answer saved per tap, submit at the end. */
export function AuditFormPage({ id }: { id: string }) {
  const { t, language } = useI18n();
  const audit = useAudit(id);
  const checklists = useChecklists();
  const save = useSaveAnswer(id);
  const submit = useSubmitAudit(id);
  const [result, setResult] = useState<SubmitResult | null>(null);
  const a = audit.data;
  const checklist = checklists.items.find((c) => c.id === a?.checklistId);
  if (!a || !checklist) return <ErrorBanner error={audit.error ?? checklists.error} />;
  const items = checklist.items.filter((i) => !a.itemIds || a.itemIds.includes(i.id));
  const given = new Map((a.answers ?? []).map((x) => [x.itemId, x]));
  const done = a.status === 'submitted';
  return (
    <div className="audit-form">
      <PageHeader title={`${checklist.name} · ${t(`standards.kind.${a.kind}`)}`} />
      <ErrorBanner error={save.error ?? submit.error} />
      <ol className="audit-items">
        {items.map((item) => {
          const g = given.get(item.id);
          const choices: { label: string; body: { result?: 'pass' | 'fail' | 'na'; value?: number }; on: boolean }[] =
            item.kind === 'scale'
              ? [1, 2, 3, 4, 5].map((v) => ({ label: String(v), body: { value: v }, on: g?.value === v }))
              : (['pass', 'fail'] as const).map((r) => ({
                  label: t(`standards.${r}`),
                  body: { result: r },
                  on: g?.result === r,
                }));
          if (item.naAllowed)
            choices.push({ label: t('standards.na'), body: { result: 'na' }, on: g?.result === 'na' });
          return (
            <li key={item.id} data-item={item.id}>
              <p>
                {pick(item.text, language)}{' '}
                <small>
                  {t('standards.weight', { n: item.weight })}
                  {item.critical ? ` · ${t('standards.critical')}` : ''}
                </small>
              </p>
              <div className="choices" role="group">
                {choices.map((c) => (
                  <button
                    key={c.label}
                    type="button"
                    className={c.on ? 'btn btn-primary' : 'btn'}
                    aria-pressed={c.on}
                    disabled={done}
                    onClick={() => save.mutate({ itemId: item.id, ...c.body })}
                  >
                    {c.label}
                  </button>
                ))}
              </div>
              <ItemPhotos auditId={a.id} itemId={item.id} photos={a.photos ?? []} open={!done} />
            </li>
          );
        })}
      </ol>
      {done || result ? (
        <p role="status" className="audit-result">
          {t('standards.score', { score: result?.score ?? a.score ?? 0 })} ·{' '}
          {(result?.passed ?? a.passed) ? t('standards.passed') : t('standards.failed')}
          {result ? ` · ${t('standards.assignmentsCreated', { n: result.assignmentsCreated })}` : ''}
          {result?.casesOpened ? ` · ${t('standards.casesOpened', { n: result.casesOpened })}` : ''}
        </p>
      ) : (
        <button
          type="button"
          className="btn btn-primary"
          disabled={submit.isPending}
          onClick={async () => setResult(await submit.mutateAsync(undefined))}
        >
          {t('standards.submit')}
        </button>
      )}
    </div>
  );
}

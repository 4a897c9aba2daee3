import { useI18n } from '../lib/i18n.tsx';
import { ErrorBanner, PageHeader, Panel } from '../lib/ui.tsx';
import { useSession } from '../lib/session.tsx';
import {
  useAnswerAssessment,
  useAssessment,
  useAssessments,
  useCloseActionItem,
  useStartAssessment,
  type SelfAssessment,
} from './hooks.ts';

const pick = (texts: Record<string, string>, lang: string) => texts[lang] || texts.en || Object.values(texts)[0] || '';

/** The starting point: levels per dimension beside what Zabota measures, the plan, and the trend. */
export function SelfAssessmentPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const list = useAssessments();
  const start = useStartAssessment();
  const latest = list.items[0];
  return (
    <div>
      <PageHeader title={t('self.title')}>
        {can('self_assessment:write') && (!latest || latest.completedAt) ? (
          <button type="button" className="btn btn-primary" onClick={() => start.mutate(undefined)}>
            {t('self.start')}
          </button>
        ) : null}
      </PageHeader>
      <ErrorBanner error={list.error ?? start.error} />
      {latest ? <Assessment id={latest.id} /> : null}
      {list.items.length > 1 ? (
        <Panel title={t('self.trend')}>
          <ol>
            {list.items
              .filter((a) => a.completedAt)
              .map((a) => (
                <li key={a.id}>
                  {a.completedAt?.slice(0, 10)}: {t('self.overall', { level: a.overall ?? '—' })}
                </li>
              ))}
          </ol>
        </Panel>
      ) : null}
    </div>
  );
}

function Assessment({ id }: { id: string }) {
  const { t, language } = useI18n();
  const a = useAssessment(id);
  const answer = useAnswerAssessment(id);
  const close = useCloseActionItem();
  if (!a.data) return <ErrorBanner error={a.error} />;
  const s: SelfAssessment = a.data;
  if (!s.completedAt)
    return (
      <Panel title={t('self.start')}>
        <p>{t('self.answerHint')}</p>
        <ErrorBanner error={answer.error} />
        <ol className="self-questions">
          {s.questions.map((q) => (
            <li key={q.id}>
              <p>{pick(q.text, language)}</p>
              <div className="choices" role="group">
                {[0, 1, 2, 3, 4].map((v) => (
                  <button
                    key={v}
                    type="button"
                    className={s.answers[q.id] === v ? 'btn btn-primary' : 'btn'}
                    aria-pressed={s.answers[q.id] === v}
                    onClick={() => answer.mutate({ answers: { [q.id]: v } })}
                  >
                    {v}
                  </button>
                ))}
              </div>
            </li>
          ))}
        </ol>
        <button type="button" className="btn btn-primary" onClick={() => answer.mutate({ complete: true })}>
          {t('self.finish')}
        </button>
      </Panel>
    );
  const ev = s.evidence;
  const measured = (v: number | null | undefined) =>
    v === null || v === undefined ? t('self.evidence.notMeasured') : `${v}%`;
  return (
    <>
      <Panel title={t('self.overall', { level: s.overall ?? '—' })}>
        <ul className="levels">
          {s.levels.map((l) => (
            <li key={l.dimension}>
              {t(`self.dim.${l.dimension}`)}: {t('self.level', { level: l.level ?? '—' })}
            </li>
          ))}
        </ul>
      </Panel>
      <Panel title={t('self.evidence')}>
        <ul>
          <li>
            {t('self.evidence.surveyCoverage')}: {measured(ev?.surveyCoverage)}
          </li>
          <li>
            {t('self.evidence.recoveryRate')}: {measured(ev?.recoveryRate)}
          </li>
          <li>
            {t('self.evidence.auditCompliance')}: {measured(ev?.auditCompliance)}
          </li>
        </ul>
      </Panel>
      <Panel title={t('self.plan')}>
        <ul>
          {s.plan?.map((p) => (
            <li key={p.id}>
              {pick(p.title, language)} · {p.dueAt.slice(0, 10)} ·{' '}
              {p.status === 'done' ? (
                t('self.done')
              ) : (
                <button type="button" className="btn" onClick={() => close.mutate(p.id)}>
                  {t('self.done')}
                </button>
              )}
            </li>
          ))}
        </ul>
      </Panel>
    </>
  );
}

import { useState } from 'react';
import { useI18n } from '../lib/i18n.tsx';
import { ErrorBanner, PageHeader, Panel } from '../lib/ui.tsx';
import { useSession } from '../lib/session.tsx';
import { TrainingFiguresTable } from './training-figures.tsx';
import { useAssignments, useAttempt, useLesson, type Assignment, type AttemptResult } from './hooks.ts';

const pick = (texts: Record<string, string>, lang: string) => texts[lang] || texts.en || Object.values(texts)[0] || '';

/** My lessons (staff) or the team's assignments (managers, owners), each with its quiz. */
export function TrainingPage() {
  const { t, language } = useI18n();
  const { me } = useSession();
  const list = useAssignments();
  const [open, setOpen] = useState<Assignment | null>(null);
  return (
    <div>
      <PageHeader title={me.role === 'staff' ? t('training.mine') : t('training.assignments')} />
      <ErrorBanner error={list.error} />
      <ul className="assignments">
        {list.items.map((a) => (
          <li key={a.id} data-assignment={a.id}>
            <strong>{pick(a.lessonTitle, language)}</strong> · {a.staffName} · {t(`training.status.${a.status}`)} ·{' '}
            {t('training.due', { date: a.dueAt.slice(0, 10) })}
            {a.status === 'assigned' && a.staffId === me.staff?.id ? (
              <button type="button" className="btn" onClick={() => setOpen(a)}>
                {t('training.takeQuiz')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {!list.isPending && !list.items.length ? <p>{t('standards.none')}</p> : null}
      {me.role === 'staff' ? null : <TrainingFiguresTable />}
      {open ? <Quiz assignment={open} onClose={() => setOpen(null)} /> : null}
    </div>
  );
}

function Quiz({ assignment, onClose }: { assignment: Assignment; onClose: () => void }) {
  const { t, language } = useI18n();
  const lesson = useLesson(assignment.lessonId);
  const attempt = useAttempt(assignment.id);
  const [result, setResult] = useState<AttemptResult | null>(null);
  const l = lesson.data;
  return (
    <Panel title={l ? pick(l.title, language) : '…'} onClose={onClose}>
      <ErrorBanner error={lesson.error ?? attempt.error} />
      {l ? (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            const fd = new FormData(e.currentTarget);
            const answers = Object.fromEntries(l.quiz.map((q) => [q.id, fd.getAll(q.id).map(String)]));
            setResult(await attempt.mutateAsync(answers));
          }}
        >
          <p className="lesson-body">{pick(l.body, language)}</p>
          {l.videoUrl ? (
            <p>
              <a href={l.videoUrl} target="_blank" rel="noreferrer">
                {t('training.video')}
              </a>
            </p>
          ) : null}
          {l.quiz.map((q) => (
            <fieldset key={q.id}>
              <legend>{pick(q.text, language)}</legend>
              {q.options.map((o) => (
                <label key={o.id} className="opt">
                  <input type={q.kind === 'single' ? 'radio' : 'checkbox'} name={q.id} value={o.id} />{' '}
                  {pick(o.text, language)}
                </label>
              ))}
            </fieldset>
          ))}
          {result ? (
            <p role="status">
              {t('training.result', {
                score: result.score,
                verdict: result.passed ? t('training.status.passed') : t('standards.failed'),
              })}{' '}
              · {t('training.attemptsLeft', { n: result.attemptsLeft })}
            </p>
          ) : null}
          <button type="submit" className="btn btn-primary" disabled={attempt.isPending || !!result?.passed}>
            {t('training.send')}
          </button>
        </form>
      ) : null}
    </Panel>
  );
}

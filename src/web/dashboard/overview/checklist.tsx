import { useQueries } from '@tanstack/react-query';
import { Link } from 'wouter';
import type { MessageKey } from '../../../shared/i18n/translate.ts';
import { useT } from '../lib/i18n.tsx';
import type { Resource } from '../lib/queries.ts';
import type { Query } from '../lib/api.ts';
import { existsQuery } from './hooks.ts';

type Step = {
  id: string;
  href: string;
  title: MessageKey;
  text: MessageKey;
  resource: Resource;
  path: string;
  q?: Query;
};

// Each step is done when its rows exist, so the list tells the truth however the step was done (form, import, API).
const STEPS: Step[] = [
  {
    id: 'location',
    href: '/locations',
    title: 'web.home.step.location',
    text: 'web.home.step.locationText',
    resource: 'locations',
    path: '/locations',
  },
  {
    id: 'touchpoints',
    href: '/touchpoints',
    title: 'web.home.step.touchpoints',
    text: 'web.home.step.touchpointsText',
    resource: 'touchpoints',
    path: '/touchpoints',
  },
  {
    id: 'survey',
    href: '/surveys',
    title: 'web.home.step.survey',
    text: 'web.home.step.surveyText',
    resource: 'surveys',
    path: '/surveys',
  },
  {
    id: 'qr',
    href: '/surveys',
    title: 'web.home.step.qr',
    text: 'web.home.step.qrText',
    resource: 'responses',
    path: '/responses',
    q: { channel: 'qr' },
  },
  {
    id: 'answer',
    href: '/responses',
    title: 'web.home.step.answer',
    text: 'web.home.step.answerText',
    resource: 'responses',
    path: '/responses',
  },
];

function useChecklist() {
  const done = useQueries({ queries: STEPS.map((s) => existsQuery(s.resource, s.path, s.q)) });
  return {
    pending: done.some((d) => d.isPending),
    steps: STEPS.map((s, i) => ({ ...s, done: done[i]!.data === true })),
  };
}

/** The first hour's steps, each ticked from the organisation's data; gone once all are done. */
export function SetupChecklist() {
  const t = useT();
  const { pending, steps } = useChecklist();
  const count = steps.filter((s) => s.done).length;
  if (pending || count === steps.length) return null;
  return (
    <section className="panel checklist" aria-labelledby="checklist-title" data-testid="setup-checklist">
      <div className="panel-head">
        <h2 id="checklist-title">{t('web.home.checklist')}</h2>
        <span className="muted">{t('web.home.checklistDone', { done: count, total: steps.length })}</span>
      </div>
      <ol className="checklist-steps">
        {steps.map((s) => (
          <li key={s.id} className={s.done ? 'done' : undefined} data-step={s.id} data-done={s.done}>
            <span className="check" aria-hidden="true">
              {s.done ? '✓' : ''}
            </span>
            <span>
              <Link href={s.href}>{t(s.title)}</Link>
              <span className="visually-hidden">
                {' — '}
                {s.done ? t('web.home.stepDone') : t('web.home.stepTodo')}
              </span>
              <br />
              <small className="muted">{t(s.text)}</small>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

import { formatDateTime, formatRelative } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import type { CaseItem, CaseStatus, Priority } from './hooks.ts';

export function PriorityBadge({ priority }: { priority: Priority }) {
  const { t } = useI18n();
  return <span className={`badge badge-priority-${priority}`}>{t(`web.cases.priority.${priority}`)}</span>;
}

export function StatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useI18n();
  return <span className={`badge badge-status-${status}`}>{t(`web.cases.status.${status}`)}</span>;
}

/** When the case is due, relative ("in 3 hours"), the exact time on hover; red and flagged once overdue. */
export function Due({ c }: { c: Pick<CaseItem, 'dueAt' | 'overdue' | 'status' | 'resolvedAt'> }) {
  const { t, language } = useI18n();
  const { me } = useSession();
  const exact = formatDateTime(c.dueAt, language, me.org.timeZone);
  if (c.resolvedAt && (c.status === 'resolved' || c.status === 'closed_no_contact'))
    return (
      <time dateTime={c.dueAt} title={exact} className="muted">
        {exact}
      </time>
    );
  return (
    <time dateTime={c.dueAt} title={exact} className={c.overdue ? 'due due-overdue' : 'due'}>
      {c.overdue ? <strong>{t('web.cases.overdue')} · </strong> : null}
      {formatRelative(c.dueAt, language)}
    </time>
  );
}

/** Hours as "2.5 h" or "3 d" (a median time), "—" when there is nothing to measure. */
export function formatHours(h: number | null, t: ReturnType<typeof useI18n>['t']): string {
  if (h === null || Number.isNaN(h)) return '—';
  if (h < 1) return t('web.cases.minutesShort', { n: Math.round(h * 60) });
  if (h >= 48) return t('web.cases.daysShort', { n: Math.round(h / 24) });
  return t('web.cases.hoursShort', { n: h < 10 ? Math.round(h * 10) / 10 : Math.round(h) });
}

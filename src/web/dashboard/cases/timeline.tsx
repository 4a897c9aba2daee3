import type { ReactNode } from 'react';
import { MESSAGING_CHANNELS, type MessagingChannel } from '../../../shared/domain.ts';
import { formatDateTime } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { useAllStaff } from '../staff/hooks.ts';
import { CONTACT_METHODS, STATUSES, type CaseEvent, type CaseStatus, type ContactMethod } from './hooks.ts';

const isStatus = (v: unknown): v is CaseStatus => typeof v === 'string' && (STATUSES as readonly string[]).includes(v);
const isChannel = (v: unknown): v is MessagingChannel => (MESSAGING_CHANNELS as readonly unknown[]).includes(v);
const isMethod = (v: unknown): v is ContactMethod =>
  typeof v === 'string' && (CONTACT_METHODS as readonly string[]).includes(v);
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

/** Everything that happened to the case, oldest first: who, when, what. */
export function Timeline({ events }: { events: CaseEvent[] }) {
  const { t, language } = useI18n();
  const { me } = useSession();
  const staff = useAllStaff();
  const name = (id: unknown) => (typeof id === 'string' ? (staff.items.find((s) => s.id === id)?.name ?? '—') : '—');

  const describe = (e: CaseEvent): { what: string; body?: ReactNode } => {
    const d = e.data;
    switch (e.type) {
      case 'opened':
        return {
          what: text(d.ruleName)
            ? t('web.cases.event.openedByRule', { rule: String(d.ruleName) })
            : t('web.cases.event.opened'),
        };
      case 'note':
        return { what: t('web.cases.event.note'), body: text(d.body) };
      case 'contact': {
        const method = isMethod(d.method) ? t(`web.cases.contact.${d.method}`) : String(d.method);
        return {
          what: `${method} · ${d.reached === false ? t('web.cases.event.notReached') : t('web.cases.event.reached')}`,
          body: text(d.outcome),
        };
      }
      case 'status':
        return {
          what: t('web.cases.event.status', {
            from: isStatus(d.from) ? t(`web.cases.status.${d.from}`) : '—',
            to: isStatus(d.to) ? t(`web.cases.status.${d.to}`) : '—',
          }),
        };
      case 'assignment':
        return {
          what:
            d.by === 'rule'
              ? t('web.cases.event.assignedByRule', { name: name(d.ownerId) })
              : t('web.cases.event.assigned', { name: name(d.ownerId) }),
        };
      case 'escalation':
        return { what: t('web.cases.event.escalation', { name: name(d.to) }) };
      case 'breach':
        return { what: t('web.cases.event.breach') };
      case 'due_soon':
        return { what: t('web.cases.event.dueSoon') };
      case 'follow_up':
        return d.sent
          ? { what: t('web.cases.event.followUpSent') }
          : { what: t('web.cases.event.followUpAnswered', { score: String(d.nps ?? d.csat ?? '—') }) };
      case 'message':
        return {
          what: t(d.direction === 'in' ? 'web.channels.event.in' : 'web.channels.event.out', {
            channel: isChannel(d.channel) ? t(`web.channels.kind.${d.channel}`) : String(d.channel),
          }),
          body: text(d.text),
        };
    }
  };

  if (!events.length) return <p className="muted">{t('web.cases.noEvents')}</p>;
  return (
    <ol className="timeline" aria-label={t('web.cases.timeline')}>
      {events.map((e) => {
        const { what, body } = describe(e);
        return (
          <li key={e.id} className={`event event-${e.type}`} data-testid="case-event">
            <div className="event-head">
              <strong>{what}</strong>
              <span className="muted">
                {e.actorName ?? t('web.cases.system')} ·{' '}
                <time dateTime={e.createdAt}>{formatDateTime(e.createdAt, language, me.org.timeZone)}</time>
              </span>
            </div>
            {body ? <p className="event-body">{body}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}

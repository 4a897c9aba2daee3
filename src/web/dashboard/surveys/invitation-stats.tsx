import { useQuery } from '@tanstack/react-query';
import type { INVITATION_STATUSES } from '../../../shared/domain.ts';
import { get } from '../lib/api.ts';
import { useApiPaths } from '../lib/features.ts';
import { useI18n } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';

type Status = (typeof INVITATION_STATUSES)[number];
/** GET /surveys/{id}/invitation-stats (the invitations module's InvitationStats). */
type Stats = {
  total: number;
  byStatus: Partial<Record<Status, number>>;
  delivered: number;
  openRate: number | null;
  responseRate: number | null;
};

const SHOWN = ['scheduled', 'sent', 'opened', 'answered', 'bounced'] as const satisfies readonly Status[];

/** How the survey's invitations are doing; absent until the server has invitations. */
export function InvitationStats({ surveyId }: { surveyId: string }) {
  const { t, language } = useI18n();
  const { can } = useSession();
  const has = useApiPaths();
  const enabled = has('/api/v1/surveys/{id}/invitation-stats') && can('invitations:read');
  const stats = useQuery({
    queryKey: ['surveys', 'invitationStats', surveyId],
    queryFn: () => get<Stats>(`/surveys/${surveyId}/invitation-stats`),
    enabled,
  });
  const s = stats.data;
  if (!enabled || !s) return null;
  const pct = (v: number | null) =>
    v === null ? '—' : new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(v);
  return (
    <section className="panel" aria-labelledby="invitation-stats">
      <h2 id="invitation-stats">{t('web.surveys.invitationStats')}</h2>
      <ul className="stats">
        <li>
          <span className="stat-value">{s.total}</span>
          <span className="stat-label">{t('web.surveys.invitationsTotal')}</span>
        </li>
        {SHOWN.map((k) => (
          <li key={k}>
            <span className="stat-value">{s.byStatus[k] ?? 0}</span>
            <span className="stat-label">{t(`web.surveys.invitation.${k}`)}</span>
          </li>
        ))}
        <li>
          <span className="stat-value">{pct(s.openRate)}</span>
          <span className="stat-label">{t('web.surveys.openRate')}</span>
        </li>
        <li>
          <span className="stat-value">{pct(s.responseRate)}</span>
          <span className="stat-label">{t('web.surveys.responseRate')}</span>
        </li>
      </ul>
    </section>
  );
}

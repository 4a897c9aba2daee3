import { useState } from 'react';
import { addDays, todayIn } from '../analytics/period.ts';
import { useI18n } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { DataTable } from '../lib/table.tsx';
import { ErrorBanner, PageHeader } from '../lib/ui.tsx';
import {
  useCreatePulseSurvey,
  useEnps,
  useEnpsPanel,
  useOpenRun,
  usePulseComments,
  usePulseSurveys,
  useReply,
  type EnpsResult,
} from './hooks.ts';

type Group = EnpsResult['total'];

/** Employee NPS under the anonymity rules, beside each location's customer NPS, audit compliance and staff exits. */
export function EnpsPage() {
  const { t } = useI18n();
  const { me, can } = useSession();
  const [by, setBy] = useState<'' | 'location' | 'role'>(can('pulse:manage') ? 'location' : '');
  // The organisation's today, not UTC's: just after its midnight UTC is still on the day before.
  const [to, setTo] = useState(() => todayIn(me.org.timeZone));
  const [from, setFrom] = useState(() => addDays(to, -365));
  const period = { from, to };
  const enps = useEnps({ ...period, by: by || undefined });
  const panel = useEnpsPanel(period);
  const threshold = enps.data?.threshold || 5;

  return (
    <div className="page">
      <PageHeader title={t('web.enps.title')} />
      <p className="field-hint">{t('web.enps.intro', { t: threshold })}</p>
      <div className="filters">
        <label>
          <span>{t('web.enps.by')}</span>
          <select value={by} onChange={(e) => setBy(e.target.value as typeof by)} data-testid="enps-by">
            <option value="">{t('web.enps.byNone')}</option>
            <option value="location">{t('web.enps.byLocation')}</option>
            {can('pulse:manage') && <option value="role">{t('web.enps.byRole')}</option>}
          </select>
        </label>
        <label>
          <span>{t('web.interactions.from')}</span>
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          <span>{t('web.interactions.to')}</span>
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
      </div>
      <ErrorBanner error={enps.error} />
      {enps.data && (
        <table className="table" data-testid="enps-table">
          <thead>
            <tr>
              <th />
              <th>{t('web.enps.value')}</th>
              <th>{t('web.enps.interval')}</th>
              <th>{t('web.enps.answers')}</th>
              <th>{t('web.enps.participation')}</th>
            </tr>
          </thead>
          <tbody>
            <GroupRow label={t('web.enps.byNone')} g={enps.data.total} />
            {enps.data.groups.map((g) => (
              <GroupRow key={g.key} label={g.name || g.key} g={g} />
            ))}
          </tbody>
        </table>
      )}
      {panel.data && (
        <section className="panel">
          <h2>{t('web.enps.panel')}</h2>
          <DataTable
            testId="enps-panel"
            rows={panel.data.locations}
            rowKey={(l) => l.locationId}
            columns={[
              { label: t('web.insights.location'), cell: (l) => l.name },
              {
                label: t('web.enps.value'),
                cell: (l) => (l.enps === null ? t('web.enps.hidden') : `${l.enps} (n=${l.enpsN})`),
              },
              {
                label: t('web.enps.customerNps'),
                cell: (l) => (l.customerNps === null ? '—' : `${l.customerNps} (n=${l.customerN})`),
              },
              {
                label: t('web.enps.compliance'),
                cell: (l) => (l.compliance === null ? '—' : `${l.compliance}% (n=${l.audits})`),
              },
              { label: t('web.enps.exits'), cell: (l) => l.exits },
            ]}
          />
          <p>
            {panel.data.correlation === null
              ? t('web.enps.noCorrelation')
              : t('web.enps.correlation', { r: panel.data.correlation })}
          </p>
        </section>
      )}
      <Comments period={period} threshold={threshold} />
      {can('pulse:manage') && <Surveys />}
    </div>
  );
}

function GroupRow({ label, g }: { label: string; g: Group }) {
  const { t } = useI18n();
  return (
    <tr data-group={g.key}>
      <th scope="row">{label}</th>
      {g.hidden || !g.enps ? (
        <td colSpan={4} className="muted">
          {t('web.enps.hidden')}
        </td>
      ) : (
        <>
          <td>{g.enps.value}</td>
          <td>{g.enps.ci95 ? `${g.enps.ci95[0]} … ${g.enps.ci95[1]}` : '—'}</td>
          <td>{g.enps.n}</td>
          <td>{g.participation === null ? '—' : `${g.participation}%`}</td>
        </>
      )}
    </tr>
  );
}

function Comments({ period, threshold }: { period: { from: string; to: string }; threshold: number }) {
  const { t } = useI18n();
  const comments = usePulseComments(period);
  const reply = useReply();
  return (
    <section className="panel">
      <h2>{t('web.enps.comments')}</h2>
      <p className="field-hint">{t('web.enps.commentsHidden', { t: threshold })}</p>
      <ul>
        {(comments.data?.items ?? []).slice(0, 50).map((c) => (
          <li key={c.id}>
            <p>{c.comment}</p>
            {c.replies.map((r, i) => (
              <p key={i} className="muted">
                ↳ {r.body}
              </p>
            ))}
            <form
              className="form"
              onSubmit={(e) => {
                e.preventDefault();
                const form = e.currentTarget;
                const body = String(new FormData(form).get('body') ?? '').trim();
                if (body) reply.mutate({ id: c.id, body }, { onSuccess: () => form.reset() });
              }}
            >
              <input name="body" aria-label={t('web.enps.reply')} maxLength={2000} />
              <button type="submit">{t('web.enps.reply')}</button>
            </form>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Surveys() {
  const { t } = useI18n();
  const surveys = usePulseSurveys();
  const create = useCreatePulseSurvey();
  const run = useOpenRun();
  const [sent, setSent] = useState<number | null>(null);
  return (
    <section className="panel">
      <h2>{t('web.enps.surveys')}</h2>
      <ul>
        {(surveys.data?.items ?? []).map((s) => (
          <li key={s.id}>
            {s.name} · {t(s.cadence === 'monthly' ? 'web.enps.monthly' : 'web.enps.quarterly')} ·{' '}
            {t('web.enps.threshold')}: {s.threshold}{' '}
            <button type="button" onClick={() => run.mutate(s.id, { onSuccess: (r) => setSent(r.invited) })}>
              {t('web.enps.sendRun')}
            </button>
          </li>
        ))}
      </ul>
      {sent !== null && <p role="status">{t('web.enps.sent', { n: sent })}</p>}
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          const fd = new FormData(e.currentTarget);
          create.mutate({
            name: String(fd.get('name') ?? '').trim(),
            cadence: fd.get('cadence') === 'quarterly' ? 'quarterly' : 'monthly',
            threshold: Number(fd.get('threshold') ?? 5),
          });
        }}
      >
        <h3>{t('web.enps.newSurvey')}</h3>
        <input name="name" required aria-label={t('web.enps.newSurvey')} defaultValue={t('voice.pulse.defaultName')} />
        <label>
          <span>{t('web.enps.cadence')}</span>
          <select name="cadence">
            <option value="monthly">{t('web.enps.monthly')}</option>
            <option value="quarterly">{t('web.enps.quarterly')}</option>
          </select>
        </label>
        <label>
          <span>{t('web.enps.threshold')}</span>
          <input name="threshold" type="number" min={3} max={10} defaultValue={5} />
        </label>
        <button type="submit">{t('web.insights.save')}</button>
      </form>
      <ErrorBanner error={create.error ?? run.error} />
    </section>
  );
}

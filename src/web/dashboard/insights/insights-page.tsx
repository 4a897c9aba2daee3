import { useState } from 'react';
import type { MessageKey } from '../../../shared/i18n/translate.ts';
import { formatDateTime } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';
import { LoopbackWarning } from '../lib/loopback-warning.tsx';
import { useAllItems } from '../lib/queries.ts';
import { useSession } from '../lib/session.tsx';
import { DataTable } from '../lib/table.tsx';
import { ErrorBanner, FilterSelect, fieldErrors, ListState, PageHeader, Panel } from '../lib/ui.tsx';
import {
  KINDS,
  STATUSES,
  useComment,
  useFigures,
  useInsight,
  useInsights,
  useIssueLink,
  useUpdateInsight,
  useVote,
  type Insight,
} from './hooks.ts';
import { NewInsight } from './new-insight.tsx';

type Named = { id: string; name: string };

/** The insights board: what staff hear, with votes, statuses, merging, the outcome told back, and the figures. */
export function InsightsPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const [status, setStatus] = useState('');
  const [kind, setKind] = useState('');
  const [locationId, setLocationId] = useState('');
  const [audience, setAudience] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const locations = useAllItems<Named>('locations', '/locations');
  const touchpoints = useAllItems<Named>('touchpoints', '/touchpoints');
  const list = useInsights({
    status: status || undefined,
    kind: kind || undefined,
    locationId: locationId || undefined,
    audience: audience || undefined,
  });
  const items = list.data?.items ?? [];
  const nameOf = (xs: Named[], id: string | null) => (id ? (xs.find((x) => x.id === id)?.name ?? '') : '');

  return (
    <div className="page">
      <PageHeader title={t('web.insights.title')} />
      <p className="field-hint">{t('web.insights.intro')}</p>
      <NewInsight locations={locations.items} touchpoints={touchpoints.items} />
      <div className="filters">
        <FilterSelect
          label={t('web.insights.status')}
          value={status}
          onChange={setStatus}
          allLabel={t('web.insights.allStatuses')}
          items={STATUSES.map((s) => ({ id: s, name: t(`voice.status.${s}` as MessageKey) }))}
        />
        <FilterSelect
          label={t('web.insights.kind')}
          value={kind}
          onChange={setKind}
          allLabel={t('web.insights.allKinds')}
          items={KINDS.map((k) => ({ id: k, name: t(`voice.kind.${k}` as MessageKey) }))}
        />
        <FilterSelect
          label={t('web.ideas.audience')}
          value={audience}
          onChange={setAudience}
          allLabel={t('web.ideas.everyone')}
          items={(['staff', 'customer'] as const).map((a) => ({ id: a, name: t(`web.ideas.audience.${a}`) }))}
        />
        <FilterSelect
          label={t('web.insights.location')}
          value={locationId}
          onChange={setLocationId}
          allLabel={t('web.insights.orgLevel')}
          items={locations.items}
        />
      </div>
      <ListState
        isPending={list.isPending}
        error={list.error}
        empty={items.length === 0}
        emptyText={t('web.insights.empty')}
      />
      {items.length > 0 && (
        <DataTable
          testId="insights-table"
          rows={items}
          rowKey={(i) => i.id}
          rowData={(i) => ({ 'data-insight': i.id })}
          columns={[
            { label: t('web.insights.kind'), cell: (i) => t(`voice.kind.${i.kind}` as MessageKey) },
            {
              label: t('voice.form.titleLabel'),
              cell: (i) => (
                <button type="button" className="link" onClick={() => setOpen(i.id)}>
                  {i.title}
                </button>
              ),
            },
            {
              label: t('web.insights.location'),
              cell: (i) => nameOf(locations.items, i.locationId) || t('web.insights.orgLevel'),
            },
            { label: t('web.insights.touchpoint'), cell: (i) => nameOf(touchpoints.items, i.touchpointId) },
            {
              label: t('web.insights.author'),
              cell: (i) =>
                i.anonymous
                  ? t('web.insights.anonymous')
                  : (i.author?.name ?? (i.audience === 'customer' ? t('web.ideas.customer') : '')),
            },
            { label: t('web.insights.votes'), cell: (i) => i.votes },
            { label: t('web.insights.status'), cell: (i) => t(`voice.status.${i.status}` as MessageKey) },
          ]}
        />
      )}
      {open && (
        <InsightPanel id={open} onClose={() => setOpen(null)} board={items} canManage={can('insights:manage')} />
      )}
      <FiguresSection />
      {can('insights:manage') && <LinkSection />}
    </div>
  );
}

function InsightPanel({
  id,
  onClose,
  board,
  canManage,
}: {
  id: string;
  onClose: () => void;
  board: Insight[];
  canManage: boolean;
}) {
  const { t, language } = useI18n();
  const detail = useInsight(id);
  const update = useUpdateInsight();
  const vote = useVote();
  const comment = useComment();
  const d = detail.data;
  const errors = fieldErrors(update.error);
  if (!d)
    return (
      <Panel title="…" onClose={onClose}>
        {detail.error ? <ErrorBanner error={detail.error} /> : null}
      </Panel>
    );
  const open = d.status === 'new' || d.status === 'reviewing' || d.status === 'planned';
  return (
    <Panel title={d.title} onClose={onClose}>
      <p>
        {t(`voice.kind.${d.kind}` as MessageKey)} · {t(`voice.status.${d.status}` as MessageKey)} ·{' '}
        {t('voice.votes', { n: d.votes })}
      </p>
      {d.body && <p>{d.body}</p>}
      {d.outcome && (
        <p data-testid="insight-outcome">
          <strong>{t('voice.form.outcome')}:</strong> {d.outcome}
        </p>
      )}
      {open && !d.voted && (
        <button type="button" onClick={() => vote.mutate(d.id)}>
          {t('web.insights.vote')}
        </button>
      )}
      {canManage && open && (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            const fd = new FormData(e.currentTarget);
            const outcome = String(fd.get('outcome') ?? '').trim();
            update.mutate({
              id: d.id,
              body: { status: String(fd.get('status')) as (typeof STATUSES)[number], ...(outcome ? { outcome } : {}) },
            });
          }}
        >
          <label>
            <span>{t('web.insights.status')}</span>
            <select name="status" defaultValue={d.status}>
              {STATUSES.filter((s) => s !== 'duplicate').map((s) => (
                <option key={s} value={s}>
                  {t(`voice.status.${s}` as MessageKey)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t('web.insights.outcome')}</span>
            <textarea name="outcome" rows={3} aria-invalid={errors.outcome ? true : undefined} />
          </label>
          {errors.outcome && <p className="field-error">{errors.outcome}</p>}
          <button type="submit">{t('web.insights.save')}</button>
          <ErrorBanner error={update.error} />
        </form>
      )}
      {canManage && open && (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            const target = String(new FormData(e.currentTarget).get('mergedInto') ?? '');
            if (target) update.mutate({ id: d.id, body: { mergedInto: target } });
          }}
        >
          <label>
            <span>{t('web.insights.mergeInto')}</span>
            <select name="mergedInto" defaultValue="">
              <option value="">—</option>
              {[...d.duplicates, ...board.filter((b) => b.id !== d.id && !d.duplicates.some((x) => x.id === b.id))]
                .filter((b) => b.status === 'new' || b.status === 'reviewing' || b.status === 'planned')
                .map((b) => (
                  <option key={b.id} value={b.id}>
                    {b.title}
                  </option>
                ))}
            </select>
          </label>
          <button type="submit">{t('web.insights.merge')}</button>
        </form>
      )}
      <h3>{t('web.insights.evidence')}</h3>
      <p>{t('web.insights.customerComments', { n: d.evidence.customerComments.count })}</p>
      <ul>
        {d.evidence.customerComments.items.map((c) => (
          <li key={c.responseId}>
            <a href={`/responses/${c.responseId}`}>{c.comment}</a>
          </li>
        ))}
      </ul>
      <h4>{t('web.insights.cases')}</h4>
      {d.evidence.cases.length === 0 ? (
        <p className="muted">{t('web.insights.noCases')}</p>
      ) : (
        <ul>
          {d.evidence.cases.map((c) => (
            <li key={c.id}>
              <a href={`/cases/${c.id}`}>
                #{c.number} {c.title}
              </a>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('web.insights.comments')}</h3>
      <ul>
        {d.commentList.map((c) => (
          <li key={c.id}>
            <strong>{c.author?.name ?? ''}</strong> {c.body}{' '}
            <span className="muted">{formatDateTime(c.createdAt, language)}</span>
          </li>
        ))}
      </ul>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const body = String(new FormData(form).get('body') ?? '').trim();
          if (body) comment.mutate({ id: d.id, body }, { onSuccess: () => form.reset() });
        }}
      >
        <label>
          <span>{t('voice.form.comment')}</span>
          <input name="body" maxLength={2000} />
        </label>
        <button type="submit">{t('voice.form.send')}</button>
      </form>
    </Panel>
  );
}

function FiguresSection() {
  const { t } = useI18n();
  const f = useFigures();
  if (!f.data) return f.error ? <ErrorBanner error={f.error} /> : null;
  const d = f.data;
  return (
    <section className="panel" aria-labelledby="insight-figures">
      <h2 id="insight-figures">{t('web.insights.figures')}</h2>
      <div className="tiles">
        <div className="tile">
          <div className="tile-label">{t('web.insights.toldBack')}</div>
          <div className="tile-value">{d.shareToldWithin30 === null ? '—' : `${d.shareToldWithin30}%`}</div>
        </div>
        <div className="tile">
          <div className="tile-label">{t('web.insights.medianDays')}</div>
          <div className="tile-value">{d.medianDaysToOutcome ?? '—'}</div>
        </div>
      </div>
      <DataTable
        rows={d.perLocation}
        rowKey={(l) => l.locationId}
        columns={[
          { label: t('web.insights.location'), cell: (l) => l.name },
          { label: t('web.insights.per10'), cell: (l) => l.per10 ?? '—' },
        ]}
      />
      <h3>{t('web.insights.topIrritants')}</h3>
      <DataTable
        rows={d.topIrritants}
        rowKey={(r) => r.touchpointId}
        columns={[
          { label: t('web.insights.touchpoint'), cell: (r) => r.name },
          { label: t('web.insights.irritants'), cell: (r) => r.irritants },
          { label: t('web.insights.customerNps'), cell: (r) => (r.nps === null ? '—' : `${r.nps} (n=${r.npsN})`) },
        ]}
      />
    </section>
  );
}

function LinkSection() {
  const { t } = useI18n();
  const staff = useAllItems<Named & { active: boolean }>('staff', '/staff');
  const issue = useIssueLink();
  const [issued, setIssued] = useState<{ url: string; qr: string; name: string } | null>(null);
  return (
    <section className="panel">
      <h2>{t('web.insights.link')}</h2>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          const staffId = String(new FormData(e.currentTarget).get('staffId') ?? '');
          const name = staff.items.find((s) => s.id === staffId)?.name ?? '';
          if (staffId) issue.mutate(staffId, { onSuccess: (l) => setIssued({ url: l.url, qr: l.qr, name }) });
        }}
      >
        <select name="staffId" aria-label={t('web.nav.staff')}>
          {staff.items
            .filter((s) => s.active)
            .map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
        </select>
        <button type="submit">{t('web.insights.issueLink')}</button>
      </form>
      {issued && (
        <>
          <LoopbackWarning url={issued.url} />
          <p>
            <code data-testid="insight-link">{issued.url}</code>
          </p>
          <div className="qr-poster" data-testid="insight-poster">
            <h2>{t('web.insights.posterTitle')}</h2>
            <img src={issued.qr} alt={issued.url} width={280} height={280} />
            <p>{t('web.insights.posterHint', { name: issued.name })}</p>
          </div>
          <button type="button" className="no-print" onClick={printPoster}>
            {t('web.insights.printPoster')}
          </button>
        </>
      )}
      <ErrorBanner error={issue.error} />
    </section>
  );
}

/** Prints only the poster: the page is marked for the print style while the dialog is open. */
function printPoster() {
  document.body.classList.add('print-poster');
  window.addEventListener('afterprint', () => document.body.classList.remove('print-poster'), { once: true });
  window.print();
}

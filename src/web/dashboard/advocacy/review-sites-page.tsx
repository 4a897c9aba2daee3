import { useState } from 'react';
import { Link } from 'wouter';
import { formatDateTime } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';
import { DataTable } from '../lib/table.tsx';
import { useSession } from '../lib/session.tsx';
import {
  ErrorBanner,
  fieldErrors,
  formString,
  formText,
  ListState,
  PageHeader,
  Panel,
  SelectField,
  TextField,
} from '../lib/ui.tsx';
import { useAllLocations } from '../locations/hooks.ts';
import {
  PLATFORMS,
  useCreateSource,
  useDeleteSource,
  useReviewSettings,
  useReviewSources,
  useSyncSource,
  useUpdateSource,
  type Platform,
  type ReviewSource,
} from './hooks.ts';
import { RequestSettings, RequestStatus } from './request-settings.tsx';
import './advocacy.css';

/** Where each location's customers can write a review, and how Zabota asks them to. */
export function ReviewSitesPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const locations = useAllLocations();
  const sources = useReviewSources();
  const settings = useReviewSettings();
  const remove = useDeleteSource();
  const sync = useSyncSource();
  const [editing, setEditing] = useState<ReviewSource | 'new' | null>(null);
  const write = can('reviews:write');

  return (
    <>
      <p className="breadcrumb">
        <Link href="/reviews">← {t('web.nav.reviews')}</Link>
      </p>
      <PageHeader title={t('web.nav.reviewSites')}>
        {write ? (
          <button type="button" className="btn btn-primary" onClick={() => setEditing('new')}>
            {t('web.adv.addSite')}
          </button>
        ) : null}
      </PageHeader>
      <p className="muted">{t('web.adv.sitesIntro')}</p>
      {editing ? (
        <Panel title={editing === 'new' ? t('web.adv.addSite') : t('web.common.edit')} onClose={() => setEditing(null)}>
          <SourceForm source={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />
        </Panel>
      ) : null}
      <ListState
        isPending={sources.isPending}
        error={sources.error}
        empty={sources.items.length === 0}
        emptyText={t('web.adv.noSites')}
      />
      <ErrorBanner error={remove.error ?? sync.error} />
      {sync.data ? (
        <p className="alert alert-success" role="status">
          {t('web.adv.imported', { created: sync.data.created, existing: sync.data.existing })}
        </p>
      ) : null}
      {locations.items
        .filter((l) => sources.items.some((s) => s.locationId === l.id))
        .map((l) => (
          <section key={l.id} aria-labelledby={`loc-${l.id}`}>
            <h2 id={`loc-${l.id}`}>{l.name}</h2>
            <DataTable
              className="table-compact"
              testId="review-sites"
              rows={sources.items.filter((s) => s.locationId === l.id)}
              rowKey={(s) => s.id}
              columns={[
                { label: t('web.adv.platform'), cell: (s) => t(`web.adv.platform.${s.platform}`) },
                {
                  label: t('web.adv.reviewLink'),
                  cellClassName: 'break',
                  cell: (s) => (
                    <>
                      <a href={s.url} target="_blank" rel="noreferrer noopener">
                        {s.url}
                      </a>
                      {s.externalRef ? <div className="muted small">{s.externalRef}</div> : null}
                      {s.platform === 'google' && s.externalRef ? <SyncStatus source={s} /> : null}
                    </>
                  ),
                },
                {
                  label: t('web.common.actions'),
                  actions: true,
                  hidden: !write,
                  cell: (s) => (
                    <>
                      <button type="button" className="btn btn-ghost" onClick={() => setEditing(s)}>
                        {t('web.common.edit')}
                      </button>
                      {s.platform === 'google' && s.externalRef && settings.data?.googleConnected ? (
                        <button
                          type="button"
                          className="btn btn-ghost"
                          disabled={sync.isPending}
                          onClick={() => sync.mutate(s.id)}
                        >
                          {t('web.adv.syncNow')}
                        </button>
                      ) : null}
                      <button
                        type="button"
                        className="btn btn-ghost"
                        onClick={() => window.confirm(t('web.adv.confirmDelete')) && remove.mutate(s.id)}
                      >
                        {t('web.common.delete')}
                      </button>
                    </>
                  ),
                },
              ]}
            />
          </section>
        ))}
      {can('reviews:settings') ? <RequestSettings /> : null}
      <RequestStatus />
    </>
  );
}

/** Google polling at a glance: the last good read, a failure and when it is tried again. */
function SyncStatus({ source: s }: { source: ReviewSource }) {
  const { t, language } = useI18n();
  return (
    <div className="small" data-testid="sync-status">
      <span className="muted">
        {s.lastSyncAt
          ? t('web.adv.lastRead', { time: formatDateTime(s.lastSyncAt, language) })
          : t('web.adv.notReadYet')}
      </span>
      {s.lastSyncError ? (
        <div className="field-error">{t('web.adv.readFailed', { error: s.lastSyncError })}</div>
      ) : null}
      {s.nextSyncAt ? (
        <div className="muted">{t('web.adv.nextRead', { time: formatDateTime(s.nextSyncAt, language) })}</div>
      ) : null}
    </div>
  );
}

function SourceForm({ source, onDone }: { source: ReviewSource | null; onDone: () => void }) {
  const { t } = useI18n();
  const locations = useAllLocations();
  const create = useCreateSource();
  const update = useUpdateSource();
  const [platform, setPlatform] = useState<Platform>(source?.platform ?? 'google');
  const m = source ? update : create;
  const errors = fieldErrors(m.error);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        const body = {
          locationId: formString(fd, 'locationId'),
          platform,
          url: formString(fd, 'url'),
          externalRef: platform === 'google' ? formText(fd, 'externalRef') : null,
        };
        if (source) update.mutate({ id: source.id, body }, { onSuccess: onDone });
        else create.mutate(body, { onSuccess: onDone });
      }}
    >
      <SelectField
        label={t('web.interactions.location')}
        name="locationId"
        defaultValue={source?.locationId ?? locations.items[0]?.id}
        options={locations.items.map((l) => ({ value: l.id, label: l.name }))}
        error={errors.locationId}
      />
      <SelectField
        label={t('web.adv.platform')}
        value={platform}
        onChange={(e) => setPlatform(e.target.value as Platform)}
        options={PLATFORMS.map((p) => ({ value: p, label: t(`web.adv.platform.${p}`) }))}
        error={errors.platform}
      />
      <TextField
        label={t('web.adv.reviewLink')}
        name="url"
        type="url"
        required
        defaultValue={source?.url}
        hint={t('web.adv.reviewLinkHint')}
        error={errors.url}
      />
      {platform === 'google' ? (
        <TextField
          label={t('web.adv.googleLocation')}
          name="externalRef"
          defaultValue={source?.externalRef ?? ''}
          placeholder="accounts/123/locations/456"
          hint={t('web.adv.googleLocationHint')}
          error={errors.externalRef}
        />
      ) : null}
      <ErrorBanner error={m.error} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={m.isPending}>
          {t('web.common.save')}
        </button>
      </div>
    </form>
  );
}

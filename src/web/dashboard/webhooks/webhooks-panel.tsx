import { useState } from 'react';
import { useApiPaths } from '../lib/features.ts';
import { formatDateTime } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { DataTable } from '../lib/table.tsx';
import { Checkbox, ErrorBanner, fieldErrors, ListState, LoadMore, Panel, TextField } from '../lib/ui.tsx';
import {
  EVENTS,
  useCreateWebhook,
  useDeleteWebhook,
  useDeliveries,
  useRotateSecret,
  useTestWebhook,
  useUpdateWebhook,
  useWebhooks,
  type WebhookWithSecret,
} from './hooks.ts';

/** Signed webhooks (settings, owner only): endpoints, their events, the secret shown once, and the delivery log. */
export default function WebhooksPanel() {
  const { t, language } = useI18n();
  const { me } = useSession();
  const has = useApiPaths();
  const list = useWebhooks();
  const create = useCreateWebhook();
  const update = useUpdateWebhook();
  const remove = useDeleteWebhook();
  const rotate = useRotateSecret();
  const test = useTestWebhook();
  const [events, setEvents] = useState<string[]>(['response.created']);
  const [secret, setSecret] = useState<WebhookWithSecret | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  if (!has('/api/v1/webhooks')) return null;
  const errors = fieldErrors(create.error);

  return (
    <Panel title={t('web.webhooks.title')}>
      <p className="field-hint">{t('web.webhooks.intro')}</p>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const fd = new FormData(form);
          create.mutate(
            {
              url: String(fd.get('url') ?? '').trim(),
              events: events as (typeof EVENTS)[number][],
              description: String(fd.get('description') ?? '').trim() || null,
            },
            {
              onSuccess: (w) => {
                setSecret(w);
                form.reset();
              },
            },
          );
        }}
      >
        <div className="form-row">
          <TextField
            label={t('web.webhooks.url')}
            name="url"
            type="url"
            required
            placeholder="https://"
            error={errors.url}
          />
          <TextField label={t('web.common.description')} name="description" error={errors.description} />
        </div>
        <fieldset className="fieldset">
          <legend>{t('web.webhooks.events')}</legend>
          <div className="checks">
            {EVENTS.map((ev) => (
              <Checkbox
                key={ev}
                label={ev}
                checked={events.includes(ev)}
                onChange={(e) => setEvents(e.currentTarget.checked ? [...events, ev] : events.filter((x) => x !== ev))}
              />
            ))}
          </div>
          {errors.events ? <small className="field-error">{errors.events}</small> : null}
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={create.isPending || events.length === 0}>
            {t('web.webhooks.add')}
          </button>
        </div>
      </form>
      <ErrorBanner error={create.error ?? update.error ?? remove.error ?? rotate.error ?? test.error} />
      {secret ? (
        <div className="alert alert-success" role="status">
          <p>
            <strong>{t('web.webhooks.secretTitle', { url: secret.url })}</strong>
          </p>
          <p>{t('web.apiKeys.shownOnce')}</p>
          <input
            className="mono"
            readOnly
            value={secret.secret}
            aria-label={t('web.webhooks.secret')}
            onFocus={(e) => e.currentTarget.select()}
            data-testid="webhook-secret"
          />
        </div>
      ) : null}
      {test.data ? (
        <p className={test.data.ok ? 'alert alert-success' : 'alert alert-error'} role="status">
          {t('web.webhooks.testResult', { status: test.data.statusCode ?? '—', ms: test.data.durationMs })}
          {test.data.error ? <span className="alert-detail">{test.data.error}</span> : null}
        </p>
      ) : null}
      <ListState
        isPending={list.isPending}
        error={list.error}
        empty={list.items.length === 0}
        emptyText={t('web.webhooks.empty')}
      />
      {list.items.length ? (
        <DataTable
          rows={list.items}
          rowKey={(w) => w.id}
          rowClassName={(w) => (w.active ? undefined : 'row-inactive')}
          columns={[
            {
              label: t('web.webhooks.url'),
              cell: (w) => (
                <>
                  <code>{w.url}</code>
                  {w.description ? <div className="muted small">{w.description}</div> : null}
                </>
              ),
            },
            { label: t('web.webhooks.events'), cell: (w) => w.events.join(', ') },
            {
              label: t('web.common.status'),
              cell: (w) => (
                <Checkbox
                  label={t('web.common.active')}
                  checked={w.active}
                  disabled={update.isPending}
                  onChange={(e) => update.mutate({ id: w.id, body: { active: e.currentTarget.checked } })}
                />
              ),
            },
            {
              label: t('web.common.actions'),
              actions: true,
              cell: (w) => (
                <>
                  <button
                    type="button"
                    className="btn btn-small"
                    disabled={test.isPending}
                    onClick={() => test.mutate(w.id)}
                  >
                    {t('web.webhooks.test')}
                  </button>
                  <button
                    type="button"
                    className="btn btn-small"
                    onClick={() => setOpen(open === w.id ? null : w.id)}
                    aria-expanded={open === w.id}
                  >
                    {t('web.webhooks.deliveries')}
                  </button>
                  <button
                    type="button"
                    className="btn btn-small"
                    onClick={() =>
                      window.confirm(t('web.webhooks.confirmRotate')) && rotate.mutate(w.id, { onSuccess: setSecret })
                    }
                  >
                    {t('web.webhooks.rotate')}
                  </button>
                  <button
                    type="button"
                    className="btn btn-small btn-danger"
                    onClick={() =>
                      window.confirm(t('web.webhooks.confirmDelete', { url: w.url })) && remove.mutate(w.id)
                    }
                  >
                    {t('web.common.delete')}
                  </button>
                </>
              ),
            },
          ]}
        />
      ) : null}
      {open ? <Deliveries id={open} timeZone={me.org.timeZone} language={language} /> : null}
    </Panel>
  );
}

function Deliveries({
  id,
  timeZone,
  language,
}: {
  id: string;
  timeZone: string;
  language: Parameters<typeof formatDateTime>[1];
}) {
  const { t } = useI18n();
  const list = useDeliveries(id);
  return (
    <section aria-labelledby="deliveries-title">
      <h3 id="deliveries-title">{t('web.webhooks.deliveries')}</h3>
      <ListState
        isPending={list.isPending}
        error={list.error}
        empty={list.items.length === 0}
        emptyText={t('web.webhooks.noDeliveries')}
      />
      {list.items.length ? (
        <DataTable
          className="table-compact"
          rows={list.items}
          rowKey={(d) => d.id}
          rowClassName={(d) => (d.ok ? undefined : 'row-error')}
          columns={[
            { label: t('web.interactions.when'), cell: (d) => formatDateTime(d.attemptedAt, language, timeZone) },
            { label: t('web.webhooks.event'), cell: (d) => <code>{d.eventType}</code> },
            { label: t('web.webhooks.attempt'), align: 'num', cell: (d) => d.attempt },
            {
              label: t('web.webhooks.result'),
              cell: (d) => (
                <>
                  {d.statusCode ?? '—'} · {d.durationMs} ms{d.error ? ` · ${d.error}` : ''}
                  {d.willRetry ? ` · ${t('web.webhooks.willRetry')}` : ''}
                </>
              ),
            },
          ]}
        />
      ) : null}
      <LoadMore
        hasNextPage={list.hasNextPage}
        isFetchingNextPage={list.isFetchingNextPage}
        fetchNextPage={list.fetchNextPage}
      />
    </section>
  );
}

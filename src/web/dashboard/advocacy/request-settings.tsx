import { useState } from 'react';
import { Link } from 'wouter';
import type { Language } from '../../../shared/i18n/dictionaries.ts';
import { DeliveryTrail } from '../channels/delivery-list.tsx';
import { formatDateTime } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';
import { DataTable } from '../lib/table.tsx';
import { StatusFilter } from './status-filter.tsx';
import { Checkbox, ErrorBanner, fieldErrors, ListState, LoadMore, TextArea, TextField } from '../lib/ui.tsx';
import { useReviewRequests, useReviewSettings, useSaveReviewSettings, type ReviewSettings } from './hooks.ts';

const LANGUAGES: Language[] = ['en', 'ru', 'bg'];
type ReplyTemplate = ReviewSettings['replyTemplates'][number];

/** The owner's choices: whether requests go out and when, their wording, reply templates, the Google connection. */
export function RequestSettings() {
  const { t } = useI18n();
  const settings = useReviewSettings();
  if (!settings.data) return <ErrorBanner error={settings.error} />;
  return (
    <section aria-labelledby="request-settings">
      <h2 id="request-settings">{t('web.adv.requestSettings')}</h2>
      <SettingsForm s={settings.data} />
    </section>
  );
}

function SettingsForm({ s }: { s: ReviewSettings }) {
  const { t } = useI18n();
  const save = useSaveReviewSettings();
  const [replies, setReplies] = useState<ReplyTemplate[]>(s.replyTemplates);
  const errors = fieldErrors(save.error);
  return (
    <form
      data-testid="request-settings"
      onSubmit={(e) => {
        e.preventDefault();
        const fd = new FormData(e.currentTarget);
        const requestTemplates: Record<string, { subject: string; body: string }> = {};
        for (const l of LANGUAGES) {
          const subject = String(fd.get(`subject.${l}`) ?? '').trim();
          const body = String(fd.get(`body.${l}`) ?? '').trim();
          if (subject || body) requestTemplates[l] = { subject, body };
        }
        const token = String(fd.get('googleAccessToken') ?? '').trim();
        save.mutate({
          requestsEnabled: fd.get('requestsEnabled') === 'on',
          delayHours: Number(fd.get('delayHours')),
          recoveryDueHours: Number(fd.get('recoveryDueHours')),
          requestTemplates,
          replyTemplates: replies.filter((r) => r.name.trim() || r.body.trim()),
          googleBaseUrl: String(fd.get('googleBaseUrl') ?? '').trim() || null,
          ...(token ? { googleAccessToken: token } : {}),
        });
      }}
    >
      <Checkbox label={t('web.adv.requestsEnabled')} name="requestsEnabled" defaultChecked={s.requestsEnabled} />
      <p className="muted small">{t('web.adv.requestsRule')}</p>
      <TextField
        label={t('web.adv.delayHours')}
        name="delayHours"
        type="number"
        min={0}
        max={336}
        defaultValue={s.delayHours}
        error={errors.delayHours}
      />
      <TextField
        label={t('web.adv.recoveryDueHours')}
        name="recoveryDueHours"
        type="number"
        min={1}
        max={720}
        defaultValue={s.recoveryDueHours}
        error={errors.recoveryDueHours}
      />
      <fieldset>
        <legend>{t('web.adv.requestWording')}</legend>
        <p className="muted small">{t('web.adv.requestWordingHint')}</p>
        {LANGUAGES.map((l) => (
          <div key={l} className="lang-block">
            <span className="lang-code">{l}</span>
            <TextField
              label={t('web.adv.subject')}
              name={`subject.${l}`}
              defaultValue={s.requestTemplates[l]?.subject ?? ''}
              error={errors[`requestTemplates.${l}.subject`]}
            />
            <TextArea
              label={t('web.adv.body')}
              name={`body.${l}`}
              rows={3}
              defaultValue={s.requestTemplates[l]?.body ?? ''}
              error={errors[`requestTemplates.${l}.body`]}
            />
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('web.adv.replyTemplates')}</legend>
        <p className="muted small">{t('web.adv.replyTemplatesHint')}</p>
        {replies.map((r, i) => {
          const change = (patch: Partial<ReplyTemplate>) =>
            setReplies((all) => all.map((x, j) => (j === i ? { ...x, ...patch } : x)));
          return (
            <div key={i} className="lang-block">
              <TextField
                label={t('web.common.name')}
                value={r.name}
                onChange={(e) => change({ name: e.target.value })}
                error={errors[`replyTemplates.${i}.name`]}
              />
              <label className="field">
                <span>{t('web.common.language')}</span>
                <select value={r.language} onChange={(e) => change({ language: e.target.value })}>
                  {LANGUAGES.map((l) => (
                    <option key={l} value={l}>
                      {l}
                    </option>
                  ))}
                </select>
              </label>
              <TextArea
                label={t('web.adv.body')}
                rows={3}
                value={r.body}
                onChange={(e) => change({ body: e.target.value })}
                error={errors[`replyTemplates.${i}.body`]}
              />
              <button
                type="button"
                className="btn btn-ghost"
                onClick={() => setReplies((all) => all.filter((_, j) => j !== i))}
              >
                {t('web.common.delete')}
              </button>
            </div>
          );
        })}
        <button
          type="button"
          className="btn"
          onClick={() => setReplies((all) => [...all, { name: '', language: 'en', body: '' }])}
        >
          {t('web.adv.addTemplate')}
        </button>
      </fieldset>
      <fieldset>
        <legend>{t('web.adv.google')}</legend>
        <p className="muted small">
          {s.googleConnected ? t('web.adv.googleConnected') : t('web.adv.googleNotConnected')}
        </p>
        <TextField
          label={t('web.adv.googleBaseUrl')}
          name="googleBaseUrl"
          type="url"
          defaultValue={s.googleBaseUrl ?? ''}
          placeholder="https://mybusiness.googleapis.com"
          error={errors.googleBaseUrl}
        />
        <TextField
          label={t('web.adv.googleToken')}
          name="googleAccessToken"
          type="password"
          autoComplete="off"
          hint={s.googleConnected ? t('web.adv.tokenSet') : undefined}
          error={errors.googleAccessToken}
        />
      </fieldset>
      <ErrorBanner error={save.error} />
      {save.isSuccess ? (
        <p className="alert alert-success" role="status">
          {t('web.common.saved')}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {t('web.common.save')}
        </button>
      </div>
    </form>
  );
}

const STATUSES = ['scheduled', 'sent', 'clicked', 'skipped', 'bounced'] as const;
/** Why a request was skipped, as the request trigger records it. */
const REASONS = ['no_email', 'no_consent', 'insider', 'recently_asked', 'no_review_source'] as const;

/** The requests Zabota made: when each goes or went, and whether the customer followed the link. */
export function RequestStatus() {
  const { t, language } = useI18n();
  const [status, setStatus] = useState('');
  const list = useReviewRequests(status || undefined);
  return (
    <section aria-labelledby="request-status">
      <h2 id="request-status">{t('web.adv.requests')}</h2>
      <StatusFilter
        statuses={STATUSES}
        value={status}
        onChange={setStatus}
        name={(s) => t(`web.adv.requestStatus.${s}`)}
      />
      <ListState
        isPending={list.isPending}
        error={list.error}
        empty={list.items.length === 0}
        emptyText={t('web.adv.noRequests')}
      />
      {list.items.length ? (
        <DataTable
          className="table-compact"
          testId="review-requests"
          rows={list.items}
          rowKey={(r) => r.id}
          columns={[
            {
              label: t('web.interactions.customer'),
              cell: (r) => (
                <>
                  <Link href={`/customers/${r.customerId}`}>{t('web.adv.openCustomer')}</Link>{' '}
                  <span className="lang-code">{r.language}</span>
                </>
              ),
            },
            {
              label: t('web.common.status'),
              cell: (r) => (
                <>
                  {t(`web.adv.requestStatus.${r.status}`)}
                  {r.reason ? (
                    <div className="muted small">
                      {(REASONS as readonly string[]).includes(r.reason)
                        ? t(`web.adv.reason.${r.reason as (typeof REASONS)[number]}`)
                        : r.reason}
                    </div>
                  ) : null}
                  {r.status === 'scheduled' || r.status === 'skipped' ? null : (
                    <DeliveryTrail path={`/review-requests/${r.id}/deliveries`} />
                  )}
                </>
              ),
            },
            { label: t('web.adv.scheduledFor'), cell: (r) => formatDateTime(r.scheduledFor, language) },
            { label: t('web.adv.sentAt'), cell: (r) => (r.sentAt ? formatDateTime(r.sentAt, language) : '—') },
            { label: t('web.adv.clickedAt'), cell: (r) => (r.clickedAt ? formatDateTime(r.clickedAt, language) : '—') },
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

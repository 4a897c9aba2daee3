import { useState, type FormEvent } from 'react';
import type { z } from 'zod';
import type { invitation, invitationCreated } from '../../../modules/invitations/invitations.contract.ts';
import { get, post, type Page, type Query } from '../lib/api.ts';
import { formatDateTime } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';
import { useApiMutation, usePagedList } from '../lib/queries.ts';
import { useSession } from '../lib/session.tsx';
import { DataTable } from '../lib/table.tsx';
import { ErrorBanner, fieldErrors, ListState, SelectField } from '../lib/ui.tsx';
import { useAllSurveys } from '../surveys/hooks.ts';
import { useCustomerChannels } from '../channels/hooks.ts';
import { DeliveryTrail } from '../channels/delivery-list.tsx';

type Invitation = z.infer<typeof invitation>;
type Created = z.infer<typeof invitationCreated>;
type Customer = { id: string; email: string | null; consentEmail: boolean };

/** Sends one of the active surveys to the customer: by email (Zabota mails it) or as a personal link to pass on. */
export function SendSurvey({ customer }: { customer: Customer }) {
  const { t } = useI18n();
  const surveys = useAllSurveys().items.filter((s) => s.status === 'active');
  const canEmail = !!customer.email && customer.consentEmail;
  const channels = useCustomerChannels(customer.id);
  // Messengers and SMS where the customer gave an address and agreed; the preferred one first.
  const messengers = (channels.data?.addresses ?? [])
    .filter((a) => a.consent)
    .map((a) => a.channel)
    .sort((a, b) => Number(b === channels.data?.preferred) - Number(a === channels.data?.preferred));
  const [created, setCreated] = useState<Created | null>(null);
  const send = useApiMutation('invitations', (body: { surveyId: string; channel: Created['channel'] }) =>
    post<Created>('/invitations', { ...body, customerId: customer.id }),
  );
  const errors = fieldErrors(send.error);
  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    setCreated(null);
    setCreated(
      await send.mutateAsync({
        surveyId: String(fd.get('surveyId')),
        channel: String(fd.get('channel')) as Created['channel'],
      }),
    );
  };
  if (surveys.length === 0) return <p className="muted">{t('web.customer.noActiveSurvey')}</p>;
  return (
    <form className="send-survey" onSubmit={(e) => void onSubmit(e).catch(() => undefined)}>
      <div className="form-row">
        <SelectField
          name="surveyId"
          label={t('web.customer.survey')}
          error={errors.surveyId}
          options={surveys.map((s) => ({ value: s.id, label: s.name }))}
        />
        <SelectField
          name="channel"
          label={t('web.customer.how')}
          error={errors.channel ?? errors.customerId}
          key={messengers.join()}
          defaultValue={
            channels.data?.preferred === 'email' && canEmail
              ? 'email'
              : (messengers[0] ?? (canEmail ? 'email' : 'link'))
          }
          hint={canEmail || messengers.length ? undefined : t('web.customer.noEmailConsent')}
          options={[
            ...messengers.map((c) => ({
              value: c,
              label: t('web.channels.by', { channel: t(`web.channels.kind.${c}`) }),
            })),
            ...(canEmail ? [{ value: 'email', label: t('web.customer.byEmail') }] : []),
            { value: 'link', label: t('web.customer.byLink') },
          ]}
        />
      </div>
      <ErrorBanner error={send.error} />
      <button type="submit" className="btn btn-primary" disabled={send.isPending}>
        {send.isPending ? t('web.common.saving') : t('web.customer.send')}
      </button>
      {created ? (
        <p className="alert alert-success" role="status">
          {created.channel === 'email'
            ? t('web.customer.emailQueued')
            : created.channel === 'link'
              ? t('web.customer.linkReady')
              : t('web.channels.queued', { channel: t(`web.customer.channel.${created.channel}`) })}
          {created.url && created.channel === 'link' ? (
            <>
              {' '}
              <code data-testid="invitation-url">{created.url}</code>
            </>
          ) : null}
        </p>
      ) : null}
    </form>
  );
}

/** The customer's invitations and where each one stands. */
export function CustomerInvitations({ customerId }: { customerId: string }) {
  const { t, language } = useI18n();
  const { me } = useSession();
  const list = usePagedList<Invitation>('invitations', '/invitations', { customerId }, 20);
  const surveys = useAllSurveys().items;
  const when = (iso: string | null) => (iso ? formatDateTime(iso, language, me.org.timeZone) : '—');
  return (
    <>
      <ListState
        isPending={list.isPending}
        error={list.error}
        empty={list.items.length === 0}
        emptyText={t('web.customer.noInvitations')}
      />
      {list.items.length ? (
        <DataTable
          testId="customer-invitations"
          rows={list.items}
          rowKey={(i) => i.id}
          columns={[
            { label: t('web.customer.survey'), cell: (i) => surveys.find((s) => s.id === i.surveyId)?.name ?? '—' },
            { label: t('web.customer.how'), cell: (i) => t(`web.customer.channel.${i.channel}`) },
            {
              label: t('web.common.status'),
              cell: (i) => (
                <>
                  <span className={`badge badge-invitation-${i.status}`} title={i.error ?? undefined}>
                    {t(`web.customer.invitation.${i.status}`)}
                  </span>
                  {i.status === 'scheduled' || i.status === 'skipped' ? null : (
                    <DeliveryTrail path={`/invitations/${i.id}/deliveries`} />
                  )}
                </>
              ),
            },
            { label: t('web.customer.sentAt'), cell: (i) => when(i.sentAt ?? i.scheduledFor) },
            { label: t('web.customer.answeredAt'), cell: (i) => when(i.answeredAt) },
          ]}
        />
      ) : null}
    </>
  );
}

const LIST_CAP = 1000;
type ListResult = { sent: number; noConsent: number; failed: number };

/**
 * Sends a survey by email to every customer the list's filters find (up to LIST_CAP): one invitation
 * each through the same API, so consent, quiet hours and the throttle apply to every one of them.
 */
export function SendToList({ filter }: { filter: Query }) {
  const { t } = useI18n();
  const surveys = useAllSurveys().items.filter((s) => s.status === 'active');
  const [result, setResult] = useState<ListResult | null>(null);
  const send = useApiMutation('invitations', async (surveyId: string) => {
    const tally: ListResult = { sent: 0, noConsent: 0, failed: 0 };
    let cursor: string | null = null;
    let seen = 0;
    do {
      const page: Page<Customer> = await get<Page<Customer>>('/customers', { ...filter, limit: 100, cursor });
      for (const c of page.items) {
        if (!c.email || !c.consentEmail) {
          tally.noConsent++;
          continue;
        }
        await post('/invitations', { surveyId, customerId: c.id, channel: 'email' }).then(
          () => tally.sent++,
          () => tally.failed++,
        );
      }
      seen += page.items.length;
      cursor = page.nextCursor;
    } while (cursor && seen < LIST_CAP);
    return tally;
  });
  if (surveys.length === 0) return <p className="muted">{t('web.customer.noActiveSurvey')}</p>;
  return (
    <form
      className="send-survey"
      onSubmit={(e) => {
        e.preventDefault();
        setResult(null);
        void send.mutateAsync(String(new FormData(e.currentTarget).get('surveyId'))).then(setResult, () => undefined);
      }}
    >
      <p className="muted">{t('web.customer.listHint', { cap: LIST_CAP })}</p>
      <SelectField
        name="surveyId"
        label={t('web.customer.survey')}
        options={surveys.map((s) => ({ value: s.id, label: s.name }))}
      />
      <ErrorBanner error={send.error} />
      <button type="submit" className="btn btn-primary" disabled={send.isPending}>
        {send.isPending ? t('web.common.saving') : t('web.customer.sendToList')}
      </button>
      {result ? (
        <p className="alert alert-success" role="status" data-testid="list-result">
          {t('web.customer.listResult', result)}
        </p>
      ) : null}
    </form>
  );
}

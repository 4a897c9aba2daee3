import { Link } from 'wouter';
import { InteractionsTable } from '../interactions/interactions-table.tsx';
import { useInteractions } from '../interactions/hooks.ts';
import { formatDateTime } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { ErrorBanner, ListState, LoadMore } from '../lib/ui.tsx';
import { useCustomer } from './hooks.ts';
import { CustomerCases, CustomerResponses } from './customer-records.tsx';
import { CustomerInvitations, SendSurvey } from './customer-surveys.tsx';
import { CustomerChannelsSection, MessageList } from '../channels/customer-channels.tsx';
import { DeliveryList } from '../channels/delivery-list.tsx';
import { LoyaltyPanel } from '../recognition/loyalty-panel.tsx';
import { CustomerIdeas } from '../insights/customer-ideas.tsx';

/** One customer: who they are, how they came, and every interaction they had with the business. */
export function CustomerPage({ id }: { id: string }) {
  const { t, language } = useI18n();
  const { me, can } = useSession();
  const customer = useCustomer(id);
  const history = useInteractions({ customerId: id });
  const c = customer.data;
  const yesNo = (v: boolean) => (v ? t('web.common.yes') : t('web.common.no'));

  return (
    <>
      <p className="breadcrumb">
        <Link href="/customers">← {t('web.nav.customers')}</Link>
      </p>
      {customer.isPending ? <p role="status">{t('web.common.loading')}</p> : null}
      <ErrorBanner error={customer.error} />
      {c ? (
        <>
          <h1>{c.name ?? c.email ?? t('web.customers.unnamed')}</h1>
          <dl className="details">
            <div>
              <dt>{t('web.common.email')}</dt>
              <dd>{c.email ?? '—'}</dd>
            </div>
            <div>
              <dt>{t('web.customers.phone')}</dt>
              <dd>{c.phone ?? '—'}</dd>
            </div>
            <div>
              <dt>{t('web.common.language')}</dt>
              <dd>{c.language ?? '—'}</dd>
            </div>
            <div>
              <dt>{t('web.customers.channel')}</dt>
              <dd>{c.acquisitionChannel ?? '—'}</dd>
            </div>
            <div>
              <dt>{t('web.customers.campaign')}</dt>
              <dd>{c.acquisitionCampaign ?? '—'}</dd>
            </div>
            <div>
              <dt>{t('web.customers.consentEmail')}</dt>
              <dd>{yesNo(c.consentEmail)}</dd>
            </div>
            <div>
              <dt>{t('web.customers.consentSms')}</dt>
              <dd>{yesNo(c.consentSms)}</dd>
            </div>
            <div>
              <dt>{t('web.customers.externalId')}</dt>
              <dd>{c.externalId ?? '—'}</dd>
            </div>
            <div>
              <dt>{t('web.customers.since')}</dt>
              <dd data-testid="customer-since">
                {formatDateTime(c.since?.at ?? c.createdAt, language, me.org.timeZone)}{' '}
                <span className="muted small">({t(`web.customer.sinceFrom.${c.since?.from ?? 'created'}`)})</span>
              </dd>
            </div>
          </dl>
          {c.notes ? (
            <section>
              <h2>{t('web.customers.notes')}</h2>
              <p className="notes">{c.notes}</p>
            </section>
          ) : null}
          <section aria-labelledby="customer-channels">
            <h2 id="customer-channels">{t('web.channels.customerTitle')}</h2>
            <CustomerChannelsSection customerId={id} />
          </section>
          <LoyaltyPanel customerId={id} />
          <CustomerIdeas customerId={id} hasEmail={!!c.email} />
          {can('invitations:write') ? (
            <section aria-labelledby="send-survey">
              <h2 id="send-survey">{t('web.customer.sendSurvey')}</h2>
              <SendSurvey customer={c} />
            </section>
          ) : null}
          {can('invitations:read') ? (
            <section>
              <h2>{t('web.customer.invitations')}</h2>
              <CustomerInvitations customerId={id} />
            </section>
          ) : null}
          <section>
            <h2>{t('web.deliveries.title')}</h2>
            <DeliveryList path={`/customers/${id}/deliveries`} />
          </section>
          <section>
            <h2>{t('web.channels.messages')}</h2>
            <MessageList path={`/customers/${id}/messages`} />
          </section>
          {can('responses:read') ? (
            <section>
              <h2>{t('web.customer.responses')}</h2>
              <CustomerResponses customerId={id} />
            </section>
          ) : null}
          {can('cases:read') ? (
            <section>
              <h2>{t('web.customer.cases')}</h2>
              <CustomerCases customerId={id} />
            </section>
          ) : null}
          <section>
            <h2>{t('web.customers.history')}</h2>
            <ListState
              isPending={history.isPending}
              error={history.error}
              empty={history.items.length === 0}
              emptyText={t('web.customers.noHistory')}
            />
            {history.items.length ? <InteractionsTable rows={history.items} showCustomer={false} /> : null}
            <LoadMore
              hasNextPage={history.hasNextPage}
              isFetchingNextPage={history.isFetchingNextPage}
              fetchNextPage={history.fetchNextPage}
            />
          </section>
        </>
      ) : null}
    </>
  );
}

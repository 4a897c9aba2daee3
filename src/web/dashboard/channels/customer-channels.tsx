import { useState, type FormEvent } from 'react';
import { MESSAGING_CHANNELS, DELIVERY_CHANNELS } from '../../../shared/domain.ts';
import { formatDateTime } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';
import { DataTable } from '../lib/table.tsx';
import { useSession } from '../lib/session.tsx';
import { Checkbox, ErrorBanner, fieldErrors, SelectField, TextField } from '../lib/ui.tsx';
import {
  useCustomerChannels,
  useMessages,
  useSaveCustomerChannels,
  type DeliveryChannel,
  type MessagingChannel,
} from './hooks.ts';

/**
 * The customer's messenger and SMS addresses with their consent (source and time), the preferred
 * channel, and the personal Telegram link that binds their chat when they start the bot.
 */
export function CustomerChannelsSection({ customerId }: { customerId: string }) {
  const { t, language } = useI18n();
  const { me, can } = useSession();
  const view = useCustomerChannels(customerId);
  const save = useSaveCustomerChannels(customerId);
  const [qr, setQr] = useState<string | null>(null);
  const errors = fieldErrors(save.error);
  const data = view.data;
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const fd = new FormData(form);
    const address = String(fd.get('address') ?? '').trim();
    save.mutate(
      {
        addresses: [
          {
            channel: String(fd.get('channel')) as MessagingChannel,
            address: address || null,
            consent: fd.get('consent') === 'on',
            consentSource: String(fd.get('consentSource') ?? '').trim() || undefined,
          },
        ],
      },
      { onSuccess: () => form.reset() },
    );
  };
  if (!data) return <ErrorBanner error={view.error} />;
  return (
    <div data-testid="customer-channels">
      {data.addresses.length ? (
        <DataTable
          rows={data.addresses}
          rowKey={(a) => a.channel}
          columns={[
            { label: t('web.channels.channel'), cell: (a) => t(`web.channels.kind.${a.channel}`) },
            { label: t('web.channels.address'), cell: (a) => a.address },
            {
              label: t('web.channels.consent'),
              cell: (a) =>
                a.consent && a.consentAt
                  ? t('web.channels.consentGiven', {
                      when: formatDateTime(a.consentAt, language, me.org.timeZone),
                      source: a.consentSource ?? '—',
                    })
                  : t('web.channels.noConsent'),
            },
          ]}
        />
      ) : (
        <p className="muted">{t('web.channels.noAddresses')}</p>
      )}
      {can('customers:write') ? (
        <SelectField
          label={t('web.channels.preferred')}
          value={data.preferred ?? ''}
          onChange={(e) => save.mutate({ preferred: (e.target.value || null) as DeliveryChannel | null })}
          options={[
            { value: '', label: '—' },
            ...DELIVERY_CHANNELS.map((c) => ({ value: c, label: t(`web.channels.kind.${c}`) })),
          ]}
        />
      ) : null}
      {data.telegramLink ? (
        <p className="field-hint">
          {t('web.channels.telegramLink')} <code data-testid="telegram-link">{data.telegramLink}</code>{' '}
          <button
            type="button"
            className="btn btn-small"
            onClick={() =>
              void import('qrcode').then((q) => q.toDataURL(data.telegramLink!, { margin: 1, width: 192 })).then(setQr)
            }
          >
            {t('web.channels.showQr')}
          </button>
          {qr ? <img src={qr} alt={t('web.channels.qrAlt')} width={192} height={192} /> : null}
        </p>
      ) : null}
      {data.viberLink ? (
        <p className="field-hint">
          {t('web.channels.viberLink')} <code data-testid="viber-link">{data.viberLink}</code>
        </p>
      ) : null}
      {can('customers:write') ? (
        <form className="form" onSubmit={onSubmit}>
          <div className="form-row">
            <SelectField
              name="channel"
              label={t('web.channels.channel')}
              options={MESSAGING_CHANNELS.map((c) => ({ value: c, label: t(`web.channels.kind.${c}`) }))}
            />
            <TextField name="address" label={t('web.channels.address')} hint={t('web.channels.addressHint')} />
          </div>
          <Checkbox name="consent" label={t('web.channels.consentAgreed')} />
          <TextField
            name="consentSource"
            label={t('web.channels.consentSource')}
            error={Object.entries(errors).find(([k]) => k.endsWith('consentSource'))?.[1]}
          />
          <ErrorBanner error={Object.keys(errors).length ? null : save.error} />
          <button type="submit" className="btn" disabled={save.isPending}>
            {t('web.common.save')}
          </button>
        </form>
      ) : null}
    </div>
  );
}

/** Messages sent to and received from the customer, with the provider's answer. */
export function MessageList({ path }: { path: string }) {
  const { t, language } = useI18n();
  const { me } = useSession();
  const list = useMessages(path);
  const items = list.data?.items ?? [];
  if (!items.length) return <ErrorBanner error={list.error} />;
  return (
    <DataTable
      testId="messages"
      rows={items}
      rowKey={(m) => m.id}
      columns={[
        { label: t('web.channels.when'), cell: (m) => formatDateTime(m.createdAt, language, me.org.timeZone) },
        {
          label: t('web.channels.channel'),
          cell: (m) => (
            <>
              {m.direction === 'in' ? '← ' : '→ '}
              {t(`web.channels.kind.${m.channel}`)}
            </>
          ),
        },
        { label: t('web.channels.text'), cell: (m) => (m.body.length > 120 ? `${m.body.slice(0, 120)}…` : m.body) },
        {
          label: t('web.common.status'),
          cell: (m) => (
            <span className="badge" title={m.providerAnswer ?? undefined}>
              {t(`web.channels.status.${m.status}`)}
            </span>
          ),
        },
      ]}
    />
  );
}

import { useState, type FormEvent } from 'react';
import { SMS_PRESETS } from '../../../modules/messaging/messaging.contract.ts';
import { useI18n } from '../lib/i18n.tsx';
import { ErrorBanner, fieldErrors, PageHeader, Panel, SelectField, TextArea, TextField } from '../lib/ui.tsx';
import {
  useChannels,
  useDeleteChannel,
  useFallbackOrder,
  useSaveChannel,
  useTestChannel,
  type Connection,
  type DeliveryChannel,
} from './hooks.ts';

/** Messaging channels (owner): the Telegram bot, the SMS gateway, and the order channels are tried in. */
export function ChannelsPage() {
  const { t } = useI18n();
  const channels = useChannels();
  const item = (kind: string) => channels.data?.items.find((c) => c.kind === kind);
  return (
    <>
      <PageHeader title={t('web.channels.title')} />
      <p className="field-hint">{t('web.channels.intro')}</p>
      <ErrorBanner error={channels.error} />
      {channels.data ? (
        <>
          <TokenPanel connection={item('telegram')!} />
          <TokenPanel connection={item('viber')!} />
          <WhatsAppPanel connection={item('whatsapp')!} />
          <SmsPanel connection={item('sms')!} />
          <OrderPanel order={channels.data.fallbackOrder} />
        </>
      ) : null}
    </>
  );
}

function Status({ connection, detail }: { connection: Connection; detail?: string }) {
  const { t } = useI18n();
  return (
    <p role="status" data-testid={`channel-status-${connection.kind}`}>
      <span className={`badge ${connection.connected ? 'badge-ok' : ''}`}>
        {connection.connected ? t('web.channels.connected') : t('web.channels.notConnected')}
      </span>{' '}
      {detail}
      {connection.secretHint ? ` · ${t('web.channels.secretSaved', { last4: connection.secretHint })}` : ''}
    </p>
  );
}

function TestAndRemove({ connection, withTo }: { connection: Connection; withTo?: boolean }) {
  const { t } = useI18n();
  const test = useTestChannel(connection.kind);
  const remove = useDeleteChannel(connection.kind);
  const [to, setTo] = useState('');
  if (!connection.connected) return null;
  return (
    <div className="form-row">
      {withTo ? (
        <TextField label={t('web.channels.testTo')} value={to} onChange={(e) => setTo(e.target.value)} />
      ) : null}
      <button type="button" className="btn" onClick={() => test.mutate(withTo ? { to } : {})} disabled={test.isPending}>
        {t('web.channels.test')}
      </button>
      <button type="button" className="btn btn-danger" onClick={() => remove.mutate(undefined)}>
        {t('web.channels.disconnect')}
      </button>
      {test.data ? (
        <span role="status">
          {test.data.ok ? t('web.channels.testOk') : t('web.channels.testFailed')} {test.data.detail ?? ''}
        </span>
      ) : null}
      <ErrorBanner error={test.error ?? remove.error} />
    </div>
  );
}

const TOKEN_TEXTS = {
  telegram: { howto: 'web.channels.telegram.howto', token: 'web.channels.telegram.token' },
  viber: { howto: 'web.channels.viber.howto', token: 'web.channels.viber.token' },
} as const;

/** A bot connected by its token alone: Telegram (from @BotFather) or Viber (from the Viber partners site). */
function TokenPanel({ connection }: { connection: Connection }) {
  const { t } = useI18n();
  const kind = connection.kind as keyof typeof TOKEN_TEXTS;
  const save = useSaveChannel(kind);
  const errors = fieldErrors(save.error);
  const bot = typeof connection.settings.botName === 'string' ? `@${connection.settings.botName}` : undefined;
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const token = String(new FormData(form).get('token') ?? '').trim();
    save.mutate(token ? { token } : {}, { onSuccess: () => form.reset() });
  };
  return (
    <Panel title={t(`web.channels.kind.${kind}`)}>
      <Status connection={connection} detail={bot} />
      <p className="field-hint">{t(TOKEN_TEXTS[kind].howto)}</p>
      <form className="form" onSubmit={onSubmit}>
        <TextField
          name="token"
          type="password"
          autoComplete="off"
          label={t(TOKEN_TEXTS[kind].token)}
          error={errors.token}
          hint={connection.secretSet ? t('web.channels.keepSecret') : undefined}
        />
        <ErrorBanner error={Object.keys(errors).length ? null : save.error} />
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {save.isPending ? t('web.common.saving') : t('web.channels.connect')}
        </button>
        {save.data?.webhook && !save.data.webhook.ok ? (
          <p className="alert alert-error">
            {t('web.channels.webhookFailed', { detail: save.data.webhook.detail ?? '' })}
          </p>
        ) : null}
      </form>
      <TestAndRemove connection={connection} />
    </Panel>
  );
}

/** WhatsApp Cloud API: the access token, the app's secret (it signs callbacks), the number and an approved template. */
function WhatsAppPanel({ connection }: { connection: Connection }) {
  const { t } = useI18n();
  const save = useSaveChannel('whatsapp');
  const errors = fieldErrors(save.error);
  const s = connection.settings as { phoneNumberId?: string; templates?: { invitation?: string; language?: string } };
  const verifyToken = (connection.settings as { verifyToken?: string }).verifyToken;
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    const text = (k: string) => String(fd.get(k) ?? '').trim();
    save.mutate({
      phoneNumberId: text('phoneNumberId'),
      template: text('template'),
      templateLanguage: text('templateLanguage') || 'en',
      ...(text('token') ? { token: text('token') } : {}),
      ...(text('appSecret') ? { appSecret: text('appSecret') } : {}),
    });
  };
  const keep = connection.secretSet ? t('web.channels.keepSecret') : undefined;
  return (
    <Panel title={t('web.channels.kind.whatsapp')}>
      <Status connection={connection} />
      <p className="field-hint">{t('web.channels.whatsapp.howto')}</p>
      <form className="form" onSubmit={onSubmit}>
        <TextField
          name="token"
          type="password"
          autoComplete="off"
          label={t('web.channels.whatsapp.token')}
          hint={keep}
          error={errors.token}
        />
        <TextField
          name="appSecret"
          type="password"
          autoComplete="off"
          label={t('web.channels.whatsapp.appSecret')}
          hint={keep}
          error={errors.appSecret}
        />
        <div className="form-row">
          <TextField
            name="phoneNumberId"
            label={t('web.channels.whatsapp.phoneId')}
            defaultValue={s.phoneNumberId ?? ''}
            error={errors.phoneNumberId}
          />
          <TextField
            name="template"
            label={t('web.channels.whatsapp.template')}
            defaultValue={s.templates?.invitation ?? ''}
            error={errors.template}
          />
          <TextField
            name="templateLanguage"
            label={t('web.common.language')}
            defaultValue={s.templates?.language ?? 'en'}
          />
        </div>
        <ErrorBanner error={Object.keys(errors).length ? null : save.error} />
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {save.isPending ? t('web.common.saving') : t('web.channels.connect')}
        </button>
      </form>
      {connection.hookUrl && verifyToken ? (
        <p className="field-hint">
          {t('web.channels.whatsapp.callback')} <code>{connection.hookUrl}</code> · <code>{verifyToken}</code>
        </p>
      ) : null}
      <TestAndRemove connection={connection} />
    </Panel>
  );
}

const CUSTOM = {
  url: '',
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: '{"to":"{to}","text":"{text}"}',
};
const PRESETS = { ...SMS_PRESETS, custom: CUSTOM } as const;
type Preset = keyof typeof PRESETS;

const headerText = (h: unknown) =>
  h && typeof h === 'object'
    ? Object.entries(h as Record<string, string>)
        .map(([k, v]) => `${k}: ${v}`)
        .join('\n')
    : '';

function SmsPanel({ connection }: { connection: Connection }) {
  const { t } = useI18n();
  const save = useSaveChannel('sms');
  const errors = fieldErrors(save.error);
  const s = connection.settings as Record<string, unknown>;
  const [preset, setPreset] = useState<Preset>((s.preset as Preset | undefined) ?? 'smsru');
  const [fields, setFields] = useState({
    url: String(s.url ?? PRESETS[preset].url),
    method: String(s.method ?? PRESETS[preset].method),
    headers: headerText(s.headers ?? PRESETS[preset].headers),
    body: String(s.body ?? PRESETS[preset].body),
  });
  const set = (k: keyof typeof fields) => (e: { target: { value: string } }) =>
    setFields((f) => ({ ...f, [k]: e.target.value }));
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    const headers = Object.fromEntries(
      fields.headers
        .split('\n')
        .map((l) => l.split(/:(.*)/s).map((x) => x.trim()))
        .filter((p) => p[0]),
    );
    const secret = String(fd.get('secret') ?? '').trim();
    const sender = String(fd.get('sender') ?? '').trim();
    save.mutate({ preset, ...fields, headers, ...(secret ? { secret } : {}), ...(sender ? { sender } : {}) });
  };
  return (
    <Panel title={t('web.channels.kind.sms')}>
      <Status connection={connection} />
      <p className="field-hint">{t('web.channels.sms.howto')}</p>
      <form className="form" onSubmit={onSubmit}>
        <SelectField
          label={t('web.channels.sms.preset')}
          value={preset}
          onChange={(e) => {
            const p = e.target.value as Preset;
            setPreset(p);
            setFields({ ...PRESETS[p], headers: headerText(PRESETS[p].headers) });
          }}
          options={[
            { value: 'smsru', label: 'SMS.ru' },
            { value: 'twilio', label: 'Twilio' },
            { value: 'custom', label: t('web.channels.sms.custom') },
          ]}
        />
        <TextField label={t('web.channels.sms.url')} value={fields.url} onChange={set('url')} error={errors.url} />
        <SelectField
          label={t('web.channels.sms.method')}
          value={fields.method}
          onChange={set('method')}
          options={[
            { value: 'POST', label: 'POST' },
            { value: 'GET', label: 'GET' },
          ]}
        />
        <TextArea label={t('web.channels.sms.headers')} value={fields.headers} onChange={set('headers')} rows={2} />
        <TextArea label={t('web.channels.sms.body')} value={fields.body} onChange={set('body')} rows={2} />
        <TextField
          name="secret"
          type="password"
          autoComplete="off"
          label={t('web.channels.sms.secret')}
          hint={connection.secretSet ? t('web.channels.keepSecret') : undefined}
          error={errors.secret}
        />
        <TextField name="sender" label={t('web.channels.sms.sender')} defaultValue={String(s.sender ?? '')} />
        <ErrorBanner error={Object.keys(errors).length ? null : save.error} />
        <button type="submit" className="btn btn-primary" disabled={save.isPending}>
          {save.isPending ? t('web.common.saving') : t('web.common.save')}
        </button>
      </form>
      {connection.hookUrl ? (
        <p className="field-hint">
          {t('web.channels.sms.reports')} <code>{connection.hookUrl}</code>
        </p>
      ) : null}
      <TestAndRemove connection={connection} withTo />
    </Panel>
  );
}

function OrderPanel({ order }: { order: DeliveryChannel[] }) {
  const { t } = useI18n();
  const save = useFallbackOrder();
  const up = (i: number) => {
    const next = [...order];
    [next[i - 1], next[i]] = [next[i]!, next[i - 1]!];
    save.mutate(next);
  };
  return (
    <Panel title={t('web.channels.order')}>
      <p className="field-hint">{t('web.channels.orderHint')}</p>
      <ol data-testid="channel-order">
        {order.map((c, i) => (
          <li key={c}>
            {t(`web.channels.kind.${c}`)}{' '}
            {i > 0 ? (
              <button type="button" className="btn btn-small" onClick={() => up(i)} aria-label={t('web.channels.up')}>
                ↑
              </button>
            ) : null}
          </li>
        ))}
      </ol>
      <ErrorBanner error={save.error} />
    </Panel>
  );
}

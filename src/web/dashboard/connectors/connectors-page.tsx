import { useState } from 'react';
import type { MessageKey } from '../../../shared/i18n/translate.ts';
import { formatDateTime } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';
import { DataTable } from '../lib/table.tsx';
import { useSession } from '../lib/session.tsx';
import {
  Checkbox,
  ErrorBanner,
  fieldErrors,
  formString,
  ListState,
  PageHeader,
  Panel,
  SelectField,
  TextField,
} from '../lib/ui.tsx';
import {
  useConnectors,
  useCreateConnector,
  useDeleteConnector,
  useRuns,
  useSyncNow,
  useTargets,
  useUpdateConnector,
  type Connector,
  type ConnectorCreate,
  type Target,
} from './hooks.ts';

type Kind = Connector['kind'];

/** Connectors (setup, owner only): connect a source, map its branches, staff and services, sync, read the run log. */
export function ConnectorsPage() {
  const { t } = useI18n();
  const list = useConnectors();
  const remove = useDeleteConnector();
  const sync = useSyncNow();
  const update = useUpdateConnector();
  const [open, setOpen] = useState<{ id: string; view: 'mapping' | 'runs' | 'settings' } | null>(null);
  return (
    <>
      <PageHeader title={t('web.nav.connectors')} />
      <p className="field-hint">{t('web.connectors.intro')}</p>
      <ConnectForm />
      <ErrorBanner error={sync.error ?? remove.error ?? update.error} />
      <ListState
        isPending={list.isPending}
        error={list.error}
        empty={list.items.length === 0}
        emptyText={t('web.connectors.empty')}
      />
      {list.items.map((c) => (
        <section key={c.id} className="card" data-testid="connector">
          <ConnectorSummary c={c} />
          <div className="form-actions">
            <button
              type="button"
              className="btn btn-primary"
              disabled={sync.isPending}
              onClick={() => sync.mutate(c.id, { onSuccess: () => setOpen({ id: c.id, view: 'runs' }) })}
            >
              {t('web.connectors.syncNow')}
            </button>
            <button type="button" className="btn" onClick={() => setOpen({ id: c.id, view: 'mapping' })}>
              {t('web.connectors.mapping')}
            </button>
            <button type="button" className="btn" onClick={() => setOpen({ id: c.id, view: 'runs' })}>
              {t('web.connectors.runs')}
            </button>
            <button type="button" className="btn" onClick={() => setOpen({ id: c.id, view: 'settings' })}>
              {t('web.connectors.settings')}
            </button>
            <button
              type="button"
              className="btn"
              onClick={() => update.mutate({ id: c.id, body: { active: !c.active } })}
            >
              {t(c.active ? 'web.connectors.pause' : 'web.connectors.resume')}
            </button>
            <button type="button" className="btn btn-danger" onClick={() => remove.mutate(c.id)}>
              {t('web.connectors.remove')}
            </button>
          </div>
          {open?.id === c.id && open.view === 'mapping' ? <Mapping c={c} /> : null}
          {open?.id === c.id && open.view === 'runs' ? <Runs id={c.id} /> : null}
          {open?.id === c.id && open.view === 'settings' ? <EditSettings c={c} /> : null}
        </section>
      ))}
    </>
  );
}

function ConnectorSummary({ c }: { c: Connector }) {
  const { t, language } = useI18n();
  const { me } = useSession();
  const at = (iso: string) => formatDateTime(iso, language, me.org.timeZone);
  return (
    <div>
      <h2>
        {c.name} <span className="muted small">{t(`web.connectors.kind.${c.kind}` as MessageKey)}</span>
      </h2>
      <p>
        <span className={c.status === 'failing' ? 'badge badge-danger' : 'badge'} data-testid="connector-status">
          {t(`web.connectors.status.${c.status}` as MessageKey)}
        </span>{' '}
        {c.active ? null : <span className="badge">{t('web.connectors.paused')}</span>}{' '}
        {c.lastSyncAt ? t('web.connectors.lastSync', { at: at(c.lastSyncAt) }) : null}
      </p>
      {c.status === 'failing' ? (
        <p className="alert alert-error" role="status">
          {c.lastError} <span className="alert-detail">{t('web.connectors.nextTry', { at: at(c.nextSyncAt) })}</span>
        </p>
      ) : null}
      {c.authorizeUrl ? (
        <p>
          <a className="btn" href={c.authorizeUrl}>
            {t('web.connectors.authorize')}
          </a>
        </p>
      ) : null}
      {c.hookUrl ? (
        <p className="small">
          {t('web.connectors.hookUrl')}: <code>{c.hookUrl}</code>
        </p>
      ) : null}
    </div>
  );
}

function ConnectForm() {
  const { t } = useI18n();
  const create = useCreateConnector();
  const [kind, setKind] = useState<Kind>('yclients');
  const errors = fieldErrors(create.error);
  return (
    <Panel title={t('web.connectors.add')}>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const fd = new FormData(form);
          const name = formString(fd, 'name') || t(`web.connectors.kind.${kind}` as MessageKey);
          create.mutate(createBody(kind, name, fd), { onSuccess: () => form.reset() });
        }}
      >
        <div className="form-row">
          <SelectField
            label={t('web.connectors.kind')}
            name="kind"
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as Kind)}
            options={(['yclients', 'bitrix24', 'amocrm', 'csv_url'] as const).map((k) => ({
              value: k,
              label: t(`web.connectors.kind.${k}` as MessageKey),
            }))}
          />
          <TextField label={t('web.connectors.name')} name="name" error={errors.name} />
        </div>
        <KindFields kind={kind} errors={errors} />
        <Checkbox label={t('web.connectors.emailConsent')} name="emailConsent" />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={create.isPending}>
            {t('web.connectors.add')}
          </button>
        </div>
      </form>
      <ErrorBanner error={create.error} />
    </Panel>
  );
}

/** What is typed for each kind becomes its settings; an optional field left empty is left out. */
function createBody(kind: Kind, name: string, fd: FormData): ConnectorCreate {
  const emailConsent = fd.get('emailConsent') === 'on';
  const opt = (field: string) => formString(fd, field) || undefined;
  switch (kind) {
    case 'yclients':
      return {
        kind,
        name,
        settings: {
          baseUrl: opt('baseUrl'),
          companyIds: formString(fd, 'companyIds')
            .split(/[\s,;]+/)
            .filter(Boolean)
            .map(Number),
          partnerToken: formString(fd, 'partnerToken'),
          userToken: formString(fd, 'userToken'),
          emailConsent,
        },
      };
    case 'bitrix24':
      return {
        kind,
        name,
        settings: { webhookUrl: formString(fd, 'webhookUrl'), applicationToken: opt('applicationToken'), emailConsent },
      };
    case 'amocrm':
      return {
        kind,
        name,
        settings: {
          baseUrl: formString(fd, 'baseUrl'),
          longLivedToken: opt('longLivedToken'),
          clientId: opt('clientId'),
          clientSecret: opt('clientSecret'),
          redirectUri: opt('redirectUri'),
          authCode: opt('authCode'),
          emailConsent,
        },
      };
    case 'csv_url':
      return { kind, name, settings: { url: formString(fd, 'url'), emailConsent } };
  }
}

type FieldsProps = { kind: Kind; errors: Errors; stored?: Connector };

function Secret({
  name,
  label,
  required,
  errors,
  stored,
}: Omit<FieldsProps, 'kind'> & { name: string; label: string; required?: boolean }) {
  const { t } = useI18n();
  const set = !!stored?.secretsSet[name];
  return (
    <TextField
      label={label}
      name={name}
      type="password"
      autoComplete="off"
      required={required && !set}
      hint={set ? t('web.connectors.tokenSet') : undefined}
      error={errors[`settings.${name}`]}
    />
  );
}

type Errors = Record<string, string | undefined>;

function KindFields({ kind, errors, stored }: FieldsProps) {
  const { t } = useI18n();
  const value = (field: string) => {
    const v = stored?.settings[field];
    return Array.isArray(v) ? v.join(', ') : typeof v === 'string' ? v : undefined;
  };
  switch (kind) {
    case 'yclients':
      return (
        <>
          <div className="form-row">
            <TextField
              label={t('web.connectors.baseUrl')}
              name="baseUrl"
              defaultValue={value('baseUrl')}
              type="url"
              placeholder="https://api.yclients.com"
              error={errors['settings.baseUrl']}
            />
            <TextField
              label={t('web.connectors.companyIds')}
              name="companyIds"
              defaultValue={value('companyIds')}
              required
              hint={t('web.connectors.companyIdsHint')}
              error={errors['settings.companyIds'] ?? errors['settings.companyIds.0']}
            />
          </div>
          <div className="form-row">
            <Secret
              name="partnerToken"
              label={t('web.connectors.partnerToken')}
              required
              errors={errors}
              stored={stored}
            />
            <Secret name="userToken" label={t('web.connectors.userToken')} required errors={errors} stored={stored} />
          </div>
        </>
      );
    case 'bitrix24':
      return (
        <div className="form-row">
          <TextField
            label={t('web.connectors.webhookUrl')}
            name="webhookUrl"
            type="url"
            autoComplete="off"
            required={!stored}
            placeholder="https://portal.bitrix24.ru/rest/1/…/"
            hint={t(stored ? 'web.connectors.tokenSet' : 'web.connectors.webhookUrlHint')}
            error={errors['settings.webhookUrl']}
          />
          <Secret
            name="applicationToken"
            label={t('web.connectors.applicationToken')}
            errors={errors}
            stored={stored}
          />
        </div>
      );
    case 'amocrm':
      return (
        <>
          <p className="field-hint">{t('web.connectors.amocrmHint')}</p>
          <div className="form-row">
            <TextField
              label={t('web.connectors.accountUrl')}
              name="baseUrl"
              defaultValue={value('baseUrl')}
              type="url"
              required
              placeholder="https://salon.amocrm.ru"
              error={errors['settings.baseUrl']}
            />
            <Secret name="longLivedToken" label={t('web.connectors.longLivedToken')} errors={errors} stored={stored} />
          </div>
          <div className="form-row">
            <TextField
              label={t('web.connectors.clientId')}
              name="clientId"
              defaultValue={value('clientId')}
              error={errors['settings.clientId']}
            />
            <Secret name="clientSecret" label={t('web.connectors.clientSecret')} errors={errors} stored={stored} />
          </div>
          <div className="form-row">
            <TextField
              label={t('web.connectors.redirectUri')}
              name="redirectUri"
              type="url"
              defaultValue={value('redirectUri') ?? `${window.location.origin}/api/v1/connector-oauth/amocrm`}
              hint={t('web.connectors.redirectUriHint')}
              error={errors['settings.redirectUri']}
            />
            <Secret name="authCode" label={t('web.connectors.authCode')} errors={errors} stored={stored} />
          </div>
        </>
      );
    case 'csv_url':
      return (
        <TextField
          label={t('web.connectors.url')}
          name="url"
          defaultValue={value('url')}
          type="url"
          required
          placeholder="https://docs.google.com/spreadsheets/d/e/…/pub?output=csv"
          error={errors['settings.url']}
        />
      );
  }
}

/** New tokens or addresses for a connector (e.g. after one expired); a secret left empty keeps its stored value. */
function EditSettings({ c }: { c: Connector }) {
  const { t } = useI18n();
  const update = useUpdateConnector();
  const errors = fieldErrors(update.error);
  return (
    <form
      className="form"
      data-testid="connector-settings"
      onSubmit={(e) => {
        e.preventDefault();
        const { settings } = createBody(c.kind, c.name, new FormData(e.currentTarget));
        const given = Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined && v !== ''));
        update.mutate({ id: c.id, body: { settings: given } });
      }}
    >
      <KindFields kind={c.kind} errors={errors} stored={c} />
      <Checkbox
        label={t('web.connectors.emailConsent')}
        name="emailConsent"
        defaultChecked={c.settings.emailConsent === true}
      />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={update.isPending}>
          {t('web.common.save')}
        </button>
      </div>
      <ErrorBanner error={update.error} />
    </form>
  );
}

const GROUPS = [
  { matches: 'branches', mapping: 'locations', title: 'web.connectors.branches' },
  { matches: 'staff', mapping: 'staff', title: 'web.connectors.staff' },
  { matches: 'services', mapping: 'touchpoints', title: 'web.connectors.services' },
] as const;

/** Each source item with its match; choosing another target (or none) stores it in the connector's mapping. */
function Mapping({ c }: { c: Connector }) {
  const { t } = useI18n();
  const targets = useTargets();
  const update = useUpdateConnector();
  // Kept here so two quick changes compose, whatever the order the list refreshes in.
  const [mapping, setMapping] = useState(c.mapping);
  return (
    <div data-testid="connector-mapping">
      <ErrorBanner error={update.error} />
      {GROUPS.map((g) => {
        const items = c.matches[g.matches];
        const options: Target[] = targets[g.mapping];
        return (
          <fieldset key={g.matches} className="fieldset">
            <legend>{t(g.title)}</legend>
            {items.length === 0 ? <p className="muted">{t('web.connectors.catalogEmpty')}</p> : null}
            {items.map((m) => (
              <SelectField
                key={m.id}
                label={m.name}
                hint={t(`web.connectors.how.${m.how}` as MessageKey)}
                value={(m.id in mapping[g.mapping] ? mapping[g.mapping][m.id] : m.targetId) ?? ''}
                onChange={(e) => {
                  const value = e.currentTarget.value || null;
                  const next = { ...mapping, [g.mapping]: { ...mapping[g.mapping], [m.id]: value } };
                  setMapping(next);
                  update.mutate({ id: c.id, body: { mapping: next } });
                }}
                options={[
                  { value: '', label: t('web.connectors.notMapped') },
                  ...options.map((o) => ({ value: o.id, label: o.name })),
                ]}
              />
            ))}
          </fieldset>
        );
      })}
    </div>
  );
}

function Runs({ id }: { id: string }) {
  const { t, language } = useI18n();
  const { me } = useSession();
  const runs = useRuns(id);
  const cols = ['fetched', 'created', 'updated', 'removed', 'skipped'] as const;
  return (
    <div data-testid="connector-runs">
      <ListState
        isPending={runs.isPending}
        error={runs.error}
        empty={runs.items.length === 0}
        emptyText={t('web.connectors.runsEmpty')}
      />
      {runs.items.length ? (
        <DataTable
          rows={runs.items}
          rowKey={(r) => r.id}
          columns={[
            {
              label: t('web.connectors.run.started'),
              cell: (r) => formatDateTime(r.startedAt, language, me.org.timeZone),
            },
            { label: t('web.connectors.run.trigger'), cell: (r) => t(`web.connectors.trigger.${r.trigger}`) },
            {
              label: t('web.common.status'),
              cell: (r) => (
                <>
                  {t(`web.connectors.run.${r.status}`)}
                  {r.error ? <div className="small">{r.error}</div> : null}
                  {r.skips.length ? (
                    <details className="small">
                      <summary>{t('web.connectors.run.skipped')}</summary>
                      <ul>
                        {r.skips.map((s) => (
                          <li key={s.sourceId}>
                            {s.sourceId}: {s.reason}
                          </li>
                        ))}
                      </ul>
                    </details>
                  ) : null}
                </>
              ),
            },
            ...cols.map((k) => ({
              label: t(`web.connectors.run.${k}`),
              cell: (r: (typeof runs.items)[number]) => r[k],
            })),
          ]}
        />
      ) : null}
    </div>
  );
}

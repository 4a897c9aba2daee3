import { useState } from 'react';
import { ROLES, type Role } from '../../../shared/domain.ts';
import { formatDateTime } from '../lib/format.ts';
import { useI18n } from '../lib/i18n.tsx';
import { useSession } from '../lib/session.tsx';
import { DataTable } from '../lib/table.tsx';
import { ErrorBanner, fieldErrors, formString, ListState, SelectField, TextField } from '../lib/ui.tsx';
import { useApiKeys, useCreateApiKey, useRevokeApiKey, type ApiKeyCreated } from './hooks.ts';

export function ApiKeys() {
  const { t, language } = useI18n();
  const { me } = useSession();
  const keys = useApiKeys();
  const create = useCreateApiKey();
  const revoke = useRevokeApiKey();
  const [created, setCreated] = useState<ApiKeyCreated | null>(null);
  const errors = fieldErrors(create.error);
  const items = keys.data?.items ?? [];

  return (
    <>
      <p className="field-hint">{t('web.apiKeys.intro')}</p>
      <form
        className="form form-inline"
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const fd = new FormData(form);
          create.mutate(
            { name: formString(fd, 'name'), role: formString(fd, 'role') as Role },
            {
              onSuccess: (k) => {
                setCreated(k);
                form.reset();
              },
            },
          );
        }}
      >
        <TextField
          label={t('web.common.name')}
          name="name"
          required
          placeholder={t('web.apiKeys.namePlaceholder')}
          error={errors.name}
        />
        <SelectField
          label={t('web.staff.role')}
          name="role"
          defaultValue="manager"
          options={ROLES.map((r) => ({ value: r, label: t(`web.role.${r}`) }))}
          error={errors.role}
        />
        <button type="submit" className="btn btn-primary" disabled={create.isPending}>
          {t('web.apiKeys.create')}
        </button>
      </form>
      <ErrorBanner error={create.error ?? revoke.error} />
      {created ? (
        <div className="alert alert-success" role="status">
          <p>
            <strong>{t('web.apiKeys.createdTitle', { name: created.name })}</strong>
          </p>
          <p>{t('web.apiKeys.shownOnce')}</p>
          <input
            className="mono"
            readOnly
            value={created.apiKey}
            aria-label={t('web.apiKeys.key')}
            onFocus={(e) => e.currentTarget.select()}
            data-testid="new-api-key"
          />
        </div>
      ) : null}
      <ListState
        isPending={keys.isPending}
        error={keys.error}
        empty={items.length === 0}
        emptyText={t('web.apiKeys.empty')}
      />
      {items.length ? (
        <DataTable
          rows={items}
          rowKey={(k) => k.id}
          rowClassName={(k) => (k.revokedAt ? 'row-inactive' : undefined)}
          columns={[
            { label: t('web.common.name'), cell: (k) => k.name },
            { label: t('web.apiKeys.prefix'), cell: (k) => <code>{k.prefix}…</code> },
            { label: t('web.staff.role'), cell: (k) => t(`web.role.${k.role}`) },
            {
              label: t('web.apiKeys.lastUsed'),
              cell: (k) =>
                k.lastUsedAt ? formatDateTime(k.lastUsedAt, language, me.org.timeZone) : t('web.apiKeys.never'),
            },
            {
              label: t('web.common.status'),
              cell: (k) => (k.revokedAt ? t('web.apiKeys.revoked') : t('web.common.active')),
            },
            {
              label: t('web.common.actions'),
              actions: true,
              cell: (k) => (
                <>
                  {k.revokedAt ? null : (
                    <button
                      type="button"
                      className="btn btn-small btn-danger"
                      disabled={revoke.isPending}
                      onClick={() => {
                        if (window.confirm(t('web.apiKeys.confirmRevoke', { name: k.name }))) revoke.mutate(k.id);
                      }}
                    >
                      {t('web.apiKeys.revoke')}
                    </button>
                  )}
                </>
              ),
            },
          ]}
        />
      ) : null}
    </>
  );
}

import type { Db } from '../../platform/db/database.ts';
import type * as repo from './connectors.repo.ts';
import { openSecrets } from './secrets.ts';
import { amocrmHookRecords, type AmocrmSettings } from './sources/amocrm.ts';
import { bitrix24HookRecords } from './sources/bitrix24.ts';
import type { SourceRecord } from './sources/source.ts';
import { recordFromHook, type YclientsSettings } from './sources/yclients.ts';
import { tokenStore } from './sync.ts';

/**
 * The records a source's own webhook stands for: YCLIENTS sends the record itself, Bitrix24 and
 * amoCRM name the deal or lead, which is read again from the source. Null: not a call we take
 * (wrong application token, another account, nothing about a visit). May throw a SourceError.
 */
export async function hookRecords(db: Db, c: repo.ConnectorRow, body: unknown): Promise<SourceRecord[] | null> {
  const form = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  switch (c.kind) {
    case 'yclients': {
      const record = recordFromHook(body, c.settings as YclientsSettings);
      return record ? [record] : null;
    }
    case 'bitrix24':
      return bitrix24HookRecords(form, openSecrets(c.sealedSecrets));
    case 'amocrm':
      return amocrmHookRecords(form, c.settings as AmocrmSettings, openSecrets(c.sealedSecrets), tokenStore(db, c));
    case 'csv_url':
      return null;
  }
}

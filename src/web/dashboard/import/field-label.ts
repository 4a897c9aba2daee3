import type { MessageKey } from '../../../shared/i18n/translate.ts';
import type { Translate } from '../lib/i18n.tsx';

const FIELD_KEYS: Record<string, MessageKey> = {
  externalId: 'web.field.externalId',
  name: 'web.field.name',
  email: 'web.field.email',
  phone: 'web.field.phone',
  language: 'web.field.language',
  consentEmail: 'web.field.consentEmail',
  consentSms: 'web.field.consentSms',
  acquisitionChannel: 'web.field.acquisitionChannel',
  acquisitionCampaign: 'web.field.acquisitionCampaign',
  notes: 'web.field.notes',
  occurredAt: 'web.field.occurredAt',
  customerExternalId: 'web.field.customerExternalId',
  customerEmail: 'web.field.customerEmail',
  touchpoint: 'web.field.touchpoint',
  location: 'web.field.location',
  staff: 'web.field.staff',
  revenue: 'web.field.revenue',
  currency: 'web.field.currency',
  note: 'web.field.note',
};

/** An import target field in the reader's language; a field the dashboard does not know shows as is. */
export const fieldLabel = (t: Translate, field: string): string => {
  const key = FIELD_KEYS[field];
  return key ? t(key) : field;
};

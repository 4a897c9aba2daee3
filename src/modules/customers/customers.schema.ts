import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, text, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { idColumn, orgIdColumn, timestamps, orgForeignKey } from '../../platform/db/columns.ts';
import { orgs } from '../orgs/orgs.schema.ts';

export const customers = pgTable(
  'customers',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    externalId: text('external_id'),
    name: text('name'),
    email: text('email'),
    phone: text('phone'),
    language: text('language'),
    consentEmail: boolean('consent_email').notNull().default(false),
    consentSms: boolean('consent_sms').notNull().default(false),
    acquisitionChannel: text('acquisition_channel'),
    acquisitionCampaign: text('acquisition_campaign'),
    referrerId: uuid('referrer_id'),
    notes: text('notes'),
    ...timestamps(),
  },
  (t) => [
    unique('customers_org_id_id').on(t.orgId, t.id),
    uniqueIndex('customers_org_external_id')
      .on(t.orgId, t.externalId)
      .where(sql`${t.externalId} is not null`),
    index('customers_org_email').on(t.orgId, sql`lower(${t.email})`),
    index('customers_org_phone').on(t.orgId, t.phone),
    index('customers_org_channel').on(t.orgId, t.acquisitionChannel),
    orgForeignKey('customers_referrer_fk', t.orgId, t.referrerId, t).onDelete('no action'),
  ],
);

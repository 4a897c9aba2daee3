import { sql } from 'drizzle-orm';
import { boolean, pgEnum, pgTable, text, unique, uniqueIndex } from 'drizzle-orm/pg-core';
import { idColumn, orgIdColumn, timestamps } from '../../platform/db/columns.ts';
import { JOURNEY_STAGES, TOUCHPOINT_CHANNELS, TOUCHPOINT_KINDS } from '../../shared/domain.ts';
import { orgs } from '../orgs/orgs.schema.ts';

export const touchpointKindEnum = pgEnum('touchpoint_kind', TOUCHPOINT_KINDS);
export const journeyStageEnum = pgEnum('journey_stage', JOURNEY_STAGES);
export const touchpointChannelEnum = pgEnum('touchpoint_channel', TOUCHPOINT_CHANNELS);

export const touchpoints = pgTable(
  'touchpoints',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description'),
    kind: touchpointKindEnum('kind').notNull(),
    stage: journeyStageEnum('stage').notNull(),
    channel: touchpointChannelEnum('channel').notNull().default('in_person'),
    active: boolean('active').notNull().default(true),
    externalId: text('external_id'),
    ...timestamps(),
  },
  (t) => [
    unique('touchpoints_org_id_id').on(t.orgId, t.id),
    uniqueIndex('touchpoints_org_name').on(t.orgId, sql`lower(${t.name})`),
    uniqueIndex('touchpoints_org_external_id')
      .on(t.orgId, t.externalId)
      .where(sql`${t.externalId} is not null`),
  ],
);

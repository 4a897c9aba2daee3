import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { idColumn, orgForeignKey, orgIdColumn, timestamps } from '../../platform/db/columns.ts';
import { orgs } from '../orgs/orgs.schema.ts';
import type { Catalog, ConnectorKind, ConnectorMapping, RunSkip } from './connectors.contract.ts';

export const connectors = pgTable(
  'connectors',
  {
    id: idColumn(),
    orgId: orgIdColumn().references(() => orgs.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<ConnectorKind>().notNull(),
    name: text('name').notNull(),
    /**
     * The start of the external ids this connector gives the customers and interactions it makes,
     * unique in the organisation: the kind when it was created as the only one of its kind (one
     * account keeps the ids it always had), `kind-2`, `kind-3`… for another account of the same
     * kind, whose client 55 is someone else (`idPrefixFor`).
     */
    idPrefix: text('id_prefix').notNull(),
    /** What the owner typed that is not secret (company ids, a sheet URL). */
    settings: jsonb('settings').$type<Record<string, unknown>>().notNull(),
    /** Tokens, sealed with secretBox: a JSON object of the secret settings. Never sent back. */
    sealedSecrets: text('sealed_secrets'),
    mapping: jsonb('mapping').$type<ConnectorMapping>().notNull(),
    /** The source's branches, staff and services as last seen, for the mapping screen. */
    catalog: jsonb('catalog').$type<Catalog>().notNull(),
    /** Where the next pull starts: a changed-since time, an ETag. */
    cursor: jsonb('cursor').$type<Record<string, string>>().notNull(),
    /** A random token in the URL the source calls for its own webhooks. */
    hookToken: text('hook_token').notNull(),
    active: boolean('active').notNull().default(true),
    status: text('status').$type<'new' | 'ok' | 'failing'>().notNull().default('new'),
    lastError: text('last_error'),
    failures: integer('failures').notNull().default(0),
    lastSyncAt: timestamp('last_sync_at', { withTimezone: true }),
    nextSyncAt: timestamp('next_sync_at', { withTimezone: true }).notNull().defaultNow(),
    ...timestamps(),
  },
  (t) => [
    unique('connectors_org_id_id').on(t.orgId, t.id),
    uniqueIndex('connectors_hook_token').on(t.hookToken),
    uniqueIndex('connectors_org_id_prefix').on(t.orgId, t.idPrefix),
    index('connectors_due').on(t.nextSyncAt),
  ],
);

/** One row per sync, with its counts and the first skipped records' reasons. */
export const connectorRuns = pgTable(
  'connector_runs',
  {
    id: idColumn(),
    orgId: orgIdColumn(),
    connectorId: uuid('connector_id').notNull(),
    trigger: text('trigger').$type<'manual' | 'schedule' | 'webhook'>().notNull(),
    status: text('status').$type<'running' | 'ok' | 'failed'>().notNull().default('running'),
    fetched: integer('fetched').notNull().default(0),
    created: integer('created').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    removed: integer('removed').notNull().default(0),
    skipped: integer('skipped').notNull().default(0),
    skips: jsonb('skips').$type<RunSkip[]>().notNull().default([]),
    error: text('error'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    orgForeignKey('connector_runs_connector_fk', t.orgId, t.connectorId, connectors).onDelete('cascade'),
    index('connector_runs_connector').on(t.connectorId, t.id.desc()),
  ],
);

/**
 * What each source record became: the interaction it made and a hash of what it said, so a repeat
 * (a webhook sent twice, an unchanged row) is recognised and a change updates the same interaction.
 */
export const connectorRecords = pgTable(
  'connector_records',
  {
    orgId: orgIdColumn(),
    connectorId: uuid('connector_id').notNull(),
    sourceId: text('source_id').notNull(),
    interactionId: uuid('interaction_id'),
    hash: text('hash').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.connectorId, t.sourceId] }),
    orgForeignKey('connector_records_connector_fk', t.orgId, t.connectorId, connectors).onDelete('cascade'),
  ],
);

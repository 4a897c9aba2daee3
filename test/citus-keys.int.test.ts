import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from './support/test-db.ts';

/**
 * The schema stays ready to be distributed by org_id on Citus (ARCHITECTURE.md, "Scaling"): Citus
 * enforces a primary key or unique constraint only when it includes the distribution column, and a
 * foreign key between distributed tables only when it includes it too. Every table, unique index
 * and foreign key that does not is listed here with the change Citus needs, so a new one fails
 * until it either carries org_id or is listed with its reason; an entry that no longer exists
 * fails too, so the list stays the true remaining work.
 */
const NOT_TENANT_TABLES = {
  // The tenants themselves: distributed by their own id (the value org_id holds everywhere else).
  orgs: 'distribution column id',
  // Sign-in failures before any organisation is known: a plain table on the coordinator.
  login_throttle: 'local table, keyed by a hashed account and address',
};

/** Primary keys on `id` alone: every id is a UUIDv7, so the key becomes (org_id, id), which each table already has as a unique constraint or can get. */
const ID_PRIMARY_KEYS = [
  'action_items',
  'api_keys',
  'audit_photos',
  'audit_schedules',
  'audits',
  'case_events',
  'case_rules',
  'cases',
  'channel_connections',
  'checklist_items',
  'checklists',
  'connector_runs',
  'connectors',
  'customer_idea_links',
  'customers',
  'delivery_attempts',
  'gesture_tasks',
  'gestures',
  'insight_comments',
  'insight_links',
  'insights',
  'interactions',
  'invitations',
  'lessons',
  'locations',
  'messages',
  'metric_retractions',
  'mystery_visits',
  'points_ledger',
  'pulse_replies',
  'pulse_responses',
  'pulse_runs',
  'pulse_surveys',
  'pulse_tokens',
  'referral_claims',
  'referral_codes',
  'referral_name_credits',
  'referral_programs',
  'referral_visits',
  'referrals',
  'response_notes',
  'responses',
  'review_replies',
  'review_requests',
  'review_sources',
  'reviews',
  'root_causes',
  'self_assessments',
  'staff',
  'staff_notices',
  'standards',
  'surveys',
  'text_overrides',
  'text_relabel_runs',
  'tier_changes',
  'tiers',
  'touchpoints',
  'training_assignments',
  'training_attempts',
  'webhook_deliveries',
  'webhooks',
].map((t) => `${t}_pkey`);

const OTHER_UNIQUE = {
  // Composite keys of a child row: org_id goes in front.
  audit_answers_audit_id_item_id_pk: 'becomes (org_id, audit_id, item_id)',
  insight_votes_insight_id_staff_id_pk: 'becomes (org_id, insight_id, staff_id)',
  audit_cases_audit_id_item_id_pk: 'becomes (org_id, audit_id, item_id)',
  audit_schedule_runs_schedule_id_occurs_on_pk: 'becomes (org_id, schedule_id, occurs_on)',
  connector_records_connector_id_source_id_pk: 'becomes (org_id, connector_id, source_id)',
  // One row per parent of the same organisation.
  cases_response: 'becomes (org_id, response_id)',
  responses_invitation: 'becomes (org_id, invitation_id)',
  // Secrets and public slugs looked up before the organisation is known (a link, a key, a cookie):
  // a token directory distributed by the token (token → org_id) takes the lookup and the uniqueness.
  api_keys_key_hash_unique: 'token directory',
  channel_connections_hook_token: 'token directory',
  connectors_hook_token: 'token directory',
  customer_idea_links_token: 'token directory',
  insight_links_token: 'token directory',
  invitations_token: 'token directory',
  mystery_visits_token: 'token directory',
  pulse_tokens_token: 'token directory',
  referral_codes_code: 'token directory',
  responses_resume_token: 'token directory',
  review_requests_token: 'token directory',
  sessions_pkey: 'token directory',
  staff_invite_token: 'token directory',
  surveys_slug: 'token directory',
};

/** Foreign keys on a bare id: each becomes the composite (org_id, x) → (org_id, id) that orgForeignKey makes. */
const BARE_FOREIGN_KEYS = [
  'api_keys_staff_id_staff_id_fk',
  'case_events_actor_id_staff_id_fk',
  'cases_response_fk',
  'referral_claims_entered_by_staff_id_fk',
  'referral_name_credits_resolved_by_staff_id_fk',
  'response_notes_author_id_staff_id_fk',
  'response_notes_response_id_responses_id_fk',
  'response_sources_response_id_responses_id_fk',
  'review_replies_author_id_staff_id_fk',
  'reviews_draft_by_staff_id_fk',
  'reviews_matched_by_staff_id_fk',
  'sessions_staff_id_staff_id_fk',
  'webhook_deliveries_webhook_id_webhooks_id_fk',
];

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const names = async (sql: string) => (await database.pool.query<{ name: string }>(sql)).rows.map((r) => r.name).sort();

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

describe('the schema is keyed by org_id where Citus needs it', () => {
  it('has org_id on every table but the listed ones', async () => {
    const without = await names(
      `select t.table_name as name from information_schema.tables t
        where t.table_schema = 'public' and t.table_type = 'BASE TABLE'
          and not exists (select 1 from information_schema.columns c
                           where c.table_schema = 'public' and c.table_name = t.table_name and c.column_name = 'org_id')`,
    );
    expect(without).toEqual(Object.keys(NOT_TENANT_TABLES).sort());
  });

  it('has org_id in every primary key and unique index, but the listed ones', async () => {
    const lacking = await names(
      `select i.relname as name
         from pg_index x
         join pg_class i on i.oid = x.indexrelid
         join pg_class c on c.oid = x.indrelid
         join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and x.indisunique
          and c.relname not in (${Object.keys(NOT_TENANT_TABLES)
            .map((t) => `'${t}'`)
            .join(', ')})
          and not exists (select 1 from unnest(x.indkey) k
                            join pg_attribute a on a.attrelid = c.oid and a.attnum = k
                           where a.attname = 'org_id')`,
    );
    expect(lacking).toEqual([...ID_PRIMARY_KEYS, ...Object.keys(OTHER_UNIQUE)].sort());
  });

  it('has org_id in every foreign key between tenant tables, but the listed ones', async () => {
    const bare = await names(
      `select k.conname as name
         from pg_constraint k
         join pg_class c on c.oid = k.conrelid
         join pg_class p on p.oid = k.confrelid
         join pg_namespace n on n.oid = c.relnamespace
        where k.contype = 'f' and n.nspname = 'public' and p.relname <> 'orgs'
          and not exists (select 1 from unnest(k.conkey) col
                            join pg_attribute a on a.attrelid = k.conrelid and a.attnum = col
                           where a.attname = 'org_id')`,
    );
    expect(bare).toEqual([...BARE_FOREIGN_KEYS].sort());
  });
});

import { z } from 'zod';
import { paginationQuery } from '../../platform/http/pagination.ts';
import { sourceUrlProblem } from './source-url.ts';

/** Kinds that are built; bitrix24 and amocrm are refused by name until they are. */
export const CONNECTOR_KINDS = ['yclients', 'csv_url'] as const;
export type ConnectorKind = (typeof CONNECTOR_KINDS)[number];

const sourceUrl = z
  .string()
  .trim()
  .max(2000)
  .superRefine((v, ctx) => {
    const problem = sourceUrlProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const token = z.string().trim().min(8, { error: 'Too short for a token' }).max(500);
const emailConsent = z
  .boolean()
  .default(false)
  .describe("The source's clients agreed to service e-mails: without it invitations are recorded but not sent");

/** YCLIENTS: the chain's branches are its companies; records are read with a partner and a user token. */
export const yclientsSettings = z.object({
  baseUrl: sourceUrl.default('https://api.yclients.com'),
  companyIds: z.array(z.number().int().positive()).min(1, { error: 'Give at least one company id' }).max(50),
  partnerToken: token.describe('Secret: never shown again'),
  userToken: token.describe('Secret: never shown again'),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, { error: 'Must be an ISO 4217 code, e.g. RUB' })
    .default('RUB'),
  emailConsent,
});
/** A CSV published at a URL (e.g. Google Sheets "Publish to the web" as CSV). */
export const csvUrlSettings = z.object({ url: sourceUrl, emailConsent });

export const SECRET_SETTINGS: Record<ConnectorKind, readonly string[]> = {
  yclients: ['partnerToken', 'userToken'],
  csv_url: [],
};
export const SETTINGS: Record<ConnectorKind, z.ZodObject> = { yclients: yclientsSettings, csv_url: csvUrlSettings };

const byId = z.record(z.string().max(200), z.uuid().nullable());
export const connectorMapping = z
  .object({
    locations: byId.default({}),
    staff: byId.default({}),
    touchpoints: byId.default({}),
  })
  .describe('Source id → Zabota id (null: do not map). A source item missing here is matched by name automatically.');
export type ConnectorMapping = z.infer<typeof connectorMapping>;

const catalogItem = z.object({ id: z.string(), name: z.string() });
export const catalog = z.object({
  branches: z.array(catalogItem),
  staff: z.array(catalogItem),
  services: z.array(catalogItem),
});
export type Catalog = z.infer<typeof catalog>;

const match = catalogItem.extend({
  targetId: z.uuid().nullable(),
  how: z.enum(['mapped', 'name', 'none']).describe('mapped by the owner, matched by name, or not matched'),
});
const CATALOG_KIND_LIST = ['branches', 'staff', 'services'] as const;

export const connector = z
  .object({
    id: z.uuid(),
    kind: z.enum(CONNECTOR_KINDS),
    name: z.string(),
    settings: z.record(z.string(), z.unknown()).describe('Without secrets'),
    secretsSet: z.record(z.string(), z.boolean()).describe('Which secret settings are stored'),
    mapping: connectorMapping,
    matches: z.object({ branches: z.array(match), staff: z.array(match), services: z.array(match) }),
    hookUrl: z.string().nullable().describe("Give this URL to the source's webhooks (YCLIENTS)"),
    active: z.boolean(),
    status: z.enum(['new', 'ok', 'failing']),
    lastError: z.string().nullable(),
    failures: z.number().int(),
    lastSyncAt: z.string().nullable(),
    nextSyncAt: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Connector' });

const name = z.string().trim().min(1).max(200);
export const connectorCreate = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('yclients'), name, settings: yclientsSettings, mapping: connectorMapping.optional() }),
  z.object({ kind: z.literal('csv_url'), name, settings: csvUrlSettings, mapping: connectorMapping.optional() }),
]);
/** Settings are checked against the connector's kind in the service; a secret left out keeps its value. */
export const connectorUpdate = z.object({
  name: name.optional(),
  settings: z.record(z.string(), z.unknown()).optional(),
  mapping: connectorMapping.optional(),
  active: z.boolean().optional(),
});
export const connectorListQuery = paginationQuery;

export const runSkip = z.object({ sourceId: z.string(), reason: z.string() });
export type RunSkip = z.infer<typeof runSkip>;
export const connectorRun = z
  .object({
    id: z.uuid(),
    trigger: z.enum(['manual', 'schedule', 'webhook']),
    status: z.enum(['running', 'ok', 'failed']),
    fetched: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    removed: z.number().int(),
    skipped: z.number().int(),
    skips: z.array(runSkip).describe('The first 100 skipped records and why'),
    error: z.string().nullable(),
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'ConnectorRun' });

export const syncAccepted = z.object({ queued: z.boolean() }).meta({ id: 'ConnectorSyncAccepted' });

export type ConnectorCreate = z.infer<typeof connectorCreate>;
export type ConnectorUpdate = z.infer<typeof connectorUpdate>;
export type ConnectorListQuery = z.infer<typeof connectorListQuery>;
export { CATALOG_KIND_LIST };

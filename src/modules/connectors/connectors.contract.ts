import { z } from 'zod';
import { paginationQuery } from '../../platform/http/pagination.ts';
import { sourceUrlProblem } from './source-url.ts';

export const CONNECTOR_KINDS = ['yclients', 'bitrix24', 'amocrm', 'csv_url'] as const;
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

const currency = z
  .string()
  .regex(/^[A-Z]{3}$/, { error: 'Must be an ISO 4217 code, e.g. RUB' })
  .default('RUB');

/** YCLIENTS: the chain's branches are its companies; records are read with a partner and a user token. */
export const yclientsSettings = z.object({
  baseUrl: sourceUrl.default('https://api.yclients.com'),
  companyIds: z.array(z.number().int().positive()).min(1, { error: 'Give at least one company id' }).max(50),
  partnerToken: token.describe('Secret: never shown again'),
  userToken: token.describe('Secret: never shown again'),
  currency,
  emailConsent,
});
/**
 * Bitrix24: an incoming webhook (`https://<portal>.bitrix24.ru/rest/<user id>/<code>/`) with CRM
 * and user rights. Its code is the credential, so the whole URL is sealed. The application token
 * of an outbound webhook (deal added, changed, deleted) lets those events in.
 */
export const bitrix24Settings = z.object({
  webhookUrl: sourceUrl
    .refine((v) => /\/rest\/\d+\/[^/]+\/?$/.test(new URL(v).pathname), {
      error: 'Must be an incoming webhook address ending in /rest/<user id>/<code>/',
    })
    .describe('Secret: never shown again'),
  applicationToken: token.optional().describe("Secret: the outbound webhook's application token"),
  emailConsent,
});

/**
 * amoCRM: an account address and either a long-lived token, or an integration's client id and
 * secret with an authorization code (exchanged once for access and refresh tokens).
 */
export const amocrmSettings = z
  .object({
    baseUrl: sourceUrl.describe('The account address, e.g. https://salon.amocrm.ru'),
    longLivedToken: z.string().trim().min(20, { error: 'Too short for a token' }).max(2000).optional(),
    clientId: z.string().trim().min(1).max(200).optional(),
    clientSecret: token.optional().describe('Secret: never shown again'),
    redirectUri: sourceUrl.optional().describe("The integration's redirect URI, exactly as entered in amoCRM"),
    authCode: z.string().trim().min(20, { error: 'Too short for an authorization code' }).max(2000).optional(),
    currency,
    emailConsent,
  })
  .superRefine((v, ctx) => {
    if (v.longLivedToken) return;
    for (const f of ['clientId', 'clientSecret', 'redirectUri'] as const)
      if (!v[f]) ctx.addIssue({ code: 'custom', path: [f], message: 'Required unless a long-lived token is given' });
  });

/** A CSV published at a URL (e.g. Google Sheets "Publish to the web" as CSV). */
export const csvUrlSettings = z.object({ url: sourceUrl, emailConsent });

export const SECRET_SETTINGS: Record<ConnectorKind, readonly string[]> = {
  yclients: ['partnerToken', 'userToken'],
  bitrix24: ['webhookUrl', 'applicationToken'],
  // accessToken, refreshToken and expiresAt are sealed with them once the code is exchanged.
  amocrm: ['longLivedToken', 'clientSecret', 'authCode'],
  csv_url: [],
};
export const SETTINGS: Record<ConnectorKind, z.ZodType<Record<string, unknown>>> = {
  yclients: yclientsSettings,
  bitrix24: bitrix24Settings,
  amocrm: amocrmSettings,
  csv_url: csvUrlSettings,
};

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
    hookUrl: z
      .string()
      .nullable()
      .describe("Give this URL to the source's webhooks (YCLIENTS, Bitrix24 outbound webhook, amoCRM webhooks)"),
    authorizeUrl: z
      .string()
      .nullable()
      .describe('amoCRM with OAuth: open this to grant access; amoCRM returns to /api/v1/connector-oauth/amocrm'),
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
  z.object({ kind: z.literal('bitrix24'), name, settings: bitrix24Settings, mapping: connectorMapping.optional() }),
  z.object({ kind: z.literal('amocrm'), name, settings: amocrmSettings, mapping: connectorMapping.optional() }),
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

/** What amoCRM sends the owner's browser back with (its integration's redirect URI). */
export const oauthCallbackQuery = z.object({
  state: z.string().min(1).max(100),
  code: z.string().max(4000).optional(),
  referer: z.string().max(300).optional(),
  error: z.string().max(300).optional(),
});
export type OauthCallbackQuery = z.infer<typeof oauthCallbackQuery>;

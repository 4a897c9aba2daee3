import createFetchClient, { type Client } from 'openapi-fetch';
import type { components, paths, webhooks } from './schema.ts';

export type { components, paths, webhooks };
/** A resource as the API answers it, e.g. `Schema<'Connector'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];
/** The body of a webhook delivery, e.g. `WebhookEvent<'response.created'>`. */
export type WebhookEvent<Type extends keyof webhooks> = NonNullable<
  webhooks[Type]['post']['requestBody']
>['content']['application/json'];

export type ZabotaClient = Client<paths>;

/**
 * A client for one Zabota server: every path, parameter, body and answer is typed from the API's
 * OpenAPI document. `baseUrl` is the server's address (paths already start with /api/v1).
 */
export function createZabotaClient(opts: { baseUrl: string; apiKey: string; fetch?: typeof fetch }): ZabotaClient {
  return createFetchClient<paths>({
    baseUrl: opts.baseUrl.replace(/\/$/, ''),
    headers: { authorization: `Bearer ${opts.apiKey}` },
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
  });
}

/** The webhooks module's door: what other modules and the composition root may use (eslint.config.js keeps it so). */
export { webhookJobHandlers } from './delivery.ts';
export { openApiWebhooks } from './openapi-webhooks.ts';
export { webhookListeners } from './subscriptions.ts';
export { webhookRoutes } from './webhooks.routes.ts';

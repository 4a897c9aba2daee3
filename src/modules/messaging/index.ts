/** The messaging module's door: routes for the server, and the sender and router the invitation workers use. */
export { messagingRoutes } from './messaging.routes.ts';
export { messagingHookRoutes } from './hooks.routes.ts';
export { dispatch } from './dispatch.ts';
export { routeInvitation } from './route.ts';
export { writeDemoAddresses } from './demo.ts';

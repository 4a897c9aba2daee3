/** The connectors module's door: its routes, and the sweep the server runs for scheduled syncs. */
export { connectorRoutes } from './connectors.routes.ts';
export { startConnectorSweep } from './connectors.jobs.ts';

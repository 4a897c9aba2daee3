/** The connectors module's door: its routes, the sweep the server runs for scheduled syncs, and the demo's connector. */
export { connectorRoutes } from './connectors.routes.ts';
export { startConnectorSweep } from './connectors.jobs.ts';
export { writeDemoConnector } from './demo-connector.ts';

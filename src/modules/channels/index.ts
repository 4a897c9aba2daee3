/** The channels module's door: what other modules and the composition root may use (eslint.config.js keeps it so). */
export { channelRoutes, widgetRoutes } from './channels.routes.ts';
export { qrSvg } from './qr.ts';

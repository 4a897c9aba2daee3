export { mailSettingsRoutes } from './mail-settings.routes.ts';
export { orgMailer } from './mail-settings.service.ts';

/** The survey-page module's door: what other modules and the composition root may use (eslint.config.js keeps it so). */
export { hashOf } from './page-assets.ts';
export { esc, renderDocument } from './render.ts';
export type { Rendered } from './render.ts';
export { surveyPageRoutes } from './survey-page.routes.ts';

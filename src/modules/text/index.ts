/** The text module's door: what other modules and the composition root may use (eslint.config.js keeps it so). */
export { analyze } from './analyzer/analyze.ts';
export type { Evidence } from './analyzer/types.ts';
export { startTextLabelling } from './labelling.ts';
export { label, orgText, orgTexts } from './org-text.ts';
export { textRoutes } from './text.routes.ts';

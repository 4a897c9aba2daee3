/** The demo module's door: what other modules and the composition root may use (eslint.config.js keeps it so). */
export { createDemoOrg } from './demo.service.ts';

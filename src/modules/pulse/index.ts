/** The pulse module's door: what other modules and the composition root may use (eslint.config.js keeps it so). */
export { answerPageRoutes } from './answer-page.routes.ts';
export { startPulseCadence } from './pulse-cadence.ts';
export { pulseRoutes } from './pulse.routes.ts';
export { THRESHOLD_DEFAULT } from './suppression.ts';

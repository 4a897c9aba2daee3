/** The backup module's door: what other modules and the composition root may use (eslint.config.js keeps it so). */
export { backup, restore } from './backup.ts';

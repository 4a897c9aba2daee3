/** What other modules may use of service recovery. */
export { openCaseInTransaction, type OpenCaseInput } from './open-case.ts';

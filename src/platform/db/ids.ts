import { uuidv7 } from 'uuidv7';

/** Time-ordered ids: index-friendly inserts and a natural creation order for cursors. */
export const newId = (): string => uuidv7();

import { sql, type SQL } from 'drizzle-orm';

/**
 * Filter keys as one array parameter (`= any(…)`): an array literal, so a filter of many keys is
 * one bind value. Quotes and backslashes are dropped: keys are ids, enum names and language codes.
 */
export const keysArray = (keys: string[], type: 'text' | 'uuid' = 'text'): SQL => {
  const literal = `{${keys.map((k) => `"${k.replace(/["\\]/g, '')}"`).join(',')}}`;
  return type === 'uuid' ? sql`${literal}::uuid[]` : sql`${literal}::text[]`;
};

import { and, desc, lt, or, eq, type SQL, type Column } from 'drizzle-orm';
import { decodeCursor } from '../http/pagination.ts';

/** Keyset page on the time-ordered id (newest first): stable under concurrent inserts. */
export function idCursorCondition(idCol: Column, cursor: string | undefined): SQL | undefined {
  const c = decodeCursor(cursor);
  return c ? lt(idCol, c.id) : undefined;
}

/** Keyset page on (timestamp desc, id desc). */
export function timeCursorCondition(timeCol: Column, idCol: Column, cursor: string | undefined): SQL | undefined {
  const c = decodeCursor(cursor);
  if (!c) return undefined;
  const at = new Date(c.sortValue);
  return or(lt(timeCol, at), and(eq(timeCol, at), lt(idCol, c.id)));
}

export const newestFirst = (idCol: Column) => [desc(idCol)];

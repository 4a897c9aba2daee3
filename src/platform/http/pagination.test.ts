import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { decodeCursor, encodeCursor, toPage } from './pagination.ts';

describe('cursors', () => {
  it('round-trip the sort value and id', () => {
    expect(decodeCursor(encodeCursor('2026-01-01T00:00:00.000Z', 'abc'))).toEqual({
      sortValue: '2026-01-01T00:00:00.000Z',
      id: 'abc',
    });
    expect(decodeCursor(undefined)).toBeUndefined();
  });

  it('reject tampered cursors with a field error', () => {
    expect(() => decodeCursor('not-a-cursor')).toThrow(AppError);
    expect(() => decodeCursor(Buffer.from('{"a":1}').toString('base64url'))).toThrow(/cursor/);
  });

  it('toPage returns a next cursor only when there is more', () => {
    const rows = [{ id: '3' }, { id: '2' }, { id: '1' }];
    expect(toPage(rows, 3, (r) => r.id).nextCursor).toBeNull();
    const page = toPage(rows, 2, (r) => r.id);
    expect(page.items).toEqual([{ id: '3' }, { id: '2' }]);
    expect(decodeCursor(page.nextCursor!)).toEqual({ sortValue: '2', id: '2' });
  });
});

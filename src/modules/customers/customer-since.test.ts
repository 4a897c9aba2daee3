import { describe, expect, it } from 'vitest';
import { customerSince } from './customer-since.ts';

const d = (s: string) => new Date(s);

describe('customerSince', () => {
  it('takes the first interaction, else the first response, else the record date', () => {
    const createdAt = d('2026-03-01T00:00:00Z');
    expect(
      customerSince({
        firstInteraction: d('2019-05-02T10:00:00Z'),
        firstResponse: d('2018-01-01T00:00:00Z'),
        createdAt,
      }),
    ).toEqual({ at: d('2019-05-02T10:00:00Z'), from: 'interaction' });
    expect(customerSince({ firstInteraction: null, firstResponse: d('2020-01-01T00:00:00Z'), createdAt })).toEqual({
      at: d('2020-01-01T00:00:00Z'),
      from: 'response',
    });
    expect(customerSince({ firstInteraction: null, firstResponse: null, createdAt })).toEqual({
      at: createdAt,
      from: 'created',
    });
  });
});

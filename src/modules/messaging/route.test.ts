import { describe, expect, it } from 'vitest';
import { deliveryOrder } from './route.ts';

describe('deliveryOrder', () => {
  const owner = ['telegram', 'sms', 'email'] as const;

  it("tries the customer's preferred channel, then the owner's order, each once", () => {
    expect(deliveryOrder(undefined, 'sms', [...owner])).toEqual(['sms', 'telegram', 'email']);
    expect(deliveryOrder(undefined, null, [...owner])).toEqual(['telegram', 'sms', 'email']);
  });

  it('puts the channel the message was made for first, then the preferred one', () => {
    expect(deliveryOrder('email', 'viber', [...owner])).toEqual(['email', 'viber', 'telegram', 'sms']);
  });

  it('never tries again a channel that refused this message', () => {
    expect(deliveryOrder('sms', 'sms', [...owner], new Set(['sms', 'telegram'] as const))).toEqual(['email']);
  });
});

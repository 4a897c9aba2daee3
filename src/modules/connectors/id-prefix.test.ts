import { describe, expect, it } from 'vitest';
import { idPrefixFor } from './id-prefix.ts';

describe('a connector’s id prefix', () => {
  it('is the kind for the first connector of a kind, whatever the other kinds', () => {
    expect(idPrefixFor('yclients', [])).toBe('yclients');
    expect(idPrefixFor('yclients', [{ kind: 'bitrix24', idPrefix: 'bitrix24' }])).toBe('yclients');
  });

  it('is kind-n with the smallest free n ≥ 2 while another of the kind exists', () => {
    expect(idPrefixFor('yclients', [{ kind: 'yclients', idPrefix: 'yclients' }])).toBe('yclients-2');
    const three = [
      { kind: 'yclients', idPrefix: 'yclients' },
      { kind: 'yclients', idPrefix: 'yclients-3' },
    ];
    expect(idPrefixFor('yclients', three)).toBe('yclients-2');
    // The first one deleted while the second remains: another of the kind exists, so not the bare kind.
    expect(idPrefixFor('yclients', [{ kind: 'yclients', idPrefix: 'yclients-2' }])).toBe('yclients-3');
  });
});

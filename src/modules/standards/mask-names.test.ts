import { describe, expect, it } from 'vitest';
import { maskNames } from './mask-names.ts';

const people = [
  { name: 'Anna Petrova', position: 'Barista', role: 'staff' },
  { name: 'Иван Иванов', position: null, role: 'manager' },
];

describe('staff names in a mystery comment', () => {
  it('become the position or role, whole name or a part, in any case and script', () => {
    expect(maskNames('Anna Petrova greeted me; later anna forgot the order', people)).toBe(
      '[Barista] greeted me; later [Barista] forgot the order',
    );
    expect(maskNames('Менеджер ИВАН был вежлив', people)).toBe('Менеджер [manager] был вежлив');
  });

  it('leave words that only contain a name alone', () => {
    expect(maskNames('Annabel and Ivanka were not staff; Ivanhoe neither', people)).toBe(
      'Annabel and Ivanka were not staff; Ivanhoe neither',
    );
    expect(maskNames('Nothing to hide', [])).toBe('Nothing to hide');
  });
});

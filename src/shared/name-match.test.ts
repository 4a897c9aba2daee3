import { describe, expect, it } from 'vitest';
import { nameMatch, namePrefixes, normaliseName } from './name-match.ts';

describe('name matching', () => {
  it('reads Cyrillic and accented names in Latin', () => {
    expect(normaliseName('  Ольга   Димитрова ')).toBe('olga dimitrova');
    expect(normaliseName('José Núñez')).toBe('jose nunez');
  });

  it('scores every word of the customer name by its best typed word', () => {
    expect(nameMatch('Olga Dimitrova', 'Olga Dimitrova')).toEqual({ score: 1, matched: ['Olga', 'Dimitrova'] });
    expect(nameMatch('Ольга', 'Olga Dimitrova')).toEqual({ score: 0.5, matched: ['Olga'] });
    expect(nameMatch('Olga D.', 'Olga Dimitrova')).toEqual({ score: 0.75, matched: ['Olga', 'Dimitrova'] });
    expect(nameMatch('Maria from the bakery', 'Maria')).toEqual({ score: 1, matched: ['Maria'] });
    expect(nameMatch('Мария', 'Maria').score).toBe(0.8);
    expect(nameMatch('Petr', 'Petar Ivanov').score).toBe(0.4);
    expect(nameMatch('Anna', 'Olga Dimitrova')).toEqual({ score: 0, matched: [] });
  });

  it('ranks the closer name first', () => {
    const ranked = ['Maria Petrova', 'Maria', 'Marina Ivanova', 'Ivan Petrov'].sort(
      (a, b) => nameMatch('Maria', b).score - nameMatch('Maria', a).score,
    );
    expect(ranked).toEqual(['Maria', 'Maria Petrova', 'Marina Ivanova', 'Ivan Petrov']);
  });

  it('uses a typed word once, and needs something typed', () => {
    expect(nameMatch('Anna', 'Anna Anna').score).toBe(0.5);
    expect(nameMatch('', 'Anna')).toEqual({ score: 0, matched: [] });
    expect(nameMatch('Anna', '')).toEqual({ score: 0, matched: [] });
  });

  it('gives the prefixes to look candidates up by, as typed and in Latin', () => {
    expect(namePrefixes('Мария from B')).toEqual(['мар', 'fro', 'mar']);
  });
});

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
    expect(nameMatch('Мария', 'Maria').score).toBe(1);
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

  it('matches a name typed in Latin to the same Russian or Bulgarian name in Cyrillic, and back', () => {
    const same: [string, string][] = [
      ['Maria', 'Мария'],
      ['Ivan Petrov', 'Иван Петров'],
      ['Иван Петров', 'Ivan Petrov'],
      ['Julia', 'Юлия'],
      ['Yulia', 'Юлия'],
      ['Jordan', 'Йордан'],
      ['Evgeni', 'Евгений'],
      ['Natalia', 'Наталья'],
      ['Tatiana Ivanova', 'Татьяна Иванова'],
      ['Dmitry', 'Дмитрий'],
      ['Alexey', 'Алексей'],
      ['Khristo', 'Христо'],
      ['Hristo Georgiev', 'Христо Георгиев'],
      ['Shtefan', 'Щефан'], // Bulgarian щ
      ['Shchukin', 'Щукин'], // Russian щ
    ];
    for (const [typed, name] of same) expect(nameMatch(typed, name), `${typed} / ${name}`).toMatchObject({ score: 1 });
    expect(nameMatch('Alexander', 'Александър').score).toBe(0.8); // Bulgarian ъ, one letter off
    expect(nameMatch('Maria', 'Мария').matched).toEqual(['Мария']);
  });

  it('does not match different names however they are spelt', () => {
    const different: [string, string][] = [
      ['Boris', 'Мария'],
      ['Anna', 'Яна'],
      ['Jana', 'Жана'],
      ['Olga', 'Юлия'],
      ['Ivan', 'Иванка Петрова'],
    ];
    for (const [typed, name] of different) expect(nameMatch(typed, name).score, `${typed} / ${name}`).toBeLessThan(0.5);
    expect(nameMatch('Ivan Petrov', 'Иван Сидоров').score).toBe(0.5);
    expect(nameMatch('Maria', 'Марина').score).toBeLessThan(1);
  });

  it('gives the prefixes to look candidates up by: as typed, in Latin, and a Latin name in Cyrillic', () => {
    expect(namePrefixes('Мария from B')).toEqual(['мар', 'fro', 'mar', 'фро']);
    expect(namePrefixes('Maria')).toContain('мар');
    expect(namePrefixes('Ivan Petrov')).toEqual(expect.arrayContaining(['ива', 'пет']));
    expect(namePrefixes('Julia')).toContain('юли');
    expect(namePrefixes('Yordan')).toContain('йор');
    expect(namePrefixes('Мария')).toEqual(['мар', 'mar']);
  });
});

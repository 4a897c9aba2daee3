import { describe, expect, it } from 'vitest';
import { dictionaries, fillForTest, translate } from './translate.ts';

describe('dictionaries', () => {
  it('have the same keys in every language, none empty', () => {
    const reference = Object.keys(dictionaries.en).sort();
    for (const [lang, dict] of Object.entries(dictionaries)) {
      expect(Object.keys(dict).sort(), lang).toEqual(reference);
      for (const [key, text] of Object.entries(dict)) expect(text.trim(), `${lang}:${key}`).not.toBe('');
    }
  });

  it('keep the same {placeholders} in every translation', () => {
    const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(dictionaries.en) as (keyof typeof dictionaries.en)[]) {
      for (const lang of ['ru', 'bg'] as const)
        expect(vars(dictionaries[lang][key]), `${lang}:${key}`).toEqual(vars(dictionaries.en[key]));
    }
  });

  it('translate fills variables and falls back to English', () => {
    expect(translate('ru', 'email.invite.greeting', { name: 'Анна' })).toBe('Здравствуйте, Анна!');
    expect(translate('de', 'email.invite.greeting', { name: 'Anna' })).toBe('Hello, Anna!');
  });
});

describe('plurals', () => {
  const forms = '{n, plural, one {# day} few {# дня} many {# дней} other {# days}}';
  // The form comes from Intl.PluralRules of the language, so Russian's one/few/many and English's one/other both hold.
  const fill = (lang: string, n: number) => fillForTest(lang, forms, n);
  it('picks the language form for n', () => {
    expect(fill('en', 1)).toBe('1 day');
    expect(fill('en', 2)).toBe('2 days');
    expect(fill('ru', 1)).toBe('1 day');
    expect(fill('ru', 3)).toBe('3 дня');
    expect(fill('ru', 5)).toBe('5 дней');
    expect(fill('ru', 21)).toBe('21 day');
    expect(fill('ru', 11)).toBe('11 дней');
  });
});

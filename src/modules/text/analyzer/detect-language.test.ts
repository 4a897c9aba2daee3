import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language.ts';
import { tokenize } from './tokenize.ts';

const detect = (text: string) => detectLanguage(tokenize(text), text);

describe('detectLanguage', () => {
  it.each([
    ['Еда вкусная, но ждали минут сорок', 'ru'],
    ['Храната беше вкусна, но чакахме 40 минути', 'bg'],
    ['Персонал очень вежливый, спасибо', 'ru'],
    ['Персоналът е много любезен, благодаря', 'bg'],
    ['Не плохо, но дорого', 'ru'],
    ['Не е лошо, ама е скъпо', 'bg'],
    ['Врач который меня лечил — отличный специалист', 'ru'],
    ['Лекарят, който ме лекува, е отличен специалист', 'bg'],
    ['Обслужването беше бавно', 'bg'],
    ['Обслуживание было медленным', 'ru'],
    ['Мерси, всичко е наред', 'bg'],
    ['Что-то пошло не так', 'ru'],
  ])('%s → %s', (text, lang) => expect(detect(text)).toBe(lang));

  it('English, other Latin, and no letters at all', () => {
    expect(detect('The food was great but we waited 40 minutes')).toBe('en');
    expect(detect('Great staff!!')).toBe('en');
    expect(detect('Das Essen war sehr lecker')).toBe('other');
    expect(detect('👍👍 10/10')).toBe('other');
  });
});

import { bg } from './bg.ts';
import { en, type Dictionary, type MessageKey } from './en.ts';
import { ru } from './ru.ts';

export const dictionaries: Record<'en' | 'ru' | 'bg', Dictionary> = { en, ru, bg };

/** Looks a message up in the language (English when the language is unknown) and fills `{var}`s. */
export function translate(language: string, key: MessageKey, vars?: Record<string, string | number>): string {
  const dict = dictionaries[language as keyof typeof dictionaries] ?? en;
  const text = dict[key] ?? en[key];
  return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : text;
}

export type { MessageKey };

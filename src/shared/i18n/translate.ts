import { dictionaries, type Dictionary, type Language, type MessageKey } from './dictionaries.ts';

export { dictionaries };
export type { Dictionary, Language, MessageKey };

/**
 * Looks a message up in the language (English when the language is unknown) and fills `{var}`s.
 * Counts take the language's plural rules: `{n, plural, one {# day} few {# дня} many {# дней} other {# дня}}`
 * picks the form Intl.PluralRules names for n and puts n where `#` stands.
 */
export function translate(language: string, key: MessageKey, vars?: Record<string, string | number>): string {
  const lang: Language = language in dictionaries ? (language as Language) : 'en';
  const text = dictionaries[lang][key] ?? dictionaries.en[key];
  if (!vars) return text;
  return fillPlurals(lang, text, vars).replace(/\{(\w+)\}/g, (m, name: string) =>
    name in vars ? String(vars[name]) : m,
  );
}

const rules = new Map<string, Intl.PluralRules>();
const pluralRules = (lang: string) => {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(lang)));
  return r;
};

const PLURAL = /\{(\w+), plural,((?:\s*[=\w]+\s*\{[^{}]*\})+)\s*\}/g;
const FORM = /([=\w]+)\s*\{([^{}]*)\}/g;

function fillPlurals(lang: Language, text: string, vars: Record<string, string | number>): string {
  return text.replace(PLURAL, (whole, name: string, body: string) => {
    const n = Number(vars[name]);
    if (!Number.isFinite(n)) return whole;
    const forms = new Map([...body.matchAll(FORM)].map((m) => [m[1]!, m[2]!]));
    const form = forms.get(`=${n}`) ?? forms.get(pluralRules(lang).select(n)) ?? forms.get('other') ?? '';
    return form.replace(/#/g, new Intl.NumberFormat(lang).format(n));
  });
}

/** The plural filling alone, for tests of a message that is not in the dictionaries. */
export const fillForTest = (lang: string, text: string, n: number): string =>
  fillPlurals((lang in dictionaries ? lang : 'en') as Language, text, { n });

import type { FastifyRequest } from 'fastify';
import { LANGUAGES, type Language } from '../../shared/domain.ts';
import { translate, type MessageKey } from '../../shared/i18n/translate.ts';

const isLanguage = (v: unknown): v is Language => typeof v === 'string' && (LANGUAGES as readonly string[]).includes(v);

/** The first of our languages the client asks for, by its q-weights (`ru-RU,ru;q=0.9,en;q=0.8`). */
export function fromAcceptLanguage(header: string | undefined): Language | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = Number(/^\s*q=([\d.]+)/.exec(params.join(';'))?.[1] ?? 1);
      return { base: tag.trim().toLowerCase().split('-')[0], q: Number.isFinite(q) ? q : 0, i };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  return ranked.map((x) => x.base).find(isLanguage) ?? null;
}

/** The signed-in person's saved language, else what the browser asks for, else English. */
export function requestLanguage(req: FastifyRequest): Language {
  const own = req.actor?.language;
  if (isLanguage(own)) return own;
  const header = req.headers['accept-language'];
  return fromAcceptLanguage(Array.isArray(header) ? header[0] : header) ?? 'en';
}

/**
 * The contracts' own English wordings, so a form in Russian or Bulgarian gets them in its language;
 * a wording not listed falls back to the generic message for its kind of problem.
 */
const KNOWN: Record<string, MessageKey> = {
  'Must be an email address': 'error.field.email',
  'Must be a URL': 'error.field.url',
  'Must be a UUID': 'error.field.uuid',
  'Must be a phone number, e.g. +359 88 123 4567': 'error.field.phone',
  'Must be a language code, e.g. en, ru, bg': 'error.field.languageCode',
  'Use a language code such as en, ru, bg': 'error.field.languageCode',
  'Unknown IANA time zone, e.g. Europe/Sofia': 'error.field.timeZone',
  'Must start with https:// or http://': 'error.field.httpUrl',
  'Use an http(s) address': 'error.field.httpUrl',
  'Must be an ISO 4217 code, e.g. EUR': 'error.field.currency',
  'A colour like #0f766e': 'error.field.colour',
  'Use a date (2026-01-31) or an ISO 8601 date-time': 'error.field.dateOrDateTime',
  'Use a date (2026-01-31)': 'error.field.date',
  'Dates as YYYY-MM-DD': 'error.field.date',
  'Must be an ISO 8601 date-time, e.g. 2026-01-31T14:05:00Z': 'error.field.datetime',
  'Write something': 'error.field.writeSomething',
  'Write a reply': 'error.field.writeReply',
  'Say it in at least 3 characters': 'error.field.threeChars',
  'Give a name in at least one language': 'error.field.nameInALanguage',
  'Give the text in at least one language': 'error.field.textInALanguage',
  'Write it in at least one language': 'error.field.writeInALanguage',
  'Nothing to change': 'error.field.nothingToChange',
  'A survey needs at least one question': 'error.field.oneQuestion',
  'A rule needs at least one condition': 'error.field.oneCondition',
  'The CSV is empty': 'error.field.csvEmpty',
  'Lowercase letters, digits and _': 'error.field.slug',
  'lowercase letters, digits and _': 'error.field.slug',
  'Must be after validFrom': 'error.field.afterValidFrom',
  'close must be after open': 'error.field.closeAfterOpen',
  'Languages must be unique': 'error.field.uniqueLanguages',
  'Email or password is wrong': 'error.auth.wrongPassword',
  'A record with the same unique value already exists': 'error.db.unique',
  'The record is referenced by other records or references a missing one': 'error.db.reference',
  'A value has the wrong format': 'error.db.format',
  'A value is too long': 'error.db.tooLong',
  'A number is out of range': 'error.db.range',
  'The request body is invalid': 'error.request.body',
  'The request querystring is invalid': 'error.request.querystring',
  'The request params is invalid': 'error.request.params',
  'The request headers is invalid': 'error.request.headers',
};

/** A message the server wrote in English, in the language when it is one we know; else unchanged. */
export function localizeKnown(language: Language, message: string): string {
  if (language === 'en') return message;
  const key = KNOWN[message];
  return key ? translate(language, key) : message;
}

/** What fastify-type-provider-zod keeps of a Zod issue: its code, message and the rest as params. */
export type ValidationIssue = { keyword?: string; message?: string; params?: unknown };

const SIZE_KEYS = {
  string: ['error.field.minChars', 'error.field.maxChars'],
  array: ['error.field.minItems', 'error.field.maxItems'],
  set: ['error.field.minItems', 'error.field.maxItems'],
} as const;

const FORMATS: Record<string, MessageKey> = {
  email: 'error.field.email',
  url: 'error.field.url',
  uuid: 'error.field.uuid',
  guid: 'error.field.uuid',
  datetime: 'error.field.datetime',
  date: 'error.field.date',
  time: 'error.field.time',
};

const TYPES: Record<string, MessageKey> = {
  number: 'error.field.number',
  int: 'error.field.number',
  bigint: 'error.field.number',
  string: 'error.field.text',
  boolean: 'error.field.boolean',
  array: 'error.field.list',
};

/**
 * One field problem in the language. English keeps the contract's own words; Russian and Bulgarian
 * get the contract's wording when it is known, else the message for the issue's kind (with the
 * limit in it, in the language's plural form).
 */
export function localizeIssue(language: Language, issue: ValidationIssue): string {
  const message = issue.message ?? 'Invalid value';
  if (language === 'en') return message;
  const known = KNOWN[message];
  if (known) return translate(language, known);
  const p = (issue.params ?? {}) as Record<string, unknown>;
  const t = (key: MessageKey, vars?: Record<string, string | number>) => translate(language, key, vars);
  switch (issue.keyword) {
    case 'invalid_type':
      // Zod says "received undefined" for a field left out; its input is not kept on the issue.
      if (/received undefined$/.test(message)) return t('error.field.required');
      return TYPES[String(p.expected)]
        ? t(TYPES[String(p.expected)]!)
        : t('error.field.type', { expected: String(p.expected) });
    case 'too_small':
    case 'too_big': {
      const small = issue.keyword === 'too_small';
      const n = Number(small ? p.minimum : p.maximum);
      const origin = String(p.origin);
      if (origin in SIZE_KEYS) {
        if (small && n === 1 && origin === 'string') return t('error.field.fillIn');
        const [min, max] = SIZE_KEYS[origin as keyof typeof SIZE_KEYS];
        return t(small ? min : max, { n });
      }
      if (origin === 'date') return t(small ? 'error.field.tooEarly' : 'error.field.tooLate');
      if (p.inclusive === false) return t(small ? 'error.field.above' : 'error.field.below', { n });
      return t(small ? 'error.field.minNumber' : 'error.field.maxNumber', { n });
    }
    case 'invalid_format':
      return t(FORMATS[String(p.format)] ?? 'error.field.format');
    case 'not_multiple_of':
      return t('error.field.multipleOf', { n: Number(p.divisor) });
    case 'invalid_value':
      return Array.isArray(p.values)
        ? t('error.field.oneOf', { values: p.values.map(String).join(', ') })
        : t('error.field.invalid');
    case 'unrecognized_keys':
      return t('error.field.unknownKeys', { keys: Array.isArray(p.keys) ? p.keys.join(', ') : '' });
    default:
      return t('error.field.invalid');
  }
}

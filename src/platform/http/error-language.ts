import type { FastifyRequest } from 'fastify';
import { LANGUAGES, type Language } from '../../shared/domain.ts';
import { translate, type MessageKey } from '../../shared/i18n/translate.ts';
import { moduleErrorMessages, MODULE_PATTERNS } from '../../shared/i18n/messages/module-errors.ts';

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
  // The feature modules' AppError wordings: their English text is the wording itself.
  ...Object.fromEntries(
    Object.entries(moduleErrorMessages.en)
      .filter(([key]) => key.startsWith('err.'))
      .map(([key, text]) => [text, key as MessageKey]),
  ),
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
  'You are not allowed to do this': 'srv.forbidden',
  'Some references are unknown': 'srv.unknownRefs',
  // Import rows (src/modules/imports): how a cell names no one, or holds what cannot be read.
  'No customer has this ID, name or email': 'srv.import.customerNotFound',
  'No customer has this email, ID or name': 'srv.import.customerNotFound',
  'Several customers have this name: use their ID or email': 'srv.import.customerShared',
  'No touchpoint has this name or ID': 'srv.import.touchpointNotFound',
  'Several touchpoints have this name: use the ID': 'srv.import.touchpointShared',
  'No location has this name or ID': 'srv.import.locationNotFound',
  'Several locations have this name: use the ID': 'srv.import.locationShared',
  'No staff member has this name, email or ID': 'srv.import.staffNotFound',
  'Several staff members have this name: use their email': 'srv.import.staffShared',
  'Every interaction needs its date and time': 'srv.import.needsDate',
  'not a number': 'srv.import.notNumber',
  'more than two decimals (write 1234.50 or 1 234,50)': 'srv.import.decimals',
  'not yes/no (use yes, no, 1, 0, да, нет, не)': 'srv.import.notYesNo',
  'not a language code (use en, ru or bg)': 'srv.import.notLanguage',
  'not a currency code (use an ISO 4217 code, e.g. EUR, BGN, RUB)': 'srv.import.notCurrency',
  'not a date (use 2026-01-31 14:05, 31.01.2026 14:05 or ISO 8601)': 'srv.import.notDate',
  'not a date': 'srv.import.badDate',
  'not a valid date': 'srv.import.badDate',
  'not a shift (use morning, day, evening or night)': 'srv.import.notShift',
  'No such column in the CSV': 'srv.import.noColumn',
  'You can only record interactions at the locations you cover': 'srv.import.outsideInteractions',
  'You can only record responses at the locations you cover': 'srv.import.outsideResponses',
  'Answer at least one question': 'srv.import.answerOne',
  'This question needs an answer': 'srv.import.needsAnswer',
  'The CSV is empty: it needs a header line and rows': 'srv.import.csvEmpty',
  'Name the survey these responses answer': 'srv.import.nameSurvey',
  'Map a column to occurredAt: every interaction needs its date and time': 'srv.import.mapDate',
  // Audits and training (src/modules/standards, src/modules/training).
  'Publish a staff notice about mystery visits before the first one': 'srv.audit.noticeFirst',
  'This shopper visited this location too recently': 'srv.audit.shopperTooSoon',
  'This audit is submitted; its answers are final': 'srv.audit.final',
  'This audit is submitted; its photos are final': 'srv.audit.photosFinal',
  'Staff run self-checks only': 'srv.audit.selfOnly',
  'A self-check is of yourself': 'srv.audit.selfIsYours',
  'This item always applies': 'srv.audit.alwaysApplies',
  'A pass/fail item takes a result': 'srv.audit.takesResult',
  'A scale item takes a value': 'srv.audit.takesValue',
  'A pass/fail item has no value': 'srv.audit.noValue',
  'No attempts left; ask your manager to assign the lesson again': 'srv.training.noAttempts',
  'This lesson is already passed': 'srv.training.passed',
  'Only the person assigned takes the quiz': 'srv.training.assigneeOnly',
  'Some of these people work outside the locations you cover': 'srv.training.outside',
};

/** Wordings with a value in them: the value is kept, the words are translated. */
const PATTERNS: [RegExp, MessageKey, string[]][] = [
  [/^Longer than (\d+) characters$/, 'srv.import.longer', ['n']],
  [/^Must be a whole number from (-?\d+) to (-?\d+)$/, 'srv.import.wholeNumber', ['min', 'max']],
  [/^Each choice must be one of (.+)$/, 'srv.import.eachOneOf', ['values']],
  [/^Must be one of (.+)$/, 'srv.import.oneOf', ['values']],
  [/^The same shopper may visit this location again from (\S+)$/, 'srv.audit.shopperAgainFrom', ['date']],
  ...MODULE_PATTERNS,
  // notFound('Audit') and assertRefs' "No such location": the thing's English name is left out.
  [/^.+ not found$/, 'srv.notFound', []],
  [/^No such [\w ]+$/, 'srv.noSuch', []],
];

function byPattern(language: Language, message: string): string | undefined {
  for (const [re, key, names] of PATTERNS) {
    const m = re.exec(message);
    if (!m) continue;
    const vars = Object.fromEntries(names.map((n, i) => [n, n === 'n' ? Number(m[i + 1]) : m[i + 1]!]));
    return translate(language, key, vars);
  }
  return undefined;
}

/** A message the server wrote in English, in the language when it is one we know; else unchanged. */
export function localizeKnown(language: Language, message: string): string {
  if (language === 'en') return message;
  const key = KNOWN[message];
  return key ? translate(language, key) : (byPattern(language, message) ?? message);
}

/** Field → message, each in the language (import rows, AppError fields). */
export function localizeFieldMessages(language: Language, fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, localizeKnown(language, v)]));
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
  const patterned = byPattern(language, message);
  if (patterned) return patterned;
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

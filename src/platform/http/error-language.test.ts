import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localizeKnown } from './error-language.ts';

/**
 * Wordings that reach only programs calling the API (headers a browser page sets by itself, an
 * internal invariant), so they stay in English on purpose.
 */
const ENGLISH_ONLY: Record<string, string> = {
  'Missing or wrong X-CSRF-Token header for a cookie-authenticated change': 'the dashboard always sends it',
  'Batch answered an item it was not given': 'an internal invariant, never a person’s doing',
  'Idempotency-Key is being reused concurrently; retry': 'an API client’s header',
  'This Idempotency-Key was used for a different request': 'an API client’s header',
  'A request with this Idempotency-Key is still in progress; retry shortly': 'an API client’s header',
  'Idempotency-Key must be 1–200 characters': 'an API client’s header',
  'The API key is missing, malformed, revoked or unknown': 'an API client’s key',
  'Sign in or send an API key (Authorization: Bearer …)': 'the dashboard sends to sign-in instead',
};

/** Field messages that are the name of a header or field, or a fragment a message is built of. */
const FIELD_ENGLISH_ONLY = new Set(['body', 'length', 'Idempotency-Key', 'reused with another body', '; ', ', ']);

const CALL = /(?:new AppError\(\s*'\w+',\s*|\b(?:forbidden|notFound|conflict|invalid)\(\s*)(['`])((?:[^\\]|\\.)*?)\1/g;

/** The field messages of an AppError built with a literal wording and a literal `{ field: '…' }`. */
const FIELDS =
  /(?:new AppError\(\s*'\w+',|\b(?:invalid|conflict)\()\s*(?:'(?:[^'\\]|\\.)*'|`[^`]*`)\s*,\s*\{((?:[^{}]|\$\{[^}]*\})*)\}/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return e.name.endsWith('.ts') && !e.name.includes('.test.') ? [path] : [];
  });
}

/** Every literal AppError wording in the server's code; a `${value}` in a template becomes a sample. */
function wordings(): { file: string; text: string; notFound: boolean }[] {
  return serverFiles().flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(CALL)].map((m) => ({
      file,
      text: m[2]!.replace(/\$\{[^}]*\}/g, '7'),
      notFound: m[0].startsWith('notFound'),
    })),
  );
}

function serverFiles(): string[] {
  return [...sourceFiles('src/modules'), ...sourceFiles('src/platform')].filter(
    (f) => !f.endsWith('error-language.ts'),
  );
}

describe('server messages in the reader’s language', () => {
  it('every AppError wording in the code has a Russian and a Bulgarian translation', () => {
    const found = wordings();
    expect(found.length).toBeGreaterThan(100);
    const missing = found
      .map((w) => ({ ...w, text: w.notFound ? `${w.text} not found` : w.text }))
      .filter((w) => !(w.text in ENGLISH_ONLY))
      .filter((w) => localizeKnown('ru', w.text) === w.text || localizeKnown('bg', w.text) === w.text)
      .map((w) => `${w.file}: ${w.text}`);
    expect(missing).toEqual([]);
  });

  it('every literal field message of an AppError has a Russian and a Bulgarian translation', () => {
    const missing = serverFiles().flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(FIELDS)]
        .flatMap((m) =>
          [...m[1]!.matchAll(/(['`])((?:[^\\]|\\.)*?)\1/g)].map((v) => v[2]!.replace(/\$\{[^}]*\}/g, '7')),
        )
        // A key name kept as a literal, or a value and a detail with no words of ours (`${lang}: ${err}`).
        .filter((text) => !FIELD_ENGLISH_ONLY.has(text) && !/^\w+\.[\w.]+$/.test(text) && /[a-z]{2}/i.test(text))
        .filter((text) => localizeKnown('ru', text) === text || localizeKnown('bg', text) === text)
        .map((text) => `${file}: ${text}`),
    );
    expect(missing).toEqual([]);
  });

  it('translates a plain wording and leaves English alone', () => {
    const en = 'The organisation must keep at least one active owner';
    expect(localizeKnown('en', en)).toBe(en);
    expect(localizeKnown('ru', en)).toBe('В организации должен остаться хотя бы один активный владелец');
    expect(localizeKnown('bg', en)).toBe('Организацията трябва да запази поне един активен собственик');
  });

  it('names the thing not found, in its grammatical gender', () => {
    expect(localizeKnown('ru', 'Case not found')).toBe('Обращение не найдено');
    expect(localizeKnown('bg', 'Survey not found')).toBe('Анкетата не е намерена');
    expect(localizeKnown('ru', 'Gizmo not found')).toBe('Не найдено');
  });

  it('keeps a value and puts a count in the language’s plural form', () => {
    expect(localizeKnown('ru', 'An organisation can have at most 5 webhooks')).toBe(
      'В организации может быть не больше 5 вебхуков',
    );
    expect(localizeKnown('ru', 'An organisation can have at most 2 webhooks')).toBe(
      'В организации может быть не больше 2 вебхуков',
    );
    expect(localizeKnown('bg', '1 row(s) cannot be imported; nothing was imported')).toBe(
      '1 ред не може да се импортира; нищо не е импортирано',
    );
    expect(localizeKnown('ru', '3 row(s) cannot be imported; nothing was imported')).toBe(
      '3 строки нельзя импортировать; ничего не импортировано',
    );
    expect(localizeKnown('bg', 'The SMTP server refused: 535 Authentication failed')).toBe(
      'SMTP сървърът отказа: 535 Authentication failed',
    );
    expect(localizeKnown('ru', 'Your role (staff) does not allow cases.assign')).toBe(
      'Ваша роль (staff) не разрешает cases.assign',
    );
  });
});

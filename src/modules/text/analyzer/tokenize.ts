export type TokenKind = 'word' | 'number' | 'emoji' | 'punct';

export type Token = {
  kind: TokenKind;
  /** Lower case, ё→е, ѝ→и, Latin look-alikes inside Cyrillic words fixed, runs of 3+ letters cut to 2. */
  norm: string;
  /** Runs of repeated letters cut to one ("ооочень" → "очень"), only when it differs from norm. */
  squeezed?: string;
  /** Written in capitals (3+ letters): shouting. */
  caps?: boolean;
  start: number;
  end: number;
};

const TOKEN_RE =
  /([\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*)|(\p{N}+(?:[.,:/]\p{N}+)*)|([:;=][-']?[)(DPp\/|*]+|\){2,}|\({2,})|(\p{Extended_Pictographic}(?:[\u{1F3FB}-\u{1F3FF}\uFE0F]|\u200D\p{Extended_Pictographic})*)|([!?]+|[.;…]+|[,:—–])/gu;

const CYR = /[\u0400-\u04FF]/;
const LAT = /[a-z]/;
/** Latin letters that typists mix into Cyrillic words (same key, other layout). */
const LOOKALIKE: Record<string, string> = {
  a: 'а',
  e: 'е',
  o: 'о',
  p: 'р',
  c: 'с',
  x: 'х',
  y: 'у',
  k: 'к',
  m: 'м',
  t: 'т',
  h: 'н',
  b: 'в',
};

export function normalizeWord(raw: string): string {
  let w = raw.toLowerCase().replaceAll('ё', 'е').replaceAll('ѝ', 'и').replaceAll('’', "'");
  if (CYR.test(w) && LAT.test(w)) w = w.replace(/[a-z]/g, (ch) => LOOKALIKE[ch] ?? ch);
  return w.replace(/(\p{L})\1{2,}/gu, '$1$1');
}

const squeeze = (w: string): string => w.replace(/(\p{L})\1+/gu, '$1');

/** Emoticons are folded to two forms so lexicons need list only `:)` and `:(`. */
function normalizeEmoticon(raw: string): string {
  if (/^\)+$/.test(raw)) return ':)';
  if (/^\(+$/.test(raw)) return ':(';
  const face = raw.replace(/^[:;=]-?'?/, '');
  if (/^[)D*]/.test(face)) return ':)';
  if (/^[(\/|]/.test(face)) return ':(';
  return ':p';
}

/** Splits text into words, numbers, emoji/emoticons and the punctuation that matters (clause ends). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1] !== undefined) {
      const norm = normalizeWord(m[1]);
      const t: Token = { kind: 'word', norm, start, end };
      const sq = squeeze(norm);
      if (sq !== norm && /(\p{L})\1{2,}/u.test(m[1].toLowerCase())) t.squeezed = sq;
      if (m[1].length >= 3 && m[1] === m[1].toUpperCase() && m[1] !== m[1].toLowerCase()) t.caps = true;
      out.push(t);
    } else if (m[2] !== undefined) out.push({ kind: 'number', norm: m[2], start, end });
    else if (m[3] !== undefined) out.push({ kind: 'emoji', norm: normalizeEmoticon(m[3]), start, end });
    else if (m[4] !== undefined)
      out.push({ kind: 'emoji', norm: m[4].replace(/[\uFE0F\u{1F3FB}-\u{1F3FF}]/gu, ''), start, end });
    else out.push({ kind: 'punct', norm: m[5]!.startsWith('…') ? '.' : m[5]!, start, end });
  }
  return out;
}

import type { TextLang } from './types.ts';

/**
 * Light suffix stemmers. They need not find the linguistic stem: the lexicons are stemmed by the
 * same functions, so what matters is that the forms of one word meet on one key and that short
 * words are left alone. Root prefixes (`груб*`) in the lexicons cover what the suffix lists miss.
 */

const byLength = (list: string): string[] => list.split(' ').sort((a, b) => b.length - a.length);

const RU_VOWEL = /[аеиоуыэюя]/;
const RU_REFLEXIVE = byLength('ся сь');
const RU_ENDINGS = byLength(
  [
    // adjectives and participles
    'ее ие ые ое ими ыми ей ий ый ой ем им ым ом его ого ему ому их ых ую юю ая яя ою ею ейш ейше ейшая ейший ный ная ное ные ного ному ным ными ных ную',
    // verbs
    'ла на ете йте ли л ло но ет ют ны ть ешь ила ыла ена ейте уйте ите или ыли ил ыл ило ыло ено ят ует уют ит ыт ены ить ыть ишь ать ять ем ешь ют ут ат аю яю ую ует ует ировать',
    // nouns
    'а ев ов ье е иями ями ами еи ии и ией ей ой ий й иям ям ием ам ом о у ах иях ях ы ь ию ью ю ия ья я ость ости остью остей',
  ].join(' '),
);

export function stemRu(word: string): string {
  if (word.length <= 3) return word;
  let w = word;
  for (const s of RU_REFLEXIVE)
    if (w.endsWith(s) && w.length - s.length >= 3) {
      w = w.slice(0, -s.length);
      break;
    }
  for (const s of RU_ENDINGS) {
    if (w.endsWith(s) && w.length - s.length >= 3 && RU_VOWEL.test(w.slice(0, -s.length))) {
      w = w.slice(0, -s.length);
      break;
    }
  }
  if (w.endsWith('нн')) w = w.slice(0, -1);
  if (/[бвгджзклмпрстфхцчшщ]н$/.test(w) && w.length > 4) w = w.slice(0, -1);
  if (w.endsWith('ь') && w.length > 3) w = w.slice(0, -1);
  return w;
}

const BG_VOWEL = /[аеиоуъюя]/;
const BG_ENDINGS = byLength(
  [
    // definite articles on nouns and adjectives
    'ът ят та то те ия ият ията ото ите ата ется',
    // adjectives
    'ен ски ска ско ния ният',
    // plural
    'и ове еве ища ове овете ищата',
    // verbs: present, past, participles
    'ам ям аш яш аме яме име а я ем еш е ете ат ят им иш и ите ах ях ахме яхме ахте яхте аха яха ох охме охте оха ихме ихте иха ал ял ала яла ало яло али яли ел ела ело ели ил ила ило или ил ува увам уваш',
    // nouns
    'ост ости ство ства ие ия ция ции',
  ].join(' '),
);

export function stemBg(word: string): string {
  if (word.length <= 3) return word;
  let w = word;
  for (const s of BG_ENDINGS) {
    if (w.endsWith(s) && w.length - s.length >= 3 && BG_VOWEL.test(w.slice(0, -s.length))) {
      w = w.slice(0, -s.length);
      break;
    }
  }
  // A second, short ending left by the article: "лошото" → "лошо" → "лош".
  for (const s of ['о', 'а', 'е', 'и', 'я', 'ъ']) {
    if (w.endsWith(s) && w.length > 3 && BG_VOWEL.test(w.slice(0, -1))) {
      w = w.slice(0, -1);
      break;
    }
  }
  // The fleeting vowel of adjectives: "вкусен" / "вкусна" meet on "вкус".
  if (/[бвгджзклмпрстфхцчшщ]н$/.test(w) && w.length > 4) w = w.slice(0, -1);
  return w;
}

const EN_VOWEL = /[aeiouy]/;

/** Porter-style, reduced: plurals, -ed/-ing, -ness, -ment, -est, y→i, final e dropped. */
export function stemEn(word: string): string {
  let w = word.replace(/'s$/, '');
  if (w.length <= 3) return w;
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'i';
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  for (const s of ['ingly', 'edly', 'ing', 'ed']) {
    if (w.endsWith(s) && EN_VOWEL.test(w.slice(0, -s.length)) && w.length - s.length >= 3) {
      w = w.slice(0, -s.length);
      if (/([bdfgmnprt])\1$/.test(w)) w = w.slice(0, -1);
      break;
    }
  }
  for (const s of ['fulness', 'ness', 'ment', 'est']) {
    if (w.endsWith(s) && w.length - s.length >= 3) {
      w = w.slice(0, -s.length);
      break;
    }
  }
  if (w.endsWith('y') && w.length > 3 && EN_VOWEL.test(w.slice(0, -1))) w = w.slice(0, -1) + 'i';
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

export const STEMMERS: Record<TextLang, (word: string) => string> = { ru: stemRu, bg: stemBg, en: stemEn };

/**
 * How alike a name someone typed (a review's author, "who recommended you?") is to a customer's name.
 * Pure: both the review inbox and the referral credits rank candidates with it, and the dashboard
 * explains a suggestion with the parts that matched.
 */

// Russian and Bulgarian letters in Latin (щ as Bulgarian "sht"; Russian "shch" folds to it), so "Ольга" meets "Olga".
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'sht', ъ: 'a', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
}; // prettier-ignore

/** Lower case, Latin letters, accents dropped, one space between words. */
export function normaliseName(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u0400-\u04ff]/g, (c) => CYRILLIC[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z\s.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * One spelling for the ways a Russian or Bulgarian name is written in Latin: "Maria", "Mariya" and
 * "Мария"; "Yulia", "Julia" and "Юлия"; "Evgeni" and "Евгений"; "Alexander" and "Aleksander".
 */
function foldSpelling(word: string): string {
  return word
    .replace(/shch/g, 'sht')
    .replace(/kh/g, 'h')
    .replace(/x/g, 'ks')
    .replace(/j/g, 'y')
    .replace(/y(?=[aeiou])/g, 'i')
    .replace(/i+/g, 'i')
    .replace(/iy$/, 'i')
    .replace(/y$/, 'i');
}

const words = (s: string) =>
  normaliseName(s)
    .split(' ')
    .map((w) => foldSpelling(w.replace(/\./g, '')))
    .filter(Boolean);

/** At most one edit (insert, delete or change a letter) apart. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** How well one typed word stands for one word of the customer's name (0–1). */
function wordScore(typed: string, name: string): number {
  if (typed === name) return 1;
  if (typed.length === 1) return name.startsWith(typed) ? 0.5 : 0; // an initial: "Olga D."
  if (typed.length >= 4 && name.length >= 4 && oneEditApart(typed, name)) return 0.8;
  if (typed.length >= 3 && (name.startsWith(typed) || typed.startsWith(name)) && name.length >= 3) return 0.7;
  return 0;
}

export type NameMatch = {
  /** 0 (nothing alike) to 1 (every word of the customer's name was typed). */
  score: number;
  /** The words of the customer's name that matched, as the customer's name spells them. */
  matched: string[];
};

/**
 * Each word of the customer's name takes its best typed word (a typed word serves once); the score
 * is their mean, so "Maria" fits the customer "Maria" better than "Maria Petrova", and extra typed
 * words ("Maria from the bakery") cost nothing.
 */
export function nameMatch(typed: string, customerName: string): NameMatch {
  const have = words(typed);
  const original = customerName.trim().split(/\s+/).filter(Boolean);
  const want = original.map((w) => words(w).join(''));
  if (!have.length || !want.some(Boolean)) return { score: 0, matched: [] };
  const used = new Set<number>();
  let total = 0;
  const matched: string[] = [];
  want.forEach((w, i) => {
    let best = 0;
    let bestAt = -1;
    have.forEach((h, j) => {
      if (used.has(j)) return;
      const s = wordScore(h, w);
      if (s > best) [best, bestAt] = [s, j];
    });
    if (bestAt >= 0) {
      used.add(bestAt);
      matched.push(original[i]!);
    }
    total += best;
  });
  return { score: Math.round((total / want.length) * 100) / 100, matched };
}

/**
 * Each folded Latin spelling back to the Cyrillic letters that give it: the table read backwards, with
 * the folded forms, leaving out the letters a name seldom has in its first three (ъ, ь, ё, ы).
 */
const LATIN = new Map<string, string[]>();
for (const [cyr, lat] of Object.entries({ ...CYRILLIC, ю: 'iu', я: 'ia', й: 'i' }))
  if (lat && !'ъьёы'.includes(cyr)) LATIN.set(lat, [...(LATIN.get(lat) ?? []), cyr]);
const CHUNKS = [...LATIN.keys()].sort((a, b) => b.length - a.length);

/** A folded Latin word's first three letters as Cyrillic may spell them ("iva" → "ива", "йва"), at most `max`. */
function cyrillicPrefixes(word: string, max = 6): string[] {
  const out = new Set<string>();
  const walk = (rest: string, built: string) => {
    if (out.size >= max) return;
    if (built.length >= 3 || !rest) {
      if (built.length >= 3) out.add(built.slice(0, 3));
      return;
    }
    for (const chunk of CHUNKS)
      if (rest.startsWith(chunk)) for (const c of LATIN.get(chunk)!) walk(rest.slice(chunk.length), built + c);
  };
  walk(word, '');
  return [...out];
}

/**
 * The typed words' first three letters, as typed, in Latin and, for a name typed in Latin, in
 * Cyrillic: to fetch candidate customers from the database before ranking them.
 */
export function namePrefixes(typed: string): string[] {
  const asTyped = typed.toLowerCase().split(/[^\p{L}]+/u);
  const latin = words(typed);
  const cyrillic = asTyped
    .filter((w) => /^[a-z]+$/.test(w))
    .flatMap((w) => words(w).flatMap((f) => cyrillicPrefixes(f)));
  return [...new Set([...asTyped, ...latin, ...cyrillic].filter((w) => w.length >= 3).map((w) => w.slice(0, 3)))];
}

/** A staff member as a mystery result may show them: by position (or role), never by name. */
export type Person = { name: string; position: string | null; role: string };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A shopper's comment with every staff member's name (the whole name, then each part of it of two
 * letters or more, as a whole word in any case) replaced by their position or role in brackets:
 * mystery results show staff by role and shift, not by name.
 */
export function maskNames(text: string, people: Person[]): string {
  const words = new Map<string, string>();
  const add = (word: string, label: string) => {
    const key = word.trim().toLowerCase();
    if (key.length >= 2 && !words.has(key)) words.set(key, label);
  };
  for (const p of people) add(p.name, p.position?.trim() || p.role);
  for (const p of people) for (const part of p.name.split(/[\s-]+/)) add(part, p.position?.trim() || p.role);
  if (!words.size) return text;
  // Longest first, so "Anna Petrova" is one mask rather than two; word edges that know Cyrillic.
  const alternatives = [...words.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return text.replace(pattern, (m) => `[${words.get(m.toLowerCase()) ?? 'staff'}]`);
}

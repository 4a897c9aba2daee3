/**
 * One area's messages in all three languages side by side. English is the reference: the type
 * checker makes ru and bg carry exactly its keys, so a new area cannot ship half-translated.
 */
export function defineMessages<const K extends string>(m: {
  en: Record<K, string>;
  ru: NoInfer<Record<K, string>>;
  bg: NoInfer<Record<K, string>>;
}): { en: Record<K, string>; ru: Record<K, string>; bg: Record<K, string> } {
  return m;
}

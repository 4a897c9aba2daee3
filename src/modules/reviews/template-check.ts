/**
 * A review request may ask for an honest review, never for a rating or for praise (16 CFR 465.4,
 * Google and Trustpilot policies). Patterns in en/ru/bg; a match refuses the template with the
 * words found so the owner sees what to change.
 */
const PATTERNS: RegExp[] = [
  // Star counts in any language: "5 stars", "5★", "five stars", "5 звезд", "5 звезди", "пять звёзд".
  /\b(?:[45]|four|five)[\s-]*(?:stars?|★|⭐)/iu,
  /(?:^|[^\p{L}])(?:[45]|четыре|пять|четири|пет)[\s-]*(?:звезд|звёзд|звезди|звездич|★|⭐)/iu,
  /[45]\s*(?:★|⭐)|(?:★|⭐){4,}/u,
  // English: positive/good/great/glowing/5-star review, rate us highly, leave us a good review.
  /\b(?:positive|good|great|glowing|excellent|favou?rable|nice|top|perfect|5[\s-]*star|five[\s-]*star)\s+(?:review|rating|feedback)s?\b/iu,
  /\brate\s+us\s+(?:highly|well|5|five|top)\b/iu,
  /\b(?:say|write)\s+(?:something\s+)?(?:nice|good|positive)\b/iu,
  // Russian: положительный/хороший/отличный/хвалебный отзыв, высокую оценку, оцените на 5.
  /(?:положительн|хорош|отличн|хвалебн|позитивн|лестн|пятизвёздочн|пятизвездочн)\p{L}*\s+(?:отзыв|оценк|рейтинг)/iu,
  /(?:высок|максимальн|наивысш)\p{L}*\s+(?:оценк|балл|рейтинг)/iu,
  /оцени\p{L}*\s+(?:нас\s+)?(?:на\s+)?(?:5|пять|пятёрк|пятерк|отлично)/iu,
  // Bulgarian: положителен/добър/отличен/хубав отзив или ревю, висока оценка, оценете ни с 5.
  /(?:положител|добр|добър|отлич|хубав|похвал|позитив|петзвезд)\p{L}*\s+(?:отзив|ревю|оценк|мнени)/iu,
  /(?:висок|максимал|най-висок)\p{L}*\s+(?:оценк|рейтинг)/iu,
  /оцен\p{L}*\s+(?:ни\s+)?(?:с\s+)?(?:5|пет|шестица|отличн)/iu,
];

/** The phrases of `text` that ask for a rating or praise; empty when the template is fair. */
export function ratingAsks(text: string): string[] {
  const found: string[] = [];
  for (const p of PATTERNS) {
    const m = p.exec(text);
    if (m) found.push(m[0].trim());
  }
  return [...new Set(found)];
}

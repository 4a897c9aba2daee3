import { en } from './lexicon/en.ts';
import { DEFAULT_TAXONOMY } from './taxonomy.ts';
import type { Token } from './tokenize.ts';
import type { DetectedLang } from './types.ts';

/**
 * Function words and endings that tell the three languages apart. Bulgarian and Russian share
 * most letters, so the vote rests on: letters only one of them has (ы э ё in Russian; ѝ and
 * word-internal ъ in Bulgarian), a word-final ь (never in Bulgarian), the definite article
 * (-ът/-ят), Russian infinitives (-ть/-ться) and Bulgarian aorist endings (-ахме/-ихме).
 */
const RU_WORDS = new Set(
  'это что как был была было были очень мы они нас меня мне уже только еще который которая которые так нет нам вы почему когда ничего сейчас где будет есть его ее при вас вам всем хотя чтобы если тоже можно нужно спасибо просто вообще сегодня здесь там вот даже через чем ну пожалуйста хорошо плохо больше также все всё у в к из без для про после потом тут сразу опять снова еще ещё теперь'.split(
    ' ',
  ),
);
const BG_WORDS = new Set(
  'е са съм сме сте си ще се що който която което които това този тази тези много беше бяха от със във ама обаче защото няма нямаше тук какво кога след вече още само нищо ги му ѝ й нея него тя ние вие бе бях благодаря мерси добре зле също така кой има имаше всичко всички някой никой нито трябва ако най пак ме ми може никога повече хубав хубава хубаво хубави човека хора днес сега утре събота неделя петък искам исках нов нова ново нови'.split(
    ' ',
  ),
);
/** Words both languages use: they vote for neither. */
const EN_WORDS = new Set(
  'the and is was were are to of very we i it not no but with for this that they my our you had have has be been at in on so just would will could all there their service staff a than since up did got went me us your from by after before what how why too again because only'.split(
    ' ',
  ),
);

export function detectLanguage(tokens: readonly Token[], text: string): DetectedLang {
  let cyr = 0;
  let lat = 0;
  for (const ch of text) {
    if (ch >= 'а' && ch <= 'я') cyr++;
    else if ((ch >= 'А' && ch <= 'Я') || ch === 'ё' || ch === 'Ё' || ch === 'ѝ' || ch === 'ъ') cyr++;
    else if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) lat++;
  }
  if (cyr === 0 && lat === 0) return 'other';
  if (lat > cyr) {
    let en = 0;
    for (const t of tokens) if (t.kind === 'word' && EN_WORDS.has(t.norm)) en++;
    return en > 0 || englishLetters(tokens) ? 'en' : 'other';
  }
  let ru = 0;
  let bg = 0;
  const lower = text.toLowerCase();
  if (/[ыэё]/.test(lower)) ru += 3;
  if (/ѝ/.test(lower)) bg += 3;
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    const w = t.norm;
    if (RU_WORDS.has(w)) ru++;
    if (BG_WORDS.has(w)) bg++;
    if (/ъ[бвгджзклмнпрстфхцчшщ]/.test(w) && !/^(об|под|от|из|раз|с|в|над|пред|меж|сверх)ъ/.test(w)) bg += 2;
    if (w.endsWith('ь')) ru += 2;
    // The superlative "най-" and the article after и (добрият, новият) are Bulgarian only.
    if (w.startsWith('най-') || (w.endsWith('ият') && w.length > 4)) bg += 2;
    if (/[^аеиоуъюя](ът|ят)$/.test(w) && w.length > 4) bg += 2;
    if (/(ть|ться|тся)$/.test(w) && w.length > 3) ru += 2;
    if (/(ахме|яхме|ихме|охме|ахте|ихте)$/.test(w)) bg += 2;
    if (/(ого|его|ому|ему|ыми|ими|ый|ий|ой|ая|яя|ое|ее|ую|юю|ешь|ишь|ся|сь|ом|ем|ами|ями)$/.test(w) && w.length > 4)
      ru++;
    if (/(ме|ха|ше|ете|ите|ът|ят)$/.test(w) && w.length > 3) bg += 0.5;
    if (/(ото|ата|ите|ета)$/.test(w) && w.length > 5) bg += 0.5;
    if (/^(що|щото|защото|още)$/.test(w) || (w.includes('щ') && /щ[ао]/.test(w) && bg > 0)) bg += 0.5;
  }
  if (ru === bg) return /[ыэё]/.test(lower) ? 'ru' : bg > 0 ? 'bg' : 'ru';
  return ru > bg ? 'ru' : 'bg';
}

let vocabulary: Set<string> | undefined;
/** Single words of the English lexicon and of the default taxonomy's English terms. */
function englishVocabulary(): Set<string> {
  if (vocabulary) return vocabulary;
  const lists = [...Object.values(en.sentiment), ...Object.values(en.emotion), en.negators, en.intensifiers];
  const words = lists.flatMap((l) => l.split(','));
  for (const t of DEFAULT_TAXONOMY.topics) words.push(...(t.terms.en ?? []));
  vocabulary = new Set(
    words.map((w) => w.trim().toLowerCase().replace(/\*$/, '')).filter((w) => w && !w.includes(' ')),
  );
  return vocabulary;
}

/**
 * A short Latin comment with no function word ("Great staff!!", "Lovely cosy place", "Waited
 * forever, nobody came") is English when at least a third of its words are English words the
 * analyser knows; other Latin languages rarely reach that.
 */
function englishLetters(tokens: readonly Token[]): boolean {
  const vocab = englishVocabulary();
  let words = 0;
  let known = 0;
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    words++;
    if (vocab.has(t.norm)) known++;
  }
  return known > 0 && known * 3 >= words;
}

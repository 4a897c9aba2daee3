import type { Role } from '../compile.ts';
import type { Token } from '../tokenize.ts';
import type { DetectedLang, Evidence } from '../types.ts';

/**
 * Rule cues for the model: facts a word list cannot weigh by itself. The rules only name what
 * they see (a failure stated without a negative word, praise in quotation marks, a verdict after
 * "but", a question, an expectation met); the trained model decides what each one is worth.
 * Written from the failure list of issue #16, before the domain set existed.
 */

/** A failure stated as a fact: lost, forgot, didn't call back, had to ask twice, came back broken, charged twice. */
const FAILURE: Record<Exclude<DetectedLang, 'other'>, RegExp> = {
  en: /\b(lost|forgot|forgotten|misplaced|never (?:came|arrived|called|showed|got|answered|replied)|didn'?t (?:call|come|arrive|show|answer|reply|work|get|fix)|did not (?:call|come|arrive|show|answer|reply|work|fix)|hasn'?t (?:arrived|come|been)|had to (?:ask|call|remind|chase|wait|come back|go back|repeat|explain)|(?:came|come|was) back (?:broken|worse|the same)|still (?:broken|waiting|not|no|hasn'?t|haven'?t)|charged (?:me )?twice|billed (?:me )?twice|twice|(?:was|were) gone|no (?:one|record|booking|reservation|table)|nobody|wrong (?:order|item|size|dish|amount|room)|instead of|again|third time|ended up|turned out)\b/g,
  ru: /(?<!\p{L})(потерял|забыл|не перезвон|не позвонил|не ответил|не пришл|не приш[её]л|не приехал|не доставил|так и не|до сих пор|пришлось (?:просить|спрашивать|напоминать|ждать|звонить|ехать|идти|переделывать|объяснять)|дважды|два раза|третий раз|снова|опять|вернул[аи]? (?:сломан|с той же)|списали (?:дважды|два раза)|брон[иь] (?:не было|нет)|записи (?:не было|нет)|никто|никого|не тот|не ту|не та |перепутал|вместо|в итоге|оказалось|пропал)/gu,
  bg: /(?<!\p{L})(загубих|забрави|не (?:ми |ни )?се обад|не отговор|не дойд|не пристигна|не доставих|така и не|все още|още (?:чакам|не)|наложи се|трябваше да (?:питам|звъня|чакам|напомням|обяснявам)|два пъти|трети път|пак|отново|върнах[аи]? (?:счупен|със същ)|таксуваха (?:ме )?два пъти|резервацията (?:я )?нямаше|нямаше (?:резервация|запис|час)|никой|не този|не тази|объркаха|сбъркаха|вместо|накрая|оказа се|изчезна)/gu,
};

/** An expectation met, a wait stated as promised, a verdict postponed: a report, not praise. */
const AS_EXPECTED: Record<Exclude<DetectedLang, 'other'>, RegExp> = {
  en: /\b(as (?:promised|agreed|expected|stated|said|advertised|described|booked|planned|usual)|will (?:write|update|see|tell|report)|(?:haven'?t|not) (?:tried|used|tested|opened|worn) (?:it )?yet|so-so|neither .* nor|nothing special|ok i guess|it is what it is)\b/,
  ru: /(?<!\p{L})(как (?:и )?(?:обещали|договаривались|договорились|сказали|написано|заявлено|ожидал|ожидала|обычно|всегда)|отпишусь|напишу (?:позже|потом)|пока не (?:пробовал|пользовал|носил|открывал)|ещ[её] не (?:пробовал|пользовал)|посмотрим|так себе|ни то ни с[её]|ни рыба ни мясо|ничего особенного)/u,
  bg: /(?<!\p{L})(както (?:бяха )?(?:обещаха|обещано|казаха|се разбрахме|очаквах|винаги|обикновено)|ще (?:пиша|кажа|видим) (?:после|по-късно)|още не (?:съм )?(?:пробвал|ползвал|отворил)|ще видим|горе-долу|нищо особено|нито .* нито)/u,
};

const QUOTED = /["«»“”„]([^"«»“”„]{1,40})["«»“”„]/g;

/** Contrast words the lexicon does not weigh (Russian "а" is too common to be a lexicon role). */
const WEAK_CONTRAST = new Set(['а']);

/**
 * Adds the rule cues of one comment to its features: `r:*` flags and `lex<` / `lex>` (the
 * lexicon's weights before and after the last contrast word).
 */
export function addRuleFeatures(
  f: Map<string, number>,
  text: string,
  tokens: readonly Token[],
  roles: ReadonlyMap<string, Role>,
  lang: DetectedLang,
  evidence: readonly Evidence[],
): void {
  const hits = evidence.filter((e) => e.kind === 'sentiment');
  const lower = text.toLowerCase().replaceAll('ё', 'е');
  const failures = lang === 'other' ? 0 : (lower.match(FAILURE[lang])?.length ?? 0);
  if (failures) f.set('r:fail', Math.min(failures, 3));
  if (lang !== 'other' && AS_EXPECTED[lang].test(lower)) f.set('r:asExpected', 1);
  const praise = hits.filter((h) => (h.weight ?? 0) > 0);
  const blame = hits.filter((h) => (h.weight ?? 0) < 0);
  if (praise.length && (failures || blame.length)) f.set('r:praise+fail', 1);

  for (const q of text.matchAll(QUOTED)) {
    const start = q.index;
    const end = start + q[0].length;
    // A short quotation ("service", «top level») is often the writer's irony, even with no praise word in it.
    if (q[1]!.trim().split(/\s+/).length <= 3) f.set('r:quoted', 1);
    if (praise.some((h) => h.start >= start && h.end <= end)) f.set('r:quotedPraise', 1);
  }

  // A one- or two-word sentence of praise after a complaint ("Genius.", "Браво.") is sarcasm more often than not.
  let sentenceWords = 0;
  let sentenceStart = 0;
  let last = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word' && (roles.get(t.norm) === 'contrast' || WEAK_CONTRAST.has(t.norm))) last = t.end;
    if (t.kind === 'word') sentenceWords++;
    if (t.kind === 'punct' && /[.!?]/.test(t.norm)) {
      if (sentenceWords > 0 && sentenceWords <= 2 && sentenceStart > 0) {
        const end = t.start;
        const from = sentenceStart;
        if (praise.some((h) => h.start >= from && h.end <= end) && (failures || blame.some((h) => h.end <= from)))
          f.set('r:shortPraiseAfterFail', 1);
      }
      sentenceWords = 0;
      sentenceStart = t.end;
    }
  }
  if (tokens.at(-1)?.kind === 'punct' && tokens.at(-1)!.norm.includes('?')) f.set('r:endsInQuestion', 1);
  if (last >= 0) {
    let before = 0;
    let after = 0;
    for (const h of hits) h.start >= last ? (after += h.weight ?? 0) : (before += h.weight ?? 0);
    f.set('lex<', Math.tanh(before / 3));
    f.set('lex>', Math.tanh(after / 3));
    if (after === 0) f.set('r:nothingAfterContrast', 1);
  }
}

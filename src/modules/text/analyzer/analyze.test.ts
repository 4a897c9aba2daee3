import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';
import { DEFAULT_TAXONOMY } from './taxonomy.ts';
import type { Overrides, Taxonomy } from './types.ts';

const s = (text: string) => analyze(text).sentiment;
const score = (text: string) => analyze(text).score;

describe('negation', () => {
  it.each([
    ['not bad', 'positive'],
    ['no complaints', 'positive'],
    ['не плохо', 'positive'],
    ['не е лошо', 'positive'],
    ['not good', 'negative'],
    ['не понравилось', 'negative'],
    ['не ми хареса', 'negative'],
    ['the staff were not rude', 'positive'],
  ])('%s → %s', (text, expected) => expect(s(text)).toBe(expected));

  it('does not reach across a clause', () => {
    expect(s('Не знаю. Всё отлично')).toBe('positive');
  });
});

describe('intensifiers and diminishers', () => {
  it('make a verdict stronger or weaker', () => {
    expect(score('very good')).toBeGreaterThan(score('good'));
    expect(score('очень плохо')).toBeLessThan(score('плохо'));
    expect(score('много хубаво')).toBeGreaterThan(score('хубаво'));
    expect(score('slightly slow')).toBeGreaterThan(score('slow'));
    expect(score('Ужасно!!!')).toBeLessThan(score('Ужасно'));
  });
});

describe('contrast', () => {
  it('weighs the clause after but / но / ама / обаче more', () => {
    expect(s('The food was great but we waited 40 minutes and the waiter was rude')).toBe('negative');
    expect(s('We waited a bit but the doctor was wonderful')).toBe('positive');
    expect(s('Дорого, но очень вкусно и уютно')).toBe('positive');
    expect(s('Храната е хубава, обаче обслужването е ужасно')).toBe('negative');
    expect(s('Хубаво е, ама много бавно и скъпо')).toBe('negative');
  });

  it('reads applause after a complaint as sarcasm', () => {
    expect(s('No reply for a week. Great service 👏')).toBe('negative');
  });
});

describe('likenesses', () => {
  it.each(['Чай как из лужи', 'Кофе как помои', 'Tea tasted like dishwater', 'Чаят беше като от локва'])(
    'reads a disgusting likeness as a complaint about the product: %s',
    (text) => {
      expect(analyze(text, { model: false })).toMatchObject({ sentiment: 'negative', topics: ['product_quality'] });
      expect(analyze(text)).toMatchObject({ sentiment: 'negative', topics: ['product_quality'] });
    },
  );
});

describe('emotion', () => {
  it.each([
    ['Администратор нахамила, больше не приду!!!', 'anger'],
    ['Third time I call, still nobody answers', 'frustration'],
    ['К сожалению, ожидала большего', 'disappointment'],
    ['Огромно благодаря на д-р Петрова!', 'gratitude'],
    ['Обожаю этот ресторан 😍', 'joy'],
    ['Good coffee, polite staff', 'satisfaction'],
    ['We came on Tuesday', 'neutral'],
  ])('%s → %s', (text, emotion) => expect(analyze(text).emotion).toBe(emotion));
});

describe('topics', () => {
  it('match stems and roots in each language, other when none', () => {
    expect(analyze('Waited an hour for a table, the waitress was rude').topics).toEqual([
      'wait_time',
      'staff_attitude',
    ]);
    // The lexicon finds both; the model (topic weights of 97 kinds of business) names only the price here.
    expect(analyze('Цены кусаются, зато чисто', { model: false }).topics).toEqual(['price', 'cleanliness']);
    // The learned topic model names the main subject: a late courier is a delivery (the lexicon alone adds wait_time).
    expect(analyze('Куриерът закъсня с доставката').topics).toEqual(['delivery']);
    expect(analyze('Куриерът закъсня с доставката', { model: false }).topics).toEqual(['wait_time', 'delivery']);
    expect(analyze('All great').topics).toEqual(['other']);
  });

  it('take an organisation taxonomy and term overrides', () => {
    const taxonomy: Taxonomy = {
      fallback: 'misc',
      topics: [{ id: 'parking', kind: 'service', terms: { en: ['parking', 'park*'], ru: ['парковк*'] } }],
    };
    expect(analyze('No parking anywhere near', { taxonomy }).topics).toEqual(['parking']);
    expect(analyze('Парковки нет', { taxonomy }).topics).toEqual(['parking']);
    expect(analyze('Rude waiter', { taxonomy }).topics).toEqual(['misc']);
    const overrides: Overrides = {
      topics: [
        { lang: 'ru', term: 'цены', topic: null },
        { lang: 'ru', term: 'тариф*', topic: 'billing' },
      ],
      sentiment: [{ lang: 'en', term: 'sick', weight: 2 }],
    };
    expect(analyze('Цены высокие', { overrides }).topics).toEqual(['other']);
    expect(analyze('Тарифы непонятные', { overrides }).topics).toContain('billing');
    expect(analyze('The burger was sick', { overrides }).sentiment).toBe('positive');
    expect(analyze('The burger was sick').sentiment).not.toBe('positive');
    expect(analyze('Цены высокие', { taxonomy: DEFAULT_TAXONOMY }).topics).toEqual(['price']);
  });
});

describe('evidence', () => {
  it('gives the words behind every label with offsets into the original text', () => {
    const text = 'Ооочень вкусно, но официант НАХАМИЛ 😡 и не принес счет';
    const a = analyze(text);
    expect(a.evidence.length).toBeGreaterThan(3);
    for (const e of a.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(a.evidence).toContainEqual(
      expect.objectContaining({ kind: 'sentiment', label: 'negative', text: 'НАХАМИЛ' }),
    );
    expect(a.evidence).toContainEqual(
      expect.objectContaining({ kind: 'topic', label: 'staff_attitude', text: 'официант' }),
    );
    expect(a.evidence).toContainEqual(expect.objectContaining({ kind: 'emotion', label: 'anger' }));
    const negated = analyze('not bad').evidence.find((e) => e.kind === 'sentiment')!;
    expect([negated.text, negated.start, negated.end]).toEqual(['not bad', 0, 7]);
  });

  it('marks words only for the topics given, not for a lexicon topic the model dropped', () => {
    const text = 'The soup was cold and we waited an hour';
    const topicWords = (a: ReturnType<typeof analyze>) => a.evidence.filter((e) => e.kind === 'topic');
    const lexicon = analyze(text, { model: false });
    expect(topicWords(lexicon)).toContainEqual(expect.objectContaining({ label: 'product_quality', text: 'soup' }));
    const a = analyze(text);
    expect(a.topics).not.toContain('product_quality');
    expect(topicWords(a).length).toBeGreaterThan(0);
    for (const e of topicWords(a)) expect(a.topics).toContain(e.label);
  });

  it('stays in [-1, 1] and is neutral on empty text', () => {
    expect(analyze('')).toMatchObject({
      lang: 'other',
      sentiment: 'neutral',
      score: 0,
      emotion: 'neutral',
      topics: ['other'],
    });
    const a = analyze('УЖАСНО УЖАСНО УЖАСНО!!! 😡😡😡 отвратительно, хамство, позор');
    expect(a.score).toBeGreaterThanOrEqual(-1);
  });
});

describe('balance', () => {
  it('reads "neither … nor" as no verdict', () => {
    expect(s('Ни хорошо, ни плохо')).toBe('neutral');
    expect(s('Нито добре, нито зле')).toBe('neutral');
  });
});

describe('the trained model decides what the lexicon leaves neutral', () => {
  it.each([
    ['Посылка так и не дошла', 'negative'],
    ['Храната е вкусна, но чакахме час', 'negative'],
    ['Еда вкусная, но ждали час', 'negative'],
    ['They remembered my birthday', 'positive'],
  ])('%s → %s (the lexicon alone: neutral)', (text, expected) => {
    expect(analyze(text, { model: false }).sentiment).toBe('neutral');
    expect(s(text)).toBe(expected);
  });

  it.each([
    'Во сколько вы открываетесь в воскресенье?',
    'В колко часа отваряте в неделя?',
    'What time do you open on Sunday?',
    'We ordered soup and a salad',
    'Поръчахме супа и салата',
  ])('leaves a plain question or fact neutral: %s', (text) => expect(s(text)).toBe('neutral'));

  it("never overrules a manager's correction of a word in the comment", () => {
    const text = 'Посылка так и не дошла';
    expect(s(text)).toBe('negative');
    const overrides: Overrides = { sentiment: [{ lang: 'ru', term: 'дошла', weight: 0 }] };
    expect(analyze(text, { overrides }).sentiment).toBe('neutral');
    const praised: Overrides = {
      sentiment: [
        { lang: 'ru', term: 'дошла', weight: -2 },
        { lang: 'ru', term: 'посылка', weight: 3 },
      ],
    };
    expect(analyze(text, { overrides: praised }).sentiment).toBe('positive');
  });
});

import { describe, expect, it } from 'vitest';
import { analyze, modelFeatures } from '../analyze.ts';

const cues = (text: string) =>
  [...modelFeatures(text).keys()].filter((k) => k.startsWith('r:') || k.startsWith('lex<') || k.startsWith('lex>'));

describe('rule cues for the model', () => {
  it('sees failures stated without a negative word, in each language', () => {
    expect(cues('They lost my booking and never called back')).toContain('r:fail');
    expect(cues('Курьер забыл соус, пришлось звонить дважды')).toContain('r:fail');
    expect(cues('Таксуваха ме два пъти')).toContain('r:fail');
    expect(cues('The haircut was lovely')).not.toContain('r:fail');
    // Only whole words: "опаковка" (packaging) holds "пак" (again) but is no failure.
    expect(cues('Хубава опаковка')).not.toContain('r:fail');
  });

  it('counts failure facts, up to three', () => {
    expect(modelFeatures('They lost it, forgot the sauce and never called back. Again.').get('r:fail')).toBe(3);
  });

  it('sees praise in quotation marks and praise next to a failure', () => {
    expect(cues('Just «excellent» service: the menu came after 15 minutes')).toContain('r:quotedPraise');
    expect(cues('The "service" took an hour')).toContain('r:quoted');
    expect(cues('The service took an hour')).not.toContain('r:quoted');
    expect(cues('Great service, they lost my parcel')).toContain('r:praise+fail');
    expect(cues('Great service, quick and friendly')).not.toContain('r:praise+fail');
  });

  it('sees a one-word verdict of praise after a failure', () => {
    expect(cues('Booked a table for 8, on arrival the booking was gone. Brilliant.')).toContain(
      'r:shortPraiseAfterFail',
    );
    expect(cues('Booked a table for 8 and got it. Great.')).not.toContain('r:shortPraiseAfterFail');
  });

  it('sees expectations met, postponed verdicts and questions', () => {
    expect(cues('The refund arrived in 5 days as promised')).toContain('r:asExpected');
    expect(cues('Заказала, пока не пользовалась, отпишусь позже')).toContain('r:asExpected');
    expect(cues('Do you open on Sundays?')).toContain('r:endsInQuestion');
  });

  it('splits the lexicon weights at the last contrast word, Russian "а" included', () => {
    const f = modelFeatures('The food was great but the waiter was rude');
    expect(f.get('lex<')!).toBeGreaterThan(0);
    expect(f.get('lex>')!).toBeLessThan(0);
    expect(modelFeatures('Врач хороший, а регистратура грубая').get('lex>')!).toBeLessThan(0);
    expect(modelFeatures('The food was great').has('lex>')).toBe(false);
  });
});

describe('the shipped model on the failures of issue #16', () => {
  it.each([
    ['Booked a table for 8, on arrival the booking was gone, seated by the toilet', 'negative'],
    ['The refund arrived in 5 days as promised', 'neutral'],
    ['Ordered, have not used it yet, will write later', 'neutral'],
    ['Курьер потерял заказ, пришлось звонить дважды', 'negative'],
  ])('%s → %s', (text, sentiment) => expect(analyze(text).sentiment).toBe(sentiment));
});

import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';

const s = (text: string) => analyze(text).sentiment;

describe('complaint and praise patterns', () => {
  it('reads a gap of half an hour or more between two clock times as a wait', () => {
    expect(s('Записана на 10:00, приняли в 11:40')).toBe('negative');
    expect(analyze('Резервирахме маса за 20:00, седнахме в 20:50').emotion).toBe('frustration');
    // The lexicon's rule; the trained model (known miss) still calls this short gap a complaint.
    expect(analyze('Записана на 10:00, приняли в 10:05', { model: false }).sentiment).not.toBe('negative');
    // Opening hours are not a wait.
    expect(s('Open from 9:00 to 21:00')).not.toBe('negative');
  });

  it('reads "within N minutes" as quick service and long waits as a complaint', () => {
    expect(s('Пиццу привезли за 25 минут')).toBe('positive');
    expect(s('В чата ми отговориха за 2 минути')).toBe('positive');
    expect(s('Sorted within 10 minutes')).toBe('positive');
    expect(s('Ждали 50 минут')).toBe('negative');
  });

  it('reads a hyphenated word by its last part, a superlative prefix making it stronger', () => {
    const slowest = analyze('Най-бавното обслужване');
    expect(slowest.sentiment).toBe('negative');
    expect(s('Най-добрият сервиз в града')).toBe('positive');
    // "could be cleaner" is a complaint, not praise.
    expect(s('Тоалетната можеше да е по-чиста')).toBe('negative');
  });

  it('knows being ignored, having no record and "nobody" in each language', () => {
    expect(s('Записалась через сайт, а на месте сказали что записи нет')).toBe('negative');
    expect(s('Записах се през сайта, а на място ми казаха, че нямам час')).toBe('negative');
    expect(s('Been transferred 6 times. Nobody can help.')).toBe('negative');
    expect(s('Никто ничего не знает')).toBe('negative');
    expect(s('Никой нищо не знае')).toBe('negative');
  });

  it('leaves a flat "average" without a verdict', () => {
    expect(s('Average experience')).toBe('neutral');
    expect(s('Средне. Ни хорошо, ни плохо')).toBe('neutral');
    expect(s('Average food and a rude waiter')).toBe('negative');
  });

  it('reads a question as asking, not praising, and the service "cleaning" as no verdict', () => {
    expect(s('Is the terrace nice in winter?')).toBe('neutral');
    expect(s('Are you trying to kill people? Raw chicken!')).toBe('negative');
    expect(s('How much is a cleaning without insurance?')).toBe('neutral');
    expect(s('Сколько стоит чистка без страховки?')).toBe('neutral');
    expect(s('The room was clean')).toBe('positive');
  });

  it('reads "not very good", a mild verdict before "but", and never coming back', () => {
    expect(s('не очень вкусно')).toBe('negative');
    expect(s('норм, но дороговато')).toBe('negative');
    expect(s('больше сюда ни ногой')).toBe('negative');
    expect(analyze('никога повече').lang).toBe('bg');
    expect(s('никога повече')).toBe('negative');
    expect(s("won't be coming back")).toBe('negative');
    expect(s('Цены кусаются')).toBe('negative');
    expect(analyze('Цены кусаются').topics).toEqual(['price']);
  });
});

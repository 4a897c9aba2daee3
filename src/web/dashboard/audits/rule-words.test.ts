import { describe, expect, it } from 'vitest';
import { parseRule } from '../../../modules/standards/standards.contract.ts';
import { translate } from '../../../shared/i18n/translate.ts';
import type { MessageKey } from '../../../shared/i18n/translate.ts';
import { ruleInWords, ruleText } from './rule-words.ts';

const tr = (lang: string) => (key: MessageKey, vars?: Record<string, string | number>) => translate(lang, key, vars);

describe('a schedule rule in words', () => {
  it('says a weekly rule with its days, start and end in en, ru and bg', () => {
    const rule = 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=5';
    expect(ruleInWords(tr('en'), 'en', rule, '2026-01-05')).toBe(
      'Every 2 weeks on Mon, Thu · from Jan 5, 2026 · 5 times',
    );
    expect(ruleInWords(tr('ru'), 'ru', rule, '2026-01-05')).toMatch(
      /^Каждые 2 недели по дням: пн, чт · с 5 янв\. 2026 г\. · 5 раз$/,
    );
    expect(ruleInWords(tr('bg'), 'bg', rule, '2026-01-05')).toMatch(
      /^На всеки 2 седмици в дни: пн, чт · от 5\.01\.2026 г\. · 5 пъти$/,
    );
  });

  it('says a monthly rule, the last day and an UNTIL; no BYDAY means the start weekday', () => {
    expect(ruleInWords(tr('en'), 'en', 'FREQ=MONTHLY;BYMONTHDAY=1,-1;UNTIL=20261231', '2026-01-01')).toBe(
      'Every month on day 1 of the month, on the last day of the month · from Jan 1, 2026 · until Dec 31, 2026',
    );
    expect(ruleInWords(tr('en'), 'en', 'FREQ=WEEKLY', '2026-01-07')).toBe('Every week on Wed · from Jan 7, 2026');
    expect(ruleInWords(tr('ru'), 'ru', 'FREQ=MONTHLY', '2026-01-15')).toMatch(/^Каждый месяц числа: 15 /);
  });

  it('builds from the form a rule the server parses, keeping an end the form does not edit', () => {
    const text = ruleText(
      { freq: 'WEEKLY', interval: 3, byDay: [4, 1], monthDays: '' },
      { count: null, until: '2026-12-31' },
    );
    expect(text).toBe('FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,TH;UNTIL=20261231');
    expect(parseRule(text)).toMatchObject({ freq: 'WEEKLY', interval: 3, byDay: [1, 4], until: '2026-12-31' });
    expect(parseRule(ruleText({ freq: 'MONTHLY', interval: 1, byDay: [], monthDays: '1, 15 −1' }))).toMatchObject({
      byMonthDay: [1, 15, -1],
    });
  });
});

import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../shared/survey-definition.ts';
import { brandPalette, contrast, parseHex } from './colors.ts';
import { chooseLanguage, nextQuestion, previousQuestion, questionToShow, textDirection } from './flow.ts';
import { JS, JS_HASH } from './page-assets.ts';
import { esc, renderDocument, renderMessage, renderQuestion, renderThanks, type QuestionView } from './render.ts';

const nps: Question = {
  id: 'nps',
  type: 'nps',
  text: { en: 'Would you recommend us?', ru: 'Порекомендуете нас?' },
  required: true,
};
const wrong: Question = {
  id: 'wrong',
  type: 'text',
  text: { en: 'What went wrong?' },
  required: false,
  showIf: { question: 'nps', max: 6 },
  maxLength: 300,
};
const feel: Question = { id: 'feel', type: 'emotion', text: { en: 'How did you feel?' }, required: false };
const qs = [nps, wrong, feel];

const view = (over: Partial<QuestionView> = {}): QuestionView => ({
  lang: 'en',
  question: nps,
  progress: { n: 1, total: 2 },
  action: '/s/p/abc',
  hidden: { q: 'nps' },
  isLast: false,
  ...over,
});

describe('escaping', () => {
  it('escapes every HTML-significant character', () => {
    expect(esc(`<script>alert("x")</script> & 'y'`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;',
    );
  });

  it('shows a comment with markup as text, in the textarea and in an error', () => {
    const html = renderQuestion(
      view({ question: wrong, value: '</textarea><script>alert(1)</script>', error: '<b>bad</b>' }),
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;</textarea>');
    expect(html).toContain('&lt;b&gt;bad&lt;/b&gt;');
  });

  it('escapes survey texts, the business name and a hostile logo URL', () => {
    const q: Question = { ...nps, text: { en: '"><img src=x onerror=alert(1)>' } };
    const { html } = renderDocument(
      {
        lang: 'en',
        title: '<t>',
        branding: { name: '<Shop>', logoUrl: 'javascript:alert(1)', brandColor: 'red;}</style><script>' },
      },
      renderQuestion(view({ question: q })),
    );
    expect(html).not.toMatch(/<img src=x|javascript:|<script>alert|<Shop>|<t>/);
    expect(html).toContain('&lt;Shop&gt;');
  });
});

describe('the document', () => {
  it('sets lang and dir, right-to-left for Arabic, Hebrew, Persian and Urdu', () => {
    expect(['ar', 'he', 'fa', 'ur', 'ar-EG'].map(textDirection)).toEqual(['rtl', 'rtl', 'rtl', 'rtl', 'rtl']);
    expect(['en', 'ru', 'bg'].map(textDirection)).toEqual(['ltr', 'ltr', 'ltr']);
    expect(renderDocument({ lang: 'ar', title: 'x', branding: null }, '').html).toContain('<html lang="ar" dir="rtl">');
    expect(renderDocument({ lang: 'ru', title: 'x', branding: null }, '').html).toContain('<html lang="ru" dir="ltr">');
  });

  it('allows exactly its own inline script and style in the CSP', () => {
    const { html, csp } = renderDocument(
      {
        lang: 'en',
        title: 'x',
        branding: { name: 'Shop', logoUrl: 'https://cdn.shop.example/logo.png', brandColor: '#ffcc00' },
      },
      '',
    );
    expect(csp).toContain(`script-src ${JS_HASH}`);
    expect(csp).toMatch(/style-src 'sha256-[\w+/=]+'/);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("img-src 'self' data: https://cdn.shop.example");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(html).toContain(`<script>${JS}</script>`);
    expect(html).not.toMatch(/<link|src="http(?!s:\/\/cdn\.shop\.example)/);
  });

  it('weighs a few kilobytes gzip with its CSS and JavaScript', () => {
    const { html } = renderDocument(
      { lang: 'en', title: 'x', branding: { name: 'Shop', logoUrl: null, brandColor: '#0f766e' } },
      renderQuestion(view()),
    );
    expect(gzipSync(html).length).toBeLessThan(6 * 1024);
  });
});

describe('questions', () => {
  it('renders NPS as 0–10 radios in a fieldset with its legend and end labels, in the language', () => {
    const html = renderQuestion(view({ lang: 'ru', progress: { n: 1, total: 3 } }));
    expect(html.match(/type="radio" name="a"/g)).toHaveLength(11);
    expect(html).toContain('<legend id="l-nps">Порекомендуете нас?');
    expect(html).toContain('0 — Точно не порекомендую');
    expect(html).toContain('10 — Обязательно порекомендую');
    expect(html).toContain('aria-describedby="e-nps"');
    expect(html).toContain('Вопрос 1 из 3');
    expect(html).toContain('>Далее</button>');
    expect(html).toContain('data-auto="1"');
  });

  it('ties the error to the fieldset and keeps the chosen value', () => {
    const html = renderQuestion(view({ value: 7, error: 'Choose a number from 0 to 10.' }));
    expect(html).toContain('aria-describedby="err-nps e-nps"');
    expect(html).toContain('<p class="err" id="err-nps" role="alert">');
    expect(html).toContain('value="7" checked');
  });

  it('labels CSAT and CES ends, emotions with faces and words, Submit on the last question and a Back link', () => {
    const csat = renderQuestion(
      view({ question: { ...nps, id: 'c', type: 'csat' }, lang: 'bg', isLast: true, backHref: '/s/p/abc?q=nps' }),
    );
    expect(csat.match(/type="radio"/g)).toHaveLength(5);
    expect(csat).toContain('1 — Много недоволен');
    expect(csat).toContain('>Изпрати</button>');
    expect(csat).toContain('<a href="/s/p/abc?q=nps">Назад</a>');
    expect(renderQuestion(view({ question: { ...nps, id: 'e', type: 'ces' } }))).toContain('7 — Very easy');
    const emo = renderQuestion(view({ question: feel }));
    expect(emo.match(/type="radio"/g)).toHaveLength(7);
    expect(emo).toContain('<span class="face" aria-hidden="true">😠</span>Angry');
  });

  it('gives a text answer a maxlength, a counter for JavaScript and checkboxes for multiple choice', () => {
    const text = renderQuestion(view({ question: wrong }));
    expect(text).toContain('maxlength="300"');
    expect(text).toContain('data-f="{count} of {max} characters"');
    const multi = renderQuestion(
      view({
        question: {
          id: 'm',
          type: 'multi',
          text: { en: 'What?' },
          required: false,
          options: [
            { id: 'a', text: { en: 'A' } },
            { id: 'b', text: { en: 'B' } },
          ],
        },
        value: ['b'],
      }),
    );
    expect(multi.match(/type="checkbox"/g)).toHaveLength(2);
    expect(multi).toContain('value="b" checked');
  });

  it('offers staff as radios, or a select when there are many', () => {
    const staffQ: Question = { id: 's', type: 'staff', text: { en: 'Who served you?' }, required: false };
    expect(renderQuestion(view({ question: staffQ, staff: [{ id: 'x', name: 'Ivan' }] }))).toContain(
      'type="radio" name="a" value="x"',
    );
    const many = Array.from({ length: 12 }, (_, i) => ({ id: `id${i}`, name: `P${i}` }));
    expect(renderQuestion(view({ question: staffQ, staff: many }))).toContain('<select name="a"');
  });
});

describe('thank-you and message pages', () => {
  it('invites everyone alike to review, with the survey thanks text', () => {
    const html = renderThanks({
      lang: 'en',
      thanks: 'Thanks, <friend>!',
      reviewUrl: 'https://www.google.com/maps/place/x',
      referralText: 'Bring a friend',
    });
    expect(html).toContain('Thanks, &lt;friend&gt;!');
    expect(html).toContain('Would you share your experience on google.com?');
    expect(html).toContain('Bring a friend');
    expect(renderThanks({ lang: 'ru' })).toContain('Спасибо!');
  });

  it('explains an expired link in the language', () => {
    expect(renderMessage('bg', 'expired')).toContain('Връзката е изтекла');
  });
});

describe('contrast', () => {
  it('reads colours and picks a text colour of at least 4.5:1 on the brand colour', () => {
    expect(parseHex('#fc0')).toEqual([255, 204, 0]);
    expect(parseHex('red')).toBeUndefined();
    for (const c of [
      '#ffcc00',
      '#0f766e',
      '#777777',
      '#ff0000',
      '#00ff00',
      '#1d4ed8',
      '#ffffff',
      '#000000',
      '#808080',
    ]) {
      const p = brandPalette(c);
      expect(contrast(parseHex(p.brand)!, parseHex(p.onBrand)!), c).toBeGreaterThanOrEqual(4.5);
      expect(contrast(parseHex(p.accent)!, [255, 255, 255]), c).toBeGreaterThanOrEqual(4.5);
    }
    expect(brandPalette('#ffcc00').onBrand).toBe('#111827');
    expect(brandPalette('#1d4ed8').onBrand).toBe('#ffffff');
    expect(brandPalette('not a colour').brand).toBe('#0f766e');
  });
});

describe('flow', () => {
  it('chooses ?lang, then the stored or customer language, then the browser, among the survey languages', () => {
    expect(chooseLanguage(['en', 'ru'], { query: 'ru', customer: 'en' })).toBe('ru');
    expect(chooseLanguage(['en', 'ru'], { query: 'de', customer: 'ru', acceptLanguage: 'en' })).toBe('ru');
    expect(chooseLanguage(['en', 'ru'], { acceptLanguage: 'de-DE,ru;q=0.8,en;q=0.5' })).toBe('ru');
    expect(chooseLanguage(['en', 'bg'], { acceptLanguage: 'fr' })).toBe('en');
  });

  it('shows the follow-up only to detractors and steps back over hidden questions', () => {
    expect(nextQuestion(qs, { nps: 3 }, 'nps')?.id).toBe('wrong');
    expect(nextQuestion(qs, { nps: 9 }, 'nps')?.id).toBe('feel');
    expect(previousQuestion(qs, { nps: 9 }, 'feel')?.id).toBe('nps');
    expect(nextQuestion(qs, { nps: 9 }, 'feel')).toBeUndefined();
  });

  it('does not let a later question be opened before a required one is answered', () => {
    expect(questionToShow(qs, {}, 'feel')?.id).toBe('nps');
    expect(questionToShow(qs, { nps: 9 }, 'feel')?.id).toBe('feel');
    expect(questionToShow(qs, { nps: 9 }, 'wrong')?.id).toBe('feel');
    expect(questionToShow(qs, { nps: 9, feel: 'calm' })).toBeUndefined();
  });
});

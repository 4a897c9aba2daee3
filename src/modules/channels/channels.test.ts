import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { hashOf } from '../survey-page/page-assets.ts';
import { posterLanguages, printPage } from './print-page.ts';
import { publicSurveyLink } from './qr.ts';
import { WIDGET_JS } from './widget.ts';

describe('public survey link', () => {
  it('carries location, touchpoint and channel', () => {
    expect(
      publicSurveyLink('https://z.example/', 'AbC_1', { locationId: 'L1', touchpointId: 'T1', channel: 'qr' }),
    ).toBe('https://z.example/s/p/AbC_1?l=L1&t=T1&c=qr');
    expect(publicSurveyLink('https://z.example', 'AbC_1', { channel: 'qr' })).toBe('https://z.example/s/p/AbC_1?c=qr');
  });
});

describe('QR poster', () => {
  it('speaks the survey languages it has strings for, escapes the business name, shows the link', () => {
    expect(posterLanguages(['ru', 'de', 'bg-BG'])).toEqual(['ru', 'bg']);
    expect(posterLanguages(['de'])).toEqual(['en']);
    const { html, csp } = printPage({
      business: 'Salon <Beauty>',
      brandColor: 'javascript:x',
      place: 'North',
      languages: ['en', 'ru'],
      svg: '<svg></svg>',
      link: 'https://z.example/s/p/x?c=qr',
    });
    expect(html).toContain('Salon &lt;Beauty&gt;');
    expect(html).toContain('How did we do?');
    expect(html).toContain('Как мы справились?');
    expect(html).toContain('href="https://z.example/s/p/x?c=qr"');
    expect(html).not.toContain('javascript:x');
    expect(html).not.toContain('onclick');
    const script = /<script>(.*?)<\/script>/s.exec(html)![1]!;
    const style = /<style>(.*?)<\/style>/s.exec(html)![1]!;
    expect(csp).toContain(`script-src ${hashOf(script)}`);
    expect(csp).toContain(`style-src ${hashOf(style)}`);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
  });
});

describe('website widget', () => {
  it('is a few KB of plain script with the button strings in every language', () => {
    expect(WIDGET_JS.length).toBeLessThan(6_000);
    expect(gzipSync(WIDGET_JS).length).toBeLessThan(2_500);
    expect(() => new Function(WIDGET_JS)).not.toThrow();
    expect(WIDGET_JS).toContain('"Отзыв"');
    expect(WIDGET_JS).toContain("'c', 'widget'");
    expect(WIDGET_JS).not.toMatch(/document\.cookie|localStorage|sessionStorage/);
  });
});

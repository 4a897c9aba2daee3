import { dictionaries, translate } from '../../shared/i18n/translate.ts';
import { escapeHtml as h, safeColor } from '../invitations/index.ts';
import { hashOf } from '../survey-page/index.ts';

/** The languages of the survey that the poster can speak; English when it has none of them. */
export function posterLanguages(surveyLanguages: string[]): string[] {
  const known = [
    ...new Set(surveyLanguages.map((l) => l.toLowerCase().split('-')[0]!).filter((l) => l in dictionaries)),
  ];
  return known.length ? known : ['en'];
}

/** The print button's only script; the policy allows exactly this text by its hash. */
const PRINT_JS = "document.getElementById('print').addEventListener('click',function(){window.print()})";

/** Only the poster's own inline style and script, nothing from elsewhere, and no framing. */
const posterCsp = (style: string) =>
  [
    "default-src 'none'",
    `script-src ${hashOf(PRINT_JS)}`,
    `style-src ${hashOf(style)}`,
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');

/**
 * A printable A4 poster: the business name, a short call to action in each of the survey's
 * languages, the QR code and the link written out for those who cannot scan.
 */
export function printPage(p: {
  business: string;
  brandColor: string;
  place: string | null;
  languages: string[];
  svg: string;
  link: string;
}): { html: string; csp: string } {
  const langs = posterLanguages(p.languages);
  const color = safeColor(p.brandColor);
  const calls = langs
    .map(
      (l) =>
        `<section lang="${h(l)}"><h2>${h(translate(l, 'invite.qr.title'))}</h2><p>${h(translate(l, 'invite.qr.cta'))}</p></section>`,
    )
    .join('');
  const style = `@page{size:A4;margin:15mm}
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#18181b;text-align:center}
main{max-width:180mm;margin:0 auto;padding:10mm 0;border-top:8mm solid ${color}}
h1{font-size:28pt;margin:6mm 0 2mm}
.place{font-size:14pt;color:#52525b;margin:0 0 6mm}
h2{font-size:20pt;margin:4mm 0 1mm;color:${color}}
section p{font-size:13pt;margin:0 0 2mm}
.qr{width:95mm;height:95mm;margin:6mm auto}
.qr svg{width:100%;height:100%}
.link{font-size:10pt;color:#52525b;word-break:break-all}
.actions{margin:8mm 0}
button{font:inherit;font-size:12pt;padding:3mm 6mm;border-radius:2mm;border:0;background:${color};color:#fff;cursor:pointer}
@media print{.actions{display:none}}
`;
  const html = `<!doctype html>
<html lang="${h(langs[0]!)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${h(p.business)} — QR</title>
<style>${style}</style></head>
<body><main>
<h1>${h(p.business)}</h1>
${p.place ? `<p class="place">${h(p.place)}</p>` : ''}
${calls}
<div class="qr" role="img" aria-label="QR: ${h(p.link)}">${p.svg}</div>
<p class="link">${h(translate(langs[0]!, 'invite.qr.or'))} <a href="${h(p.link)}">${h(p.link)}</a></p>
<p class="actions"><button type="button" id="print">${h(translate(langs[0]!, 'invite.qr.print'))}</button></p>
</main><script>${PRINT_JS}</script></body></html>`;
  return { html, csp: posterCsp(style) };
}

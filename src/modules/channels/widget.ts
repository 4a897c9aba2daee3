import { createHash } from 'node:crypto';
import { dictionaries } from '../../shared/i18n/translate.ts';
import { DEFAULT_BRAND_COLOR } from '../invitations/index.ts';

/**
 * The website widget, `<script src=".../s/widget.js" data-survey="SLUG" data-lang="ru" async>`:
 * a floating "Feedback" button that opens the public survey (?c=widget) in a modal dialog, or in
 * a new tab on small screens. Plain ES2017, no dependencies, no cookies, no storage; it lives in
 * a shadow root so the host page's CSS cannot reach it. Optional: data-color="#hex",
 * data-position="left".
 */
function source(): string {
  const strings = Object.fromEntries(
    Object.entries(dictionaries).map(([lang, d]) => [
      lang,
      { b: d['invite.widget.button'], t: d['invite.widget.title'], x: d['invite.widget.close'] },
    ]),
  );
  return `/* Zabota feedback widget */
(function () {
  var s = document.currentScript || document.querySelector('script[data-survey][src*="/s/widget.js"]');
  if (!s || s.getAttribute('data-zabota-ready')) return;
  s.setAttribute('data-zabota-ready', '1');
  var slug = s.getAttribute('data-survey');
  if (!slug) return;
  var T = ${JSON.stringify(strings)};
  var asked = s.getAttribute('data-lang');
  var lang = (asked || document.documentElement.lang || navigator.language || 'en').toLowerCase().split('-')[0];
  var t = T[lang] || T.en;
  var color = /^#[0-9a-f]{3,8}$/i.test(s.getAttribute('data-color') || '') ? s.getAttribute('data-color') : '${DEFAULT_BRAND_COLOR}';
  var side = s.getAttribute('data-position') === 'left' ? 'left' : 'right';
  var url = new URL('/s/p/' + encodeURIComponent(slug), s.src);
  url.searchParams.set('c', 'widget');
  if (asked) url.searchParams.set('lang', lang);
  var host = document.createElement('div');
  var root = host.attachShadow ? host.attachShadow({ mode: 'open' }) : host;
  root.innerHTML = '<style>' +
    '.b{position:fixed;bottom:16px;' + side + ':16px;z-index:2147483000;min-height:44px;padding:10px 18px;border:0;border-radius:22px;background:' + color + ';color:#fff;font:600 15px/1.2 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;cursor:pointer;box-shadow:0 2px 10px rgba(0,0,0,.25)}' +
    '.b:focus-visible,.x:focus-visible{outline:3px solid #111;outline-offset:2px}' +
    'dialog{width:min(480px,96vw);height:min(720px,90vh);padding:0;border:0;border-radius:12px;overflow:hidden;box-shadow:0 8px 40px rgba(0,0,0,.35)}' +
    'dialog::backdrop{background:rgba(0,0,0,.45)}' +
    '.h{display:flex;justify-content:flex-end;height:44px;background:' + color + '}' +
    '.x{width:44px;height:44px;border:0;background:transparent;color:#fff;font:28px/1 system-ui,sans-serif;cursor:pointer}' +
    'iframe{display:block;width:100%;height:calc(100% - 44px);border:0;background:#fff}' +
    '</style><button class="b" type="button" aria-haspopup="dialog"></button>' +
    '<dialog><div class="h"><button class="x" type="button"><span aria-hidden="true">&times;</span></button></div><iframe></iframe></dialog>';
  var b = root.querySelector('.b'), d = root.querySelector('dialog'), x = root.querySelector('.x'), f = root.querySelector('iframe');
  b.textContent = t.b;
  d.setAttribute('aria-label', t.t);
  x.setAttribute('aria-label', t.x);
  f.title = t.t;
  b.addEventListener('click', function () {
    if (window.innerWidth < 640 || typeof d.showModal !== 'function') { window.open(url.href, '_blank', 'noopener'); return; }
    if (!f.src) f.src = url.href;
    d.showModal();
    x.focus();
  });
  x.addEventListener('click', function () { d.close(); });
  d.addEventListener('click', function (e) { if (e.target === d) d.close(); });
  d.addEventListener('close', function () { b.focus(); });
  function mount() { document.body.appendChild(host); }
  if (document.body) mount(); else document.addEventListener('DOMContentLoaded', mount);
})();
`;
}

export const WIDGET_JS = source();
export const WIDGET_ETAG = `"${createHash('sha256').update(WIDGET_JS).digest('base64url').slice(0, 16)}"`;

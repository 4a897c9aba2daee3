import { createHash } from 'node:crypto';

/**
 * The respondent page's whole CSS and JavaScript, inlined into every page (a few KB gzip: no extra
 * request before the first answer, nothing from anywhere else). The Content-Security-Policy allows
 * exactly these blocks by their SHA-256, so an injected <script> could never run.
 */

// System fonts only; logical properties (margin-inline-…) so right-to-left pages mirror by themselves.
// Touch targets are at least 44×44 px; focus is always visible; greys are ≥ 4.5:1 on white.
export const CSS = `*{box-sizing:border-box}
body{margin:0;font:17px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#111827;background:#f3f4f6}
header{background:var(--b);color:var(--ob);padding:10px 16px;display:flex;align-items:center;gap:12px;min-height:56px}
header img{max-height:40px;max-width:140px;background:#fff;border-radius:4px}
header span{font-weight:600;font-size:1.1rem}
main{max-width:40rem;margin:0 auto;padding:12px}
.card{background:#fff;border-radius:12px;padding:20px 16px;box-shadow:0 1px 3px rgba(0,0,0,.15)}
h1{font-size:1.35rem;margin:0 0 12px}
fieldset{border:0;margin:0;padding:0;min-width:0}
legend{font-size:1.25rem;font-weight:600;padding:0;margin-bottom:12px}
.mut{color:#4b5563;font-size:.95rem;margin:0 0 12px}
.opts{display:grid;grid-template-columns:repeat(auto-fit,minmax(44px,1fr));gap:6px}
.col{grid-template-columns:1fr}
.opt{position:relative}
.opt input{position:absolute;opacity:0;width:1px;height:1px}
.opt span{display:flex;align-items:center;justify-content:center;gap:8px;min-height:48px;min-width:44px;padding:8px 12px;border:2px solid #6b7280;border-radius:8px;background:#fff;cursor:pointer}
.col .opt span{justify-content:flex-start}
.opt input:checked+span{background:var(--b);color:var(--ob);border-color:var(--b);font-weight:700}
.opt input:focus-visible+span,a:focus-visible,button:focus-visible,textarea:focus-visible,select:focus-visible,input[type=text]:focus-visible{outline:3px solid var(--a);outline-offset:2px}
.ends{display:flex;justify-content:space-between;gap:12px;font-size:.9rem;color:#4b5563;margin-top:6px}
.face{font-size:1.6rem;line-height:1}
textarea,select,input[type=text],input[type=email],input[type=tel]{display:block;width:100%;box-sizing:border-box;font:inherit;padding:10px;border:2px solid #6b7280;border-radius:8px;min-height:48px;background:#fff;color:inherit}
.who{display:block;margin:12px 0 4px}
textarea{min-height:8rem;resize:vertical}
.err{color:#b91c1c;font-weight:600}
.nav{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;gap:12px;margin-top:20px}
button{font:inherit;font-weight:600;min-height:48px;min-width:44px;padding:10px 28px;border:0;border-radius:8px;background:var(--b);color:var(--ob);cursor:pointer;margin-inline-start:auto}
a{color:var(--a)}
.nav a,.langs a{display:inline-flex;align-items:center;min-height:44px;min-width:44px;padding:0 8px}
.langs{display:flex;flex-wrap:wrap;justify-content:flex-end;gap:4px;margin:0 0 8px}`;

// Only improves the plain form: auto-advance after a score is clicked or tapped on its label (not
// on arrow keys, which fire click with detail 0), a character counter, and answers sent with fetch so the
// next question replaces the form without a full reload. Any failure falls back to the normal post.
export const JS = `(()=>{const m=document.getElementById('m');
function bind(){const f=m.querySelector('form');if(!f)return;
const t=f.querySelector('textarea[maxlength]'),c=document.getElementById('cnt');
if(t&&c){const u=()=>{c.textContent=c.dataset.f.replace('{count}',t.value.length).replace('{max}',t.maxLength)};c.hidden=false;t.addEventListener('input',u);u()}
if(f.dataset.auto)f.addEventListener('click',e=>{const l=e.target.closest('label');if(e.detail>0&&l&&l.querySelector('[type=radio]'))setTimeout(()=>f.requestSubmit(),200)});
f.addEventListener('submit',async e=>{e.preventDefault();if(f.dataset.busy)return;f.dataset.busy=1;
try{const r=await fetch(f.action,{method:'POST',body:new URLSearchParams(new FormData(f))});swap(await r.text(),r.redirected?r.url:null)}catch(x){f.submit()}})}
function swap(h,u){const d=new DOMParser().parseFromString(h,'text/html'),n=d.getElementById('m');if(!n){location.href=u||location.href;return}
m.innerHTML=n.innerHTML;document.title=d.title;if(u)history.pushState(null,'',u);bind();
const x=m.querySelector('.err,h1,legend');if(x){x.tabIndex=-1;x.focus()}}
addEventListener('popstate',()=>location.reload());bind()})()`;

export const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
export const JS_HASH = hashOf(JS);

import { createHash } from 'node:crypto';

/**
 * The one inline script of the site, under 1 KB, run before the page paints: it applies the
 * reader's saved theme and digits and marks the page `data-js`, which shows the two preference
 * buttons (hidden without script: the page is complete without them) before the first paint,
 * so nothing moves when they appear. Clicks are caught on the document, so the buttons work as
 * soon as they are drawn. When Arabic-Indic digits are chosen it rewrites the digits of the
 * text, leaving Latin runs, code and machine-readable values alone. Where storage is refused
 * it stops before showing the buttons.
 */
export const PREFERENCES_SCRIPT = `(()=>{const d=document.documentElement,s=localStorage,t=s.getItem("theme"),n=s.getItem("digits");t&&(d.dataset.theme=t);n&&(d.dataset.digits=n);d.dataset.js="";addEventListener("click",e=>{const b=e.target.closest?.("[data-pref]");if(!b)return;const k=b.dataset.pref,v=k==="theme"?(d.dataset.theme||(matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light"))==="dark"?"light":"dark":d.dataset.digits==="arab"?"latn":"arab";s.setItem(k,v);location.reload()});n==="arab"&&addEventListener("DOMContentLoaded",()=>{const w=document.createTreeWalker(document.body,4);for(let x;x=w.nextNode();)x.parentElement.closest("bdi[dir=ltr],code,pre,script,style,input")||(x.data=x.data.replace(/[0-9]/g,c=>"٠١٢٣٤٥٦٧٨٩"[c]))})})()`;

/** The script's hash, for the Content-Security-Policy: the only inline script it allows. */
export const PREFERENCES_SCRIPT_HASH = `sha256-${createHash('sha256').update(PREFERENCES_SCRIPT).digest('base64')}`;

/**
 * The Content-Security-Policy of every page: everything from this site only; scripts from
 * files or the hashed preferences script, never other inline code; WebAssembly for search.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' '${PREFERENCES_SCRIPT_HASH}' 'wasm-unsafe-eval'`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

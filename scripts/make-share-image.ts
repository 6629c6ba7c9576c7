/**
 * `node scripts/make-share-image.ts`: renders public/share.png (1200×630), the image link
 * previews show for every page. Rendered once by chromium with the site's own webfont, so the
 * Arabic is shaped exactly; a per-article image would need a browser or a shaping engine in
 * every build, which at 10,000 articles costs more than it gives.
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { SITE } from '../src/site.ts';
import { chromiumLaunchOptions } from './browser/chromium.ts';

const font = readFileSync('node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2').toString('base64');
const html = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><style>
@font-face { font-family: Naskh; src: url(data:font/woff2;base64,${font}) format('woff2'); font-weight: 700; }
html, body { margin: 0; inline-size: 1200px; block-size: 630px; }
body { display: grid; align-content: center; gap: 28px; padding-inline: 96px; box-sizing: border-box;
  background: #fbfaf7; border-block-start: 24px solid #8a1c1c; font-family: Naskh, sans-serif; color: #1d1d1b; }
h1 { margin: 0; font-size: 120px; color: #8a1c1c; line-height: 1.3; }
p { margin: 0; font-size: 48px; line-height: 1.6; }
</style></head><body><h1>${SITE.name}</h1><p>${SITE.tagline}</p></body></html>`;

const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
await page.evaluate(() => document.fonts.ready);
await page.screenshot({ path: 'public/share.png' });
await browser.close();
console.log('wrote public/share.png');

/**
 * `node scripts/make-site-images.ts`: renders the site's two pictures, in public/:
 * - share.png (1200×630), the image link previews show for every page, and the image of an
 *   article's structured data when the article has no picture of its own;
 * - logo.png (512×512), the publisher's logo in every article's structured data (schema.org
 *   `publisher.logo`; Google asks for at least 112×112, in a raster format).
 * Rendered once by chromium with the site's own webfont, so the Arabic is shaped exactly; a
 * per-article image would need a browser or a shaping engine in every build, which at 10,000
 * articles costs more than it gives.
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { SITE } from '../src/site.ts';
import { chromiumLaunchOptions } from './browser/chromium.ts';

const font = readFileSync('node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2').toString('base64');
const fontFace = `@font-face { font-family: Naskh; src: url(data:font/woff2;base64,${font}) format('woff2'); font-weight: 700; }`;
// The favicon's mark (public/favicon.svg), drawn larger.
const mark = (size: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="${size}" height="${size}"><circle cx="16" cy="16" r="7" fill="none" stroke="#fff" stroke-width="3"/><circle cx="16" cy="16" r="2" fill="#fff"/></svg>`;

const pictures = [
  {
    path: 'public/share.png',
    width: 1200,
    height: 630,
    html: `<style>${fontFace}
html, body { margin: 0; inline-size: 1200px; block-size: 630px; }
body { display: grid; align-content: center; gap: 28px; padding-inline: 96px; box-sizing: border-box;
  background: #fbfaf7; border-block-start: 24px solid #8a1c1c; font-family: Naskh, sans-serif; color: #1d1d1b; }
h1 { margin: 0; font-size: 120px; color: #8a1c1c; line-height: 1.3; }
p { margin: 0; font-size: 48px; line-height: 1.6; }
</style><h1>${SITE.name}</h1><p>${SITE.tagline}</p>`,
  },
  {
    path: 'public/logo.png',
    width: 512,
    height: 512,
    html: `<style>${fontFace}
html, body { margin: 0; inline-size: 512px; block-size: 512px; }
body { display: grid; place-content: center; justify-items: center; gap: 8px; background: #8a1c1c;
  font-family: Naskh, sans-serif; color: #fff; }
p { margin: 0; font-size: 64px; line-height: 1.4; }
</style>${mark(220)}<p>${SITE.name}</p>`,
  },
];

const browser = await chromium.launch(chromiumLaunchOptions());
for (const picture of pictures) {
  const page = await browser.newPage({ viewport: { width: picture.width, height: picture.height } });
  await page.setContent(`<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"></head><body>${picture.html}</body></html>`);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: picture.path });
  await page.close();
  console.log(`wrote ${picture.path}`);
}
await browser.close();

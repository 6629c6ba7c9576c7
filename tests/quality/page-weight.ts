import type { Browser } from '@playwright/test';

export interface PageWeight {
  /** Bytes on the wire (headers and bodies) for everything the page loads, fonts included. */
  transferred: number;
  /** Every URL the page requested, with its resource type. */
  requests: { url: string; type: string }[];
  /** The size in bytes of each inline script the browser would run (JSON-LD is data, not run). */
  inlineScripts: number[];
}

/** Loads `url` in a fresh context (nothing cached) and weighs what it fetched. */
export async function weighPage(browser: Browser, url: string): Promise<PageWeight> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests: PageWeight['requests'] = [];
  const finished: Promise<number>[] = [];
  page.on('requestfinished', (request) => {
    requests.push({ url: request.url(), type: request.resourceType() });
    finished.push(request.sizes().then((s) => s.responseHeadersSize + s.responseBodySize));
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  // Scroll to the end, so lazy images below the fold are counted too.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  const inlineScripts = await page.$$eval('script:not([src])', (scripts) =>
    (scripts as HTMLScriptElement[])
      .filter((s) => !s.type || s.type === 'module' || s.type === 'text/javascript')
      .map((s) => new TextEncoder().encode(s.textContent ?? '').length),
  );
  const transferred = (await Promise.all(finished)).reduce((sum, bytes) => sum + bytes, 0);
  await context.close();
  return { transferred, requests, inlineScripts };
}

/** The one script file a reading page loads: the preference buttons' shared module (Base.astro). */
export const PREFERENCES_MODULE = /^\/_astro\/Base\.astro[^/]*\.js$/;

/** The paths of the script files a weighed page loaded. */
export const scriptFiles = (weight: PageWeight): string[] =>
  weight.requests.filter((r) => r.type === 'script').map((r) => new URL(r.url).pathname);

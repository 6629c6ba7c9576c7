import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Astro's scoped <style> marks every element of a component with a data-astro-cid-xxxxxxxx
// attribute: 134 of them on a seed article page, 3.3 KB of its 22.9 KB (19.7 KB without them),
// and a fifth of all the HTML a build writes (79 KB of the seed site's 391 KB). The site links
// one stylesheet from every page (astro.config.mjs), so scoping bought nothing a class cannot:
// every <style> is `is:global`, each selector rooted in a class of its own component or page
// (`.related h2`, `.source-page > .extent`). A scoped <style> would bring the attributes back on
// every page that shows its component.
const work = mkdtempSync(join(tmpdir(), 'page-markup-'));
const out = join(work, 'dist');

beforeAll(async () => {
  const env = { ...process.env, ARABIC_NEWS_OUT_DIR: out, ARABIC_NEWS_CACHE_DIR: join(work, 'cache') };
  await promisify(execFile)(process.execPath, ['scripts/build.ts'], { env, maxBuffer: 64 * 1024 * 1024 });
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const files = (dir: string, extension: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith(extension));

describe('the built site', () => {
  it('carries no data-astro-cid attribute in any page', () => {
    const pages = files(out, '.html');
    expect(pages.length).toBeGreaterThan(20);
    expect(pages.filter((name) => readFileSync(join(out, name), 'utf8').includes('data-astro-cid-'))).toEqual([]);
  });

  it('has no scoped selector in its stylesheet, which holds every component’s styles, shown or not', () => {
    const sheets = files(join(out, '_astro'), '.css');
    expect(sheets).toHaveLength(1);
    const css = readFileSync(join(out, '_astro', sheets[0]!), 'utf8');
    expect(css.match(/[^{}]*data-astro-cid-[^{]*/g) ?? []).toEqual([]);
    // The pagination, which no page of five articles shows, is styled from the same sheet.
    expect(css).toContain('.pagination');
  });
});

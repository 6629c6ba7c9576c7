import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

// A rebuild reuses last build's article pages (Astro's incremental build, with our page keys)
// and the compiled MDX: it must never publish a page that shows something stale.
const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), 'incremental-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const content = join(work, 'content');
const out = join(work, 'dist');
cpSync('content', content, { recursive: true });
const env = { ...process.env, ARABIC_NEWS_CONTENT_DIR: content, ARABIC_NEWS_OUT_DIR: out, ARABIC_NEWS_CACHE_DIR: join(work, 'cache') };
const build = async () => (await run(process.execPath, ['scripts/build.ts'], { env, maxBuffer: 64 * 1024 * 1024 })).stdout;
const page = (id: string) => readFileSync(join(out, 'articles', id, 'index.html'), 'utf8');

const EDITED = 'north-korean-troops-withdraw-from-kursk';
const OTHER = 'north-korean-troops-clear-mines-in-kursk';

describe('a rebuild', { timeout: 180_000 }, () => {
  it('reuses every article page when nothing changed, and publishes the same site', async () => {
    await build();
    const before = page(OTHER);
    const log = await build();
    // Every article page; listings, feeds and the rest are keyed by their data too.
    // Colours stripped: with CI set, Astro colours its log even into a pipe.
    const plain = stripVTControlCharacters(log);
    expect(plain.match(/\/articles\/[^/]+\/index\.html \((restored|cached)\)/g)?.length).toBe(5);
    expect(page(OTHER)).toBe(before);
    // The site it replaced stays beside it until the next build.
    expect(readFileSync(join(`${out}.previous`, 'articles', OTHER, 'index.html'), 'utf8')).toBe(before);
  });

  it('after an edit, shows the new text on the article and everywhere it is named', async () => {
    const file = join(content, 'articles', `${EDITED}.mdx`);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/^title: .*$/m, 'title: "عنوان جديد بعد التصحيح"'));
    await build();
    expect(page(EDITED)).toContain('عنوان جديد بعد التصحيح');
    // The other article lists it under related coverage, by its title.
    expect(page(OTHER)).toContain('عنوان جديد بعد التصحيح');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('عنوان جديد بعد التصحيح');
    // The site this build replaced is the one beside it now, the one before that deleted.
    expect(readFileSync(join(`${out}.previous`, 'index.html'), 'utf8')).not.toContain('عنوان جديد بعد التصحيح');
  });

  it('after an edit to the body, renders it again and forgets the old render', async () => {
    const file = join(content, 'articles', `${EDITED}.mdx`);
    const renders = () => readdirSync(join(work, 'cache', 'rendered-articles'));
    const before = renders();
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nفقرة أضيفت بعد النشر.\n`);
    await build();
    expect(page(EDITED)).toContain('<p>فقرة أضيفت بعد النشر.</p>');
    // One render replaced by one: the cache holds one file per article, not one per edit.
    expect(renders()).toHaveLength(before.length);
    expect(renders().filter((name) => !before.includes(name))).toHaveLength(1);
    // So with each article's own analysis, kept for the catalog.
    expect(readdirSync(join(work, 'cache', 'article-analyses'))).toHaveLength(readdirSync(join(content, 'articles')).length);
  });

  it('renders an article again when its cached HTML was deleted, and publishes the same page', async () => {
    const before = page(OTHER);
    const folder = join(work, 'cache', 'rendered-articles');
    rmSync(folder, { recursive: true });
    await build();
    expect(readdirSync(folder)).toHaveLength(5);
    expect(page(OTHER)).toBe(before);
  });

  // The deploy workflow's pages job: a fresh checkout (every file new to the file system, no
  // dist/) with the build cache of the last deploy restored (.github/workflows/deploy.yml).
  it('on a fresh checkout with the last build cache, renders no article again', async () => {
    await build();
    const before = page(OTHER);
    rmSync(out, { recursive: true });
    const later = new Date(Date.now() + 60_000);
    for (const entry of readdirSync(content, { recursive: true, withFileTypes: true }))
      if (entry.isFile()) utimesSync(join(entry.parentPath, entry.name), later, later);
    const plain = stripVTControlCharacters(await build());
    expect(plain.match(/\/articles\/[^/]+\/index\.html \((restored|cached)\)/g)?.length).toBe(5);
    expect(page(OTHER)).toBe(before);
  });
});

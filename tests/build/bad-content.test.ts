import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

// What the build itself does with bad content: it stops, publishes nothing and leaves the last
// good site in place. Each kind of mistake, with its file, line, field and fix, is the check's
// and is tested on its fixtures (tests/check/check.test.ts); here only the build's own paths
// are built: the check stopping Astro, Astro failing after the check passed, and the article
// loader refusing code when `astro build` runs with no check before it.
const run = promisify(execFile);
const ARTICLE = 'north-korean-troops-withdraw-from-kursk';
const LAST_GOOD = 'the last good build';
const work = mkdtempSync(join(tmpdir(), 'bad-content-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Mistake = (content: string) => void;

const editArticle =
  (edit: (text: string) => string): Mistake =>
  (content) => {
    const file = join(content, 'articles', `${ARTICLE}.mdx`);
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
  };

/** A one-article copy of the real content with `mistake` in it, built by `command` into `<name>/dist`. */
async function buildWith(name: string, mistake: Mistake, command = ['scripts/build.ts']) {
  const content = join(work, name, 'content');
  const out = join(work, name, 'dist');
  mkdirSync(join(content, 'articles'), { recursive: true });
  for (const folder of readdirSync('content').filter((f) => f !== 'articles')) {
    cpSync(join('content', folder), join(content, folder), { recursive: true });
  }
  cpSync(join('content', 'articles', `${ARTICLE}.mdx`), join(content, 'articles', `${ARTICLE}.mdx`));
  mistake(content);
  // A site published by an earlier build, which a failed build must leave as it was.
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'index.html'), LAST_GOOD);
  const env = {
    ...process.env,
    ARABIC_NEWS_CONTENT_DIR: content,
    ARABIC_NEWS_OUT_DIR: out,
    ARABIC_NEWS_CACHE_DIR: join(work, name, 'cache'),
  };
  const result = await run(process.execPath, command, { env, maxBuffer: 16 * 1024 * 1024 }).then(
    () => ({ code: 0, output: '' }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: `${error.stdout}\n${error.stderr}` }),
  );
  return { ...result, out };
}

/** The earlier site is still published, untouched, and no half-built site is left beside it. */
function expectLastGoodSiteKept(out: string) {
  expect(readdirSync(out)).toEqual(['index.html']);
  expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(LAST_GOOD);
  expect(existsSync(`${out}.staging`)).toBe(false);
  expect(existsSync(`${out}.previous`)).toBe(false);
}

describe.concurrent('npm run build on bad content', { timeout: 120_000 }, () => {
  it('stops at a problem the check finds, names it, and keeps the last good site', async () => {
    const { code, output, out } = await buildWith(
      'check-fails',
      editArticle((text) => text.replace(/^source: .*$/m, 'source: reuters')),
    );
    expect(code, output).toBe(1);
    expect(output).toContain('Build failed; nothing was published.');
    expect(output).toMatch(new RegExp(`${ARTICLE}\\.mdx:\\d+ {2}source {2}"reuters" is not in content/sources/`));
    expect(output).toContain('1 problem(s): run npm run check after fixing them.');
    // The check runs beside Astro and stops it: Astro never got as far as writing pages.
    expect(output).not.toContain('page(s) built');
    expectLastGoodSiteKept(out);
  });

  it('stops when Astro fails on what the check cannot see, and keeps the last good site', async () => {
    // The check sees that the picture is there, not that it is no picture at all: Astro's
    // image pipeline is the first to read it.
    const { code, output, out } = await buildWith('astro-fails', (content) => {
      writeFileSync(join(content, 'articles', 'photo.jpg'), 'not a picture');
      editArticle((text) => text.replace(/^topics:/m, 'image:\n  src: ./photo.jpg\n  alt: صورة\n  credit: وكالة\ntopics:'))(content);
    });
    expect(code, output).toBe(1);
    expect(output).toContain('Build failed; nothing was published.');
    expect(output).toMatch(/Could not process image metadata for `.*photo\.jpg`/);
    expect(output).toMatch(/astro build stopped \(exit code [1-9]\d*\)/);
    expectLastGoodSiteKept(out);
  });

  it('astro build run by hand, with no check before it, refuses code in an article with its file and line, and never runs it', async () => {
    const marker = join(work, 'article-code-ran');
    const { code, output, out } = await buildWith(
      'code-without-check',
      editArticle((text) => `${text}\nexport const ran = (await import('node:fs')).writeFileSync(${JSON.stringify(marker)}, 'ran');\n`),
      ['node_modules/astro/bin/astro.mjs', 'build'],
    );
    expect(code, output).toBe(1);
    expect(output).toMatch(new RegExp(`${ARTICLE}\\.mdx:\\d+: import/export is not allowed in an article`));
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(join(out, 'articles'))).toBe(false);
  });
});

import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

// What an editor gets for each kind of bad content: `npm run build` exits 1, prints the file,
// the field and how to fix it, and publishes nothing. Each case builds a one-article copy of
// the real content with a single mistake in it.
const run = promisify(execFile);
const ARTICLE = 'north-korean-troops-withdraw-from-kursk';
const work = mkdtempSync(join(tmpdir(), 'bad-content-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Mistake = (content: string) => void;

const editArticle =
  (edit: (text: string) => string): Mistake =>
  (content) => {
    const file = join(content, 'articles', `${ARTICLE}.mdx`);
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
  };
const setField = (field: string, value: string) =>
  editArticle((text) => {
    const line = new RegExp(`^${field}:.*$`, 'm');
    return line.test(text) ? text.replace(line, `${field}: ${value}`) : text.replace(/^---\n/, `---\n${field}: ${value}\n`);
  });
const removeField = (field: string) => editArticle((text) => text.replace(new RegExp(`^${field}:.*\\n`, 'm'), ''));

async function buildWith(mistake: Mistake, out: string, command = ['scripts/build.ts']) {
  const name = out.split('/').at(-2)!;
  const content = join(work, name, 'content');
  mkdirSync(join(content, 'articles'), { recursive: true });
  for (const folder of readdirSync('content').filter((name) => name !== 'articles')) {
    cpSync(join('content', folder), join(content, folder), { recursive: true });
  }
  cpSync(join('content', 'articles', `${ARTICLE}.mdx`), join(content, 'articles', `${ARTICLE}.mdx`));
  mistake(content);
  const env = {
    ...process.env,
    ARABIC_NEWS_CONTENT_DIR: content,
    ARABIC_NEWS_OUT_DIR: out,
    ARABIC_NEWS_CACHE_DIR: join(work, name, 'cache'),
  };
  try {
    await run(process.execPath, command, { env, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, output: '' };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, output: `${stdout}\n${stderr}` };
  }
}

const cases: { kind: string; mistake: Mistake; file: string; field: string; fix: RegExp }[] = [
  { kind: 'an empty headline', mistake: setField('title', '""'), file: `${ARTICLE}.mdx`, field: 'title', fix: /write the Arabic headline/ },
  {
    kind: 'no summary',
    mistake: removeField('summary'),
    file: `${ARTICLE}.mdx`,
    field: 'summary',
    fix: /write one or two Arabic sentences/,
  },
  { kind: 'a date in another order', mistake: setField('date', '04-02-2025'), file: `${ARTICLE}.mdx`, field: 'date', fix: /YYYY-MM-DD/ },
  {
    kind: 'a day that does not exist',
    mistake: setField('date', '2025-02-30'),
    file: `${ARTICLE}.mdx`,
    field: 'date',
    fix: /a real calendar day/,
  },
  {
    kind: 'an unknown outlet',
    mistake: setField('source', 'reuters'),
    file: `${ARTICLE}.mdx`,
    field: 'source',
    fix: /use one of: al-jazeera-english, .*or add content\/sources\/reuters\.yaml/,
  },
  {
    kind: 'a mistyped outlet',
    mistake: setField('source', 'cnn-arabik'),
    file: `${ARTICLE}.mdx`,
    field: 'source',
    fix: /did you mean "cnn-arabic"\?/,
  },
  {
    kind: 'an unknown topic',
    mistake: editArticle((t) => t.replace('  - north-korean-troops-in-russia', '  - kursk-battle')),
    file: `${ARTICLE}.mdx`,
    field: 'topics[0]',
    fix: /"kursk-battle" is not in content\/topics\//,
  },
  {
    kind: 'no topic at all',
    mistake: editArticle((t) => t.replace(/^topics:\n( {2}- .*\n)+/m, 'topics: []\n')),
    file: `${ARTICLE}.mdx`,
    field: 'topics',
    fix: /at least one topic/,
  },
  {
    kind: 'an unknown metric in a figure',
    mistake: editArticle((t) => t.replace('metric: killed', 'metric: kiled')),
    file: `${ARTICLE}.mdx`,
    field: 'figures[0].metric',
    fix: /did you mean "killed"\?/,
  },
  {
    kind: 'a figure that is not positive',
    mistake: editArticle((t) => t.replace('value: 300', 'value: -300')),
    file: `${ARTICLE}.mdx`,
    field: 'value',
    fix: /above zero/,
  },
  {
    kind: 'a figure written with commas',
    mistake: editArticle((t) => t.replace('value: 300', 'value: "3,00"')),
    file: `${ARTICLE}.mdx`,
    field: 'value',
    fix: /digits without commas/,
  },
  {
    kind: 'an unknown qualifier',
    mistake: editArticle((t) => t.replace('qualifier: about', 'qualifier: roughly')),
    file: `${ARTICLE}.mdx`,
    field: 'qualifier',
    fix: /use one of: exact, about, at-least, up-to, planned/,
  },
  {
    kind: 'a script address as the original URL',
    mistake: setField('sourceUrl', '"javascript:alert(1)"'),
    file: `${ARTICLE}.mdx`,
    field: 'sourceUrl',
    fix: /http:\/\/ or https:\/\//,
  },
  {
    kind: 'an update before publication',
    mistake: setField('updated', '2025-01-01'),
    file: `${ARTICLE}.mdx`,
    field: 'updated',
    fix: /cannot be earlier than date/,
  },
  {
    kind: 'a figure quoting a sentence the article does not have',
    mistake: editArticle((t) =>
      t.replace(/quote: "وبحسب المعلومات الاستخباراتية، فقد قُتل نحو 300/, 'quote: "وبحسب مصادر أخرى، فقد قُتل نحو 300'),
    ),
    file: `${ARTICLE}.mdx`,
    field: 'figures[0].quote',
    fix: /copy the sentence that states the number from the body/,
  },
  {
    kind: 'a figure without its quote',
    mistake: editArticle((t) => t.replace(/^ {4}quote: .*\n/m, '')),
    file: `${ARTICLE}.mdx`,
    field: 'quote',
    fix: /copy the sentence of the article that states this number/,
  },
  {
    kind: 'an unknown claimant entity',
    mistake: editArticle((t) => t.replace(/^( {4}claimant: .*)$/m, '$1\n    claimantId: guardian-newspaper')),
    file: `${ARTICLE}.mdx`,
    field: 'figures[0].claimantId',
    fix: /is not in content\/entities\//,
  },
  {
    kind: 'a file name that is not a URL slug',
    mistake: (content) => renameSync(join(content, 'articles', `${ARTICLE}.mdx`), join(content, 'articles', 'Kursk Withdrawal.mdx')),
    file: 'Kursk Withdrawal.mdx',
    field: 'file name',
    fix: /rename the file in Latin kebab-case/i,
  },
  {
    kind: 'a named outlet without its kind',
    mistake: (content) => {
      const file = join(content, 'sources', 'fox-news.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^kind: .*\n/m, ''));
    },
    file: 'fox-news.yaml',
    field: 'sources',
    fix: /needs its kind and country/,
  },
];

describe.concurrent(
  'npm run build on bad content',
  () => {
    it.each(cases)(
      '$kind: names the file and $field, says how to fix it, publishes nothing',
      async ({ kind, mistake, file, field, fix }) => {
        const out = join(work, kind.replaceAll(' ', '-'), 'dist');
        const { code, output } = await buildWith(mistake, out);
        expect(code, output).toBe(1);
        expect(output).toContain('Build failed; nothing was published.');
        expect(output).toContain(file);
        expect(output).toContain(field);
        expect(output).toMatch(fix);
        expect(existsSync(out)).toBe(false);
        expect(existsSync(`${out}.staging`)).toBe(false);
      },
    );

    it('an article with code in it is refused, and its code never runs', async () => {
      const marker = join(work, 'article-code-ran');
      const out = join(work, 'code-in-article', 'dist');
      const { code, output } = await buildWith(
        editArticle((text) => `${text}\nexport const ran = (await import('node:fs')).writeFileSync(${JSON.stringify(marker)}, 'ran');\n`),
        out,
      );
      expect(code, output).toBe(1);
      expect(output).toMatch(/import and export are code, and articles are data/);
      expect(existsSync(marker)).toBe(false);
      expect(existsSync(out)).toBe(false);
    });

    it('astro build run by hand, with no check before it, refuses code in an article too, with its file and line', async () => {
      const out = join(work, 'code-without-check', 'dist');
      const { code, output } = await buildWith(
        editArticle((text) => `${text}\nexport const ran = 1;\n`),
        out,
        ['node_modules/astro/bin/astro.mjs', 'build'],
      );
      expect(code, output).toBe(1);
      expect(output).toMatch(new RegExp(`${ARTICLE}\\.mdx:\\d+: import/export is not allowed in an article`));
      expect(existsSync(join(out, 'articles'))).toBe(false);
    });

    it('a failed build leaves the previously published site as it was', async () => {
      const out = join(work, 'previous-site', 'dist');
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, 'index.html'), 'the last good build');
      const { code } = await buildWith(setField('source', 'reuters'), out);
      expect(code).toBe(1);
      expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('the last good build');
    });
  },
  120_000,
);

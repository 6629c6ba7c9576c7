import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { contentWith as contentWithIn } from './content-folder.ts';
import { checkContent } from '../../src/lib/check/content.ts';
import { unknownReference } from '../../src/lib/content/references.ts';

// What an editor gets from `npm run check` for each kind of bad file: each fixture in
// fixtures/bad is one mistake, checked alone among the real sources, topics and metrics.
const work = mkdtempSync(join(tmpdir(), 'check-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const contentWith = (name: string, files: Record<string, string>) => contentWithIn(work, name, files);

const BAD: [fixture: string, line: number, field: string][] = [
  ['no-frontmatter', 1, 'frontmatter'],
  ['unclosed-frontmatter', 1, 'frontmatter'],
  ['invalid-yaml', 2, 'frontmatter'],
  ['missing-title', 1, 'title'],
  ['empty-summary', 3, 'summary'],
  ['date-in-another-order', 4, 'date'],
  ['day-that-does-not-exist', 4, 'date'],
  ['unknown-source', 5, 'source'],
  ['mistyped-topic', 7, 'topics[0]'],
  ['no-topics', 6, 'topics'],
  ['unknown-metric', 9, 'figures[0].metric'],
  ['unknown-claimant-entity', 13, 'figures[0].claimantId'],
  ['javascript-url', 6, 'sourceUrl'],
  ['value-as-text', 10, 'figures[0].value'],
  ['value-not-positive', 10, 'figures[0].value'],
  ['unknown-qualifier', 11, 'figures[0].qualifier'],
  ['quote-not-in-text', 13, 'figures[0].quote'],
  ['quote-across-heading', 30, 'figures[2].quote'],
  ['import-statement', 16, 'body'],
  ['jsx-expression', 16, 'body'],
  ['script-tag', 18, 'body'],
  ['iframe', 18, 'body'],
  ['event-handler', 18, 'body'],
  ['attribute-expression', 18, 'body'],
  ['raw-html', 18, 'body'],
  ['stray-brace', 16, 'body'],
  ['stray-less-than', 16, 'body'],
  ['empty-body', 15, 'body'],
  ['windows-1256', 1, 'file'],
  ['Not Kebab Case', 1, 'file name'],
  ['2024', 1, 'file name'],
  ['missing-picture', 7, 'image.src'],
  ['empty-title', 2, 'title'],
  ['missing-summary', 1, 'summary'],
  ['mistyped-source', 5, 'source'],
  ['updated-before-date', 6, 'updated'],
  ['figure-without-quote', 9, 'figures[0].quote'],
  ['unknown-relay', 14, 'figures[0].via[0]'],
  ['empty-relay-chain', 13, 'figures[0].via'],
  ['relay-twice', 15, 'figures[0].via[1]'],
  ['relay-is-claimant', 15, 'figures[0].via[0]'],
];

// How each message tells the editor to fix the mistake (these were once asserted by full builds
// of bad content, in tests/build/; the build prints the check's messages as they are).
const FIXES: [fixture: string, fix: RegExp][] = [
  ['empty-title', /write the Arabic headline/],
  ['missing-summary', /write one or two Arabic sentences/],
  ['date-in-another-order', /YYYY-MM-DD/],
  ['day-that-does-not-exist', /a real calendar day/],
  ['unknown-source', /use one of: al-jazeera-english, .*or add content\/sources\/reuters\.yaml/],
  ['mistyped-source', /did you mean "cnn-arabic"\?/],
  ['mistyped-topic', /is not in content\/topics\/ — did you mean "north-korean-troops-in-russia"\?/],
  ['no-topics', /at least one topic/],
  ['unknown-metric', /"deaths" is not in content\/metrics\//],
  ['value-not-positive', /above zero/],
  ['value-as-text', /digits without commas/],
  ['unknown-qualifier', /use one of: exact, about, at-least, up-to, planned/],
  ['javascript-url', /http:\/\/ or https:\/\//],
  ['updated-before-date', /cannot be earlier than date/],
  ['quote-not-in-text', /copy the sentence that states the number from the body/],
  ['figure-without-quote', /copy the sentence of the article that states this number/],
  ['unknown-claimant-entity', /"guardian-newspaper" is not in content\/entities\//],
  ['Not Kebab Case', /rename the file in Latin kebab-case/],
  ['2024', /not a number alone, which is an archive page’s address/],
  ['import-statement', /import and export are code, and articles are data/],
  ['unknown-relay', /^"reuter" is not in content\/entities\/ — did you mean "reuters"\?/],
  ['empty-relay-chain', /^is empty — list who relayed the number, e\.g\. \[reuters\], or leave via out/],
  ['relay-twice', /^"reuters" is not valid — name each relay once: it is already via\[0\]$/],
  ['relay-is-claimant', /^"nis" is not valid — the claimant \(claimantId\) is not its own relay/],
];

describe('npm run check on bad files', () => {
  it.each(BAD)(
    '%s: exits 1 naming the file, line %i and the field %s, in English and Arabic',
    async (fixture, line, field) => {
      const content = contentWith(fixture, { [`articles/${fixture}.mdx`]: `bad/${fixture}.mdx` });
      const run = promisify(execFile);
      const failed = await run(process.execPath, ['scripts/check.ts', content]).then(
        () => ({ code: 0, stderr: '' }),
        (e: { code: number; stderr: string }) => e,
      );
      expect(failed.code).toBe(1);
      expect(failed.stderr).toContain(`articles/${fixture}.mdx:${line}  ${field}  `);
      const { problems } = checkContent(content);
      expect(problems.length, JSON.stringify(problems)).toBeGreaterThan(0);
      for (const problem of problems) {
        expect(problem.file).toMatch(new RegExp(`articles/${fixture}\\.mdx$`));
        expect(problem.en).toMatch(/ — /);
        expect(problem.ar).toMatch(/[\u0600-\u06FF]/);
      }
      expect(problems.map((p) => `${p.line} ${p.field}`)).toContain(`${line} ${field}`);
      // Each case starts Node and the check: seconds on a busy machine, beyond Vitest's default 5.
    },
    30_000,
  );

  it.each(FIXES)('%s: says how to fix it', (fixture, fix) => {
    const content = contentWith(`fix-${fixture}`, { [`articles/${fixture}.mdx`]: `bad/${fixture}.mdx` });
    expect(checkContent(content).problems.map((p) => p.en)).toContainEqual(expect.stringMatching(fix));
  });

  it('flags a named outlet without its kind', () => {
    const content = contentWith('source-without-kind', { 'sources/fox-news.yaml': 'bad/source-without-kind.yaml' });
    const problems = checkContent(content).problems.map((p) => [p.file.endsWith('sources/fox-news.yaml'), p.line, p.field, p.en]);
    expect(problems).toEqual([[true, 1, 'kind', expect.stringMatching(/^is missing — a named outlet needs its kind: one of agency, /)]]);
  });

  it('flags an outlet’s known facts without their citation, at the fact’s line, with how to fix it', () => {
    const content = contentWith('source-without-citation', { 'sources/fox-news.yaml': 'bad/source-without-citation.yaml' });
    const problems = checkContent(content).problems.map((p) => [p.file.endsWith('sources/fox-news.yaml'), p.line, p.field, p.en, p.ar]);
    expect(problems).toEqual([
      [
        true,
        4,
        'countryCite',
        expect.stringMatching(
          /^is missing — cite a public page that states where the outlet's headquarters are .* write country: unknown instead, never a guess$/,
        ),
        expect.stringContaining('countryCite'),
      ],
      [
        true,
        8,
        'owner.cite',
        expect.stringMatching(/^is missing — cite a public page that states who owns the outlet .* write owner: unknown instead/),
        expect.stringMatching(/^الاستشهاد ناقص: .*owner: unknown/),
      ],
    ]);
  });

  it('flags an ownership kind that is not one of the kinds, listing them', () => {
    const content = contentWith('unknown-ownership-kind', { 'sources/fox-news.yaml': 'bad/source-unknown-ownership-kind.yaml' });
    const problems = checkContent(content).problems.map((p) => [p.file.endsWith('sources/fox-news.yaml'), p.line, p.field, p.en, p.ar]);
    expect(problems).toEqual([
      [
        true,
        12,
        'ownership.kind',
        '"commercial" is not valid — use one of: state, public-service, private, affiliated, unknown',
        expect.stringContaining('state أو public-service'),
      ],
    ]);
  });

  it('flags a profile on the unattributed entry: its articles name no outlet to profile', () => {
    const content = contentWith('unattributed-with-profile', { 'sources/unattributed.yaml': 'bad/unattributed-with-profile.yaml' });
    const problems = checkContent(content).problems.map((p) => [p.file.endsWith('sources/unattributed.yaml'), p.line, p.field, p.en]);
    expect(problems).toEqual([
      [true, 6, 'ownership', expect.stringContaining('the unattributed entry names no outlet, so it has no profile — remove this field')],
    ]);
  });

  it('flags the same original article twice, and the same text under two names', () => {
    const content = contentWith('duplicates', {
      'articles/first.mdx': 'good/valid-article.mdx',
      'articles/second.mdx': 'good/valid-article.mdx',
    });
    const fields = checkContent(content).problems.map((p) => `${p.file.split('/').pop()} ${p.field}`);
    expect(fields).toContain('second.mdx body');
  });

  it('flags an article outside content/articles/', () => {
    const content = contentWith('outside', { 'notes.mdx': 'good/valid-article.mdx' });
    const [problem] = checkContent(content).problems;
    expect([problem!.field, problem!.en]).toEqual(['file', expect.stringContaining('belong in content/articles/')]);
  });
});

describe('npm run check on the data files', () => {
  it('flags a topic whose parent does not exist, at its line, as every unknown reference', () => {
    const content = contentWith('parent', {});
    writeFileSync(join(content, 'topics', 'kursk.yaml'), 'title: كورسك\ndescription: المعارك في كورسك.\nparent: russia-ukrain-war\n');
    const known = new Set(readdirSync(join(content, 'topics')).map((name) => name.replace(/\.yaml$/, '')));
    expect(checkContent(content).problems).toEqual([
      {
        file: expect.stringMatching(/topics\/kursk\.yaml$/),
        line: 3,
        ...unknownReference(['parent'], 'russia-ukrain-war', 'topics', known)!,
      },
    ]);
  });
});

describe('npm run check on a metric’s relations', () => {
  const problemsOf = (fixture: string, as: string) =>
    checkContent(contentWith(fixture, { [`metrics/${as}.yaml`]: `bad/${fixture}.yaml` })).problems.map((p) => ({
      file: p.file.endsWith(`metrics/${as}.yaml`),
      line: p.line,
      field: p.field,
      en: p.en,
      ar: p.ar,
    }));

  it('refuses a metric that adds itself up, at its line, in English and Arabic', () => {
    expect(problemsOf('metric-sums-itself', 'casualties')).toEqual([
      {
        file: true,
        line: 4,
        field: 'sumOf[0]',
        en: '"casualties" is not valid — a metric cannot add itself up: list the other metrics this one is the sum of',
        ar: expect.stringContaining('لا يجمع المقياس نفسه'),
      },
    ]);
  });

  it('refuses a relation to a metric that does not exist, with the nearest one', () => {
    expect(problemsOf('metric-unknown-relation', 'troops-planned')).toEqual([
      {
        file: true,
        line: 4,
        field: 'projectionOf',
        en: expect.stringMatching(/^"troops-sen" is not in content\/metrics\/ — did you mean "troops-sent"\?/),
        ar: expect.stringContaining('هل تقصد «troops-sent»'),
      },
    ]);
  });

  it('refuses a metric without what it counts', () => {
    const content = contentWith('metric-without-counts', {});
    const file = join(content, 'metrics', 'killed.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^counts: .*\n/m, ''));
    expect(checkContent(content).problems.map((p) => [p.file.endsWith('metrics/killed.yaml'), p.field, p.en])).toEqual([
      [true, 'counts', expect.stringMatching(/^is missing — say in one Arabic sentence what is counted/)],
    ]);
  });
});

describe('npm run check on the search lists', () => {
  it('flags a plural written as text instead of a list', () => {
    const content = contentWith('plurals', {});
    const file = join(content, 'search', 'plurals.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}مطار: مطارات\n`);
    const problems = checkContent(content).problems;
    expect(problems.map((p) => [p.file.endsWith('search/plurals.yaml'), p.field])).toEqual([[true, 'مطار']]);
  });
});

describe('npm run check on good files', () => {
  it.each([['valid-article'], ['with-bom'], ['crlf-line-ends'], ['allowed-html']])('accepts %s', (fixture) => {
    const content = contentWith(`good-${fixture}`, { [`articles/${fixture}.mdx`]: `good/${fixture}.mdx` });
    expect(checkContent(content).problems).toEqual([]);
  });
});

describe('the npm run check command', () => {
  it('prints every problem of every file at once and exits 1', async () => {
    const content = contentWith('cli', {
      'articles/unknown-source.mdx': 'bad/unknown-source.mdx',
      'articles/script-tag.mdx': 'bad/script-tag.mdx',
    });
    const run = promisify(execFile);
    const error = await run(process.execPath, ['scripts/check.ts', content]).catch((e: { code: number; stderr: string }) => e);
    expect((error as { code: number }).code).toBe(1);
    const output = (error as { stderr: string }).stderr;
    expect(output).toMatch(/articles\/unknown-source\.mdx:5 {2}source {2}"reuters" is not in content\/sources\//);
    expect(output).toMatch(/articles\/script-tag\.mdx:18 {2}body {2}<script> is not allowed/);
    expect(output).toContain('2 problem(s) in 2 file(s)');
  });

  it('passes the real content', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['scripts/check.ts', 'content']);
    expect(stdout).toMatch(/content files checked: no problems/);
  });
});

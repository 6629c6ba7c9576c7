import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkBody, checkQuotes } from '../../src/lib/check/body.ts';
import { decodeContent } from '../../src/lib/check/decode.ts';
import { parseYaml, splitFrontmatter } from '../../src/lib/check/frontmatter.ts';
import { createArticleRenderer } from '../../src/lib/markdown/article-renderer.ts';

// `npm run check` and the build must agree on every figure's quote: a quote the check passes
// is one the renderer can mark, and one it refuses would stop the build. Each figure is asked
// of both, alone, over every article and every fixture.
const render = await createArticleRenderer({ syntaxHighlight: false });

const FOLDERS = [
  'content/articles',
  'tests/check/fixtures/good',
  'tests/check/fixtures/bad',
  'tests/check/fixtures/quotes',
  'tests/unit/fixtures',
];
const files = FOLDERS.flatMap((folder) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => join(folder, name)),
);

interface Case {
  body: string;
  quoteBlocks: string[];
  figures: { quote: string }[];
}

/** A file's body, its quote blocks as the check cuts them, and its quoted figures. */
function read(file: string): Case | undefined {
  const decoded = decodeContent(file, readFileSync(file));
  if ('problem' in decoded) return undefined;
  const split = splitFrontmatter(file, decoded.text);
  if ('problem' in split) return undefined;
  const yaml = parseYaml(file, split.yaml, split.yamlLine);
  const body = checkBody(file, split.body, split.bodyLine);
  if ('problems' in yaml || body.quoteBlocks === undefined) return undefined;
  const figures = (yaml.data as { figures?: unknown }).figures;
  if (!Array.isArray(figures)) return { body: split.body, quoteBlocks: body.quoteBlocks, figures: [] };
  const quoted = figures.filter(
    (f): f is { quote: string } =>
      typeof (f as { quote?: unknown } | null)?.quote === 'string' && (f as { quote: string }).quote.trim() !== '',
  );
  return { body: split.body, quoteBlocks: body.quoteBlocks, figures: quoted };
}

/** The check's verdict: true when the quote stands. */
const checkSays = (c: Case, figure: { quote: string }) => checkQuotes('f', c.quoteBlocks, [figure], () => 1).length === 0;

/** The renderer's verdict: true when it marks the quote, false when it stops on it. */
async function rendererSays(c: Case, figure: { quote: string }, file: string): Promise<boolean> {
  try {
    const { html } = await render(c.body, { figures: [figure] }, pathToFileURL(resolve(file)));
    expect(html).toContain('id="quote-1"');
    return true;
  } catch (error) {
    expect((error as Error).message).toContain('figures[0].quote');
    return false;
  }
}

/** True when the renderer renders the body at all: code in it stops the render before any quote is looked for. */
const renders = (c: Case, file: string) =>
  render(c.body, {}, pathToFileURL(resolve(file))).then(
    () => true,
    () => false,
  );

const cases: [string, Case][] = [];
for (const file of files) {
  const c = read(file);
  if (c && (await renders(c, file))) cases.push([file, c]);
}

describe('the check and the renderer on where a quote stands', () => {
  it('reads the articles and the fixtures, figures and all', () => {
    expect(cases.map(([file]) => file)).toEqual(
      expect.arrayContaining([
        'content/articles/north-korean-troops-withdraw-from-kursk.mdx',
        'tests/check/fixtures/bad/quote-across-heading.mdx',
      ]),
    );
    expect(cases.reduce((n, [, c]) => n + c.figures.length, 0)).toBeGreaterThan(30);
  });

  it.each(cases)(
    '%s: the same verdict for each figure',
    async (file, c) => {
      const check = c.figures.map((figure) => checkSays(c, figure));
      const renderer = await Promise.all(c.figures.map((figure) => rendererSays(c, figure, file)));
      expect(check).toEqual(renderer);
    },
    30_000,
  );

  it('passes quotes within a list item, a blockquote, a table cell or a heading, and refuses any that runs into the next block', () => {
    const c = read('tests/check/fixtures/quotes/every-block.mdx')!;
    // In the fixture's order: see the comment above each figure.
    expect(c.figures.map((figure) => checkSays(c, figure))).toEqual([
      true,
      false,
      true,
      true,
      true,
      false,
      false,
      true,
      false,
      true,
      true,
      true,
      false,
    ]);
  });

  it('refuses the quote that runs from a heading into its paragraph, and passes the article it came from', () => {
    const bad = read('tests/check/fixtures/bad/quote-across-heading.mdx')!;
    const good = read('content/articles/north-korean-troops-withdraw-from-kursk.mdx')!;
    expect(bad.figures.map((figure) => checkSays(bad, figure))).toEqual([true, true, false]);
    expect(good.figures.map((figure) => checkSays(good, figure))).toEqual([true, true, true]);
  });
});

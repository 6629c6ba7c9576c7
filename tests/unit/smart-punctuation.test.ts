import { readdirSync, readFileSync } from 'node:fs';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { unified, type Pluggable } from 'unified';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { remarkSmartPunctuation } from '../../src/lib/markdown/remark-smart-punctuation.ts';

/** An article's body, or the whole file if it has no frontmatter. */
const articleText = (file: string) => {
  const split = splitFrontmatter(file);
  return 'gap' in split ? file : split.body;
};

const seeds = new URL('../../content/articles/', import.meta.url);
const texts: [string, string][] = [
  ...readdirSync(seeds).map((name): [string, string] => [name, articleText(readFileSync(new URL(name, seeds), 'utf8'))]),
  ['straight double quotes', 'قال "نحن هنا" ثم غادر.'],
  ['an apostrophe', "it's the Kursk region's border."],
  ['a quote across emphasis', 'قال "نحن **هنا** الآن" ثم غادر.'],
  ['backticks', "he said ``so'' and left."],
  ['a double hyphen', 'الجنود -- كما قال -- انسحبوا.'],
  ['an ellipsis', 'ثم انسحبوا...'],
  ['a spaced ellipsis', 'ثم انسحبوا. . .'],
  ['curly quotes already', 'قال “نحن هنا” ثم غادر.'],
  ['none of them', 'قال إن 300 جندي قتلوا. وأضاف أن العدد أكبر.'],
];

function treeAfter(plugin: Pluggable, text: string) {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use([plugin]);
  return processor.runSync(processor.parse(text));
}

describe('SmartyPants only where it changes something', () => {
  it.each(texts)('gives exactly what remark-smartypants gives: %s', (_, text) => {
    expect(treeAfter(remarkSmartPunctuation, text)).toEqual(treeAfter(remarkSmartypants, text));
  });

  it('still rewrites what SmartyPants rewrites', () => {
    const tree = JSON.stringify(treeAfter(remarkSmartPunctuation, 'قال "نحن هنا" -- ثم...'));
    expect(tree).toContain('قال “نحن هنا” — ثم…');
  });
});

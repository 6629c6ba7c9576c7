/**
 * Builds a content folder of any size from the real one: everything but the articles as it is, and `count` articles made from the seed articles, each with its own slug, date and
 * headline, so listings, pagination and benchmarks run on realistic Arabic text.
 *
 *   node scripts/generate-corpus.ts --count 25 --out tests/.fixtures/many [--image]
 *
 * --image gives the newest generated article a picture, an original URL and an update date,
 * the optional fields no seed article has.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { dayOf } from '../src/lib/content/calendar-dates.ts';
import { splitFrontmatter } from '../src/lib/content/frontmatter.ts';
import { parse, stringify } from 'yaml';

interface Seed {
  id: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

const DAY_MS = 86_400_000;
const SOURCE_CONTENT = resolve('content');

function readSeeds(): Seed[] {
  const folder = join(SOURCE_CONTENT, 'articles');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(folder, name), 'utf8');
      const split = splitFrontmatter(text);
      if ('gap' in split) throw new Error(`${folder}/${name}: no frontmatter block`);
      return { id: name.replace(/\.mdx$/, ''), frontmatter: parse(split.yaml) as Record<string, unknown>, body: split.body };
    });
}

export function generateCorpus(count: number, out: string, withImage = false): void {
  const content = join(out, 'content');
  rmSync(content, { recursive: true, force: true });
  // Everything but the articles, as it is: sources, topics, metrics, entities, search lists.
  for (const folder of readdirSync(SOURCE_CONTENT).filter((name) => name !== 'articles')) {
    cpSync(join(SOURCE_CONTENT, folder), join(content, folder), { recursive: true });
  }
  const articles = join(content, 'articles');
  mkdirSync(articles, { recursive: true });

  const seeds = readSeeds();
  for (let n = 1; n <= count; n++) {
    writeArticle(articles, seeds, n, new Date(NEWEST - (n - 1) * DAY_MS), withImage && n === 1);
  }
}

/** The newest generated article's date; each next one is a day older. */
const NEWEST = new Date('2025-12-31T00:00:00Z').getTime();

/**
 * Adds one article to a generated corpus of `count` articles, as an editor adds today's: the
 * next number, dated `days` after the newest. Returns its file name.
 */
export function addNewestArticle(out: string, count: number, days = 1): string {
  return writeArticle(join(out, 'content', 'articles'), readSeeds(), count + 1, new Date(NEWEST + days * DAY_MS), false);
}

/** Article `n` of the corpus, made from a seed, into `articles`; returns its file name. */
function writeArticle(articles: string, seeds: readonly Seed[], n: number, day: Date, withImage: boolean): string {
  const seed = seeds[(n - 1) % seeds.length]!;
  const date = dayOf(day);
  const frontmatter: Record<string, unknown> = {
    ...seed.frontmatter,
    title: `${String(seed.frontmatter.title)} (${n})`,
    date,
  };
  delete frontmatter.updated;
  if (withImage) {
    cpSync(resolve('tests/fixtures/sample-photo.png'), join(articles, 'sample-photo.png'));
    frontmatter.sourceUrl = 'https://example.com/original-article';
    frontmatter.updated = dayOf(new Date(day.getTime() + 2 * DAY_MS));
    frontmatter.image = {
      src: './sample-photo.png',
      alt: 'شريطان أحمر وبيجي يمثلان صورة تجريبية',
      caption: 'صورة تجريبية لاختبار عرض الصور',
      credit: 'فريق الموقع',
    };
  }
  // Dates stay unquoted YYYY-MM-DD, as editors write them.
  const yaml = stringify(frontmatter, { lineWidth: 0 }).replace(/^(date|updated): "?(\d{4}-\d{2}-\d{2})"?$/gm, '$1: $2');
  // Every generated article is content in its own right: a closing line makes its text its
  // own, so the editors' check (which refuses the same text twice) accepts the corpus.
  const body = `${seed.body.trimEnd()}\n\nهذه النسخة رقم ${n} من المقال، أنشئت لاختبار الموقع.\n`;
  const name = `${seed.id}-${n}.mdx`;
  writeFileSync(join(articles, name), `---\n${yaml}---\n${body}`);
  return name;
}

/** Reads `--count N --out FOLDER [--image]`, or prints `usage` and exits 2. */
export function parseCorpusArgs(usage: string): { count: number; out: string; image: boolean } {
  const { values } = parseArgs({
    options: { count: { type: 'string' }, out: { type: 'string' }, image: { type: 'boolean', default: false } },
  });
  const count = Number(values.count);
  if (!Number.isInteger(count) || count < 1 || !values.out) {
    console.error(`usage: ${usage} --count N --out FOLDER [--image]`);
    process.exit(2);
  }
  return { count, out: values.out, image: values.image };
}

if (import.meta.main) {
  const { count, out, image } = parseCorpusArgs('node scripts/generate-corpus.ts');
  generateCorpus(count, out, image);
  console.log(`wrote ${count} articles to ${join(out, 'content')}`);
}

/**
 * The real-text suite as a content folder the site builds from: each passage of
 * `tests/fixtures/real-text/passages.json` an article of the outlet «ويكيبيديا العربية», one a
 * day, in one topic; the site's own metrics, entities and search lexicon beside them, as a
 * user's site would have them. Used by `npm run bench:search` and the e2e recall suite.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { dayOf } from '../../src/lib/content/calendar-dates.ts';

export interface Passage {
  id: string;
  title: string;
  text: string;
}

export interface SuiteQuery {
  query: string;
  /** The passage the question was asked about. */
  passage: string;
  /** The question as the crowd worker typed it. */
  question: string;
  hurried: boolean;
}

export const SUITE_DIR = resolve('tests/fixtures/real-text');
export const SOURCE_ID = 'arabic-wikipedia';
export const TOPIC_ID = 'encyclopedia';

export function readPassages(): Passage[] {
  return JSON.parse(readFileSync(join(SUITE_DIR, 'passages.json'), 'utf8')) as Passage[];
}

export function readSuiteQueries(): SuiteQuery[] {
  return JSON.parse(readFileSync(join(SUITE_DIR, 'queries.json'), 'utf8')) as SuiteQuery[];
}

/** Markdown and MDX read these as syntax; in an encyclopedia's text they are only characters. */
const MARKUP = /[\\`*_{}[\]<>#|~=+!]/g;

/** One sentence for the summary: the passage up to its first full stop, within the schema's 400. */
function firstSentence(text: string): string {
  const end = text.search(/[.!؟](\s|$)/);
  const sentence = (end > 0 ? text.slice(0, end + 1) : text).trim();
  return sentence.length <= 380 ? sentence : `${sentence.slice(0, 379).trimEnd()}…`;
}

/** The article file of one passage, dated `day`. */
export function passageArticle(passage: Passage, day: Date): string {
  const frontmatter = {
    title: passage.title,
    summary: firstSentence(passage.text),
    date: dayOf(day),
    source: SOURCE_ID,
    topics: [TOPIC_ID],
  };
  const yaml = stringify(frontmatter, { lineWidth: 0 }).replace(/^date: "?(\d{4}-\d{2}-\d{2})"?$/m, 'date: $1');
  return `---\n${yaml}---\n\n${passage.text.replace(MARKUP, (c) => `\\${c}`)}\n`;
}

/** Writes `out/content/`: the suite's articles, its outlet and topic, and the site's lexicon. */
export function writeRealTextCorpus(out: string, passages: readonly Passage[] = readPassages()): void {
  const content = join(out, 'content');
  rmSync(content, { recursive: true, force: true });
  for (const folder of ['metrics', 'entities', 'search']) cpSync(resolve('content', folder), join(content, folder), { recursive: true });
  mkdirSync(join(content, 'sources'), { recursive: true });
  mkdirSync(join(content, 'topics'), { recursive: true });
  mkdirSync(join(content, 'articles'), { recursive: true });
  writeFileSync(
    join(content, 'sources', `${SOURCE_ID}.yaml`),
    stringify({
      name: 'ويكيبيديا العربية',
      latinName: 'Arabic Wikipedia',
      url: 'https://ar.wikipedia.org',
      // The suite measures search, not outlets: the profile's facts are left unknown, as the
      // check allows for facts no cited page states.
      country: 'unknown',
      kind: 'website',
      description: 'الموسوعة الحرة باللغة العربية. فقرات منها مع أسئلة القراء في مجموعة ARCD، لقياس البحث على نص عربي حقيقي.',
      owner: 'unknown',
      ownership: { kind: 'unknown' },
      funding: 'unknown',
    }),
  );
  writeFileSync(
    join(content, 'topics', `${TOPIC_ID}.yaml`),
    stringify({ title: 'موسوعة', description: 'فقرات من ويكيبيديا العربية في موضوعات شتى: تاريخ وجغرافيا وأعلام ورياضة وطب.' }),
  );
  const first = Date.UTC(2024, 0, 1);
  passages.forEach((passage, i) => {
    writeFileSync(join(content, 'articles', `${passage.id}.mdx`), passageArticle(passage, new Date(first + i * 86_400_000)));
  });
}

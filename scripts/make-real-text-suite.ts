/**
 * Makes the real-text search suite (`tests/fixtures/real-text/`) from ARCD, the Arabic Reading
 * Comprehension Dataset (Mozannar et al., 2019; MIT licence): paragraphs of Arabic Wikipedia
 * with questions that crowd workers typed about each. Run once, by hand; the suite it writes is
 * what the tests and `npm run bench:search` read, so nothing outside the repository is needed.
 *
 *   node scripts/make-real-text-suite.ts --arcd path/to/arcd.json
 *
 * Every paragraph becomes a passage (an article of the suite's site). Every question becomes a
 * query as a reader types one into a search box: its key words, in the worker's own spelling
 * (typos kept), without the question words and the small words around them. A third of the
 * queries are also typed in a hurry: no hamza, ه for a final ة, ي for a final ى.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { hurried, keyWords } from './real-text/key-words.ts';
import { SUITE_DIR, type Passage, type SuiteQuery } from './real-text/corpus.ts';

interface Arcd {
  data: { title: string; paragraphs: { context: string; qas: { id: string; question: string }[] }[] }[];
}

/** Fewer words are not a query a reader would need help with; more are a sentence. */
const MIN_WORDS = 2;
const MAX_WORDS = 4;

function main() {
  const { values } = parseArgs({ options: { arcd: { type: 'string' } } });
  if (!values.arcd) {
    console.error('usage: node scripts/make-real-text-suite.ts --arcd path/to/arcd.json');
    process.exit(2);
  }
  const arcd = JSON.parse(readFileSync(values.arcd, 'utf8')) as Arcd;
  const passages: Passage[] = [];
  const queries: SuiteQuery[] = [];
  const seen = new Set<string>();
  // ARCD has a few paragraphs twice, under two articles: one passage, asked about by both.
  const idOfText = new Map<string, string>();
  arcd.data.forEach((article, a) => {
    article.paragraphs.forEach((paragraph, p) => {
      const text = paragraph.context.trim();
      let id = idOfText.get(text);
      if (id === undefined) {
        id = `p${String(a + 1).padStart(3, '0')}-${p + 1}`;
        idOfText.set(text, id);
        passages.push({ id, title: p === 0 ? article.title : `${article.title} (${p + 1})`, text });
      }
      for (const qa of paragraph.qas) {
        const words = keyWords(qa.question);
        if (words.length < MIN_WORDS || words.length > MAX_WORDS) continue;
        const query = words.join(' ');
        if (seen.has(`${id} ${query}`)) continue;
        seen.add(`${id} ${query}`);
        queries.push({ query, passage: id, question: qa.question.trim(), hurried: false });
        // Every third query is also typed in a hurry, where that changes it.
        const quick = hurried(query);
        if (queries.length % 3 === 0 && quick !== query) {
          queries.push({ query: quick, passage: id, question: qa.question.trim(), hurried: true });
        }
      }
    });
  });
  mkdirSync(SUITE_DIR, { recursive: true });
  writeFileSync(join(SUITE_DIR, 'passages.json'), `${JSON.stringify(passages, null, 1)}\n`);
  writeFileSync(join(SUITE_DIR, 'queries.json'), `${JSON.stringify(queries, null, 1)}\n`);
  console.log(`${passages.length} passages, ${queries.length} queries → ${SUITE_DIR}`);
}

if (import.meta.main) main();

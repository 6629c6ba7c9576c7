/**
 * `npm run bench:history [-- --size 10000]`: what the claim pages' figure histories cost a
 * build, on generated articles in a real repository. The corpus (generate-corpus.ts) is
 * committed, then a tenth of its articles get a corrected figure and another tenth a new
 * paragraph, each in its own commit. Then, as a build does: the one `git log` pass
 * (history.ts), and every article's versions through the one `git cat-file` process, compared
 * figure by figure (article-versions.ts, figure-history.ts). Prints the time of each part,
 * per article, and the heap kept. Everything is under bench/.work/history-<size>/ (git-ignored).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './generate-corpus.ts';
import { articleVersions } from '../src/data/article-versions.ts';
import { GitBlobReader } from '../src/data/git-blobs.ts';
import { historyOfFile, loadContentHistory } from '../src/data/history.ts';
import { figureHistories } from '../src/lib/history/figure-history.ts';
import { articleFacts } from '../src/lib/pr-report/article-facts.ts';

const { values } = parseArgs({ options: { size: { type: 'string', default: '10000' } } });
const size = Number(values.size);
if (!Number.isInteger(size) || size < 10) {
  console.error('usage: npm run bench:history -- [--size 10000]');
  process.exit(2);
}

const work = resolve('bench', '.work', `history-${size}`);
generateCorpus(size, work);
const content = join(work, 'content');
const articles = join(content, 'articles');
const git = (...args: string[]) => execFileSync('git', ['-C', content, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
const commit = (message: string, day: string) => {
  git('add', '-A');
  execFileSync('git', ['-C', content, 'commit', '--quiet', '-m', message], {
    env: {
      ...process.env,
      GIT_AUTHOR_DATE: day,
      GIT_COMMITTER_DATE: day,
      GIT_AUTHOR_NAME: 'bench',
      GIT_AUTHOR_EMAIL: 'bench@example.com',
      GIT_COMMITTER_NAME: 'bench',
      GIT_COMMITTER_EMAIL: 'bench@example.com',
    },
  });
};
const files = readdirSync(articles)
  .filter((name) => name.endsWith('.mdx'))
  .sort();
git('init', '--quiet', '--initial-branch', 'main');
commit('Add the articles', '2025-01-01T09:00:00Z');
// A tenth get a figure corrected (its first value), another tenth a new paragraph.
files.forEach((name, i) => {
  if (i % 10 !== 0) return;
  const path = join(articles, name);
  writeFileSync(
    path,
    readFileSync(path, 'utf8').replace(/^(\s+value: )(\d+)$/m, (_, key: string, n: string) => `${key}${Number(n) + 1}`),
  );
});
commit('Correct a figure in a tenth of the articles', '2025-01-02T09:00:00Z');
files.forEach((name, i) => {
  if (i % 10 !== 5) return;
  const path = join(articles, name);
  writeFileSync(path, `${readFileSync(path, 'utf8')}\nفقرة أضافها محرر.\n`);
});
commit('Add a paragraph to another tenth', '2025-01-03T09:00:00Z');

const heapBefore = process.memoryUsage().heapUsed;
let started = performance.now();
const history = await loadContentHistory(articles);
const logTime = performance.now() - started;
if (!history.available) throw new Error('the generated repository has no history');

started = performance.now();
const reader = new GitBlobReader(articles);
let figures = 0;
let changes = 0;
// A build has the articles' figures already (the catalog's); here they are parsed, and that time is taken out.
let currentTime = 0;
for (const name of files) {
  const filePath = join(articles, name);
  const id = name.slice(0, -'.mdx'.length);
  const file = historyOfFile(history, filePath)!;
  const claims = () => {
    const start = performance.now();
    const read = articleFacts(id, readFileSync(filePath, 'utf8')).claims;
    currentTime += performance.now() - start;
    return read;
  };
  const current = { id, filePath, claims };
  const histories = figureHistories(await articleVersions(reader, current, file));
  for (const list of histories.values()) {
    figures++;
    changes += list.length;
  }
}
reader.close();
const historiesTime = performance.now() - started - currentTime;
const heapKept = process.memoryUsage().heapUsed - heapBefore;

const ms = (t: number) => `${(t / 1000).toFixed(1)} s`;
const perArticle = (t: number) => `${((t * 1000) / size).toFixed(0)} µs`;
console.log(
  `figure histories of ${size.toLocaleString('en')} articles (${figures.toLocaleString('en')} figures, ${changes.toLocaleString('en')} changes), 3 commits:`,
);
console.log(`- one git log pass: ${ms(logTime)} (${perArticle(logTime)} an article)`);
console.log(`- every article's versions read and compared: ${ms(historiesTime)} (${perArticle(historiesTime)} an article)`);
console.log(`- heap kept after both: ${(heapKept / 1e6).toFixed(0)} MB (the log's histories; each article's versions are let go)`);

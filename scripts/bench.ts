/**
 * `npm run bench [-- --sizes 1000,10000 --rounds 1 --skip-search]`: our whole build against a
 * plain Astro 7 + MDX blog indexed by stock Pagefind (bench/plain-blog/), on the same
 * generated articles, in the same run.
 *
 * For each size: generate the corpus once (the seed articles in our full frontmatter), then
 * each round builds both sides cold, alternating which goes first from one build to the next
 * so a slow spell of the machine does not fall on one side only, and after each cold build
 * changes one article and builds again with the caches kept. Then both sites are served and
 * searched in chromium. Every build is a child process, timed from spawn to exit, its memory
 * the peak of its whole process tree (Pagefind's indexer is a child of its own).
 *
 * Prints a table per size and the issue's targets, writes bench/results.json, and replaces
 * the README's table between `<!-- bench:start -->` and `<!-- bench:end -->` when it has them.
 * Everything it builds is under bench/.work/<size>/ (git-ignored).
 */
import { cpus, platform, release, totalmem } from 'node:os';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { addNewestArticle, generateCorpus } from './generate-corpus.ts';
import {
  evaluateTargets,
  type FailedSide,
  replaceBenchSection,
  sizeTable,
  targetsList,
  type RoundMeasure,
  type SearchMeasure,
  type Side,
  type SideMeasure,
  type SizeMeasure,
} from './bench/report.ts';
import { chromiumLaunchOptions } from './browser/chromium.ts';
import { fileCount, folderSize } from './bench/folder-size.ts';
import { changedShare, folderChanges, snapshotFolder } from './bench/folder-changes.ts';
import { inSequence, measuredRun, type RunMeasure } from './bench/measured-run.ts';
import { measure, median, oursVariant, stockVariant, type Variant } from './bench/search-measure.ts';
import { serveFolder } from './bench/static-server.ts';

/** A name, a place in another spelling, an agency, a common noun, a plural: five kinds of search. */
const QUERIES = ['كورسك', 'زيلينسكي', 'بيونج يانج', 'الاستخبارات', 'خسائر'];
const OURS_PORT = 4621;
const PLAIN_PORT = 4622;

const REPO = resolve('.');
const NODE = resolve('node_modules/.bin/node');
const ASTRO = resolve('node_modules/astro/bin/astro.mjs');
const PLAIN_ROOT = resolve('bench/plain-blog');
const WORK = resolve('bench/.work');

/** Where one size's corpus and both sides' output, caches and logs live. */
function foldersFor(size: number) {
  const root = join(WORK, String(size));
  return {
    root,
    content: join(root, 'content'),
    oursDist: join(root, 'ours-dist'),
    oursCache: join(root, 'ours-cache'),
    plainDist: join(root, 'plain-dist'),
    plainCache: join(root, 'plain-cache'),
    logs: join(root, 'logs'),
  };
}
type Folders = ReturnType<typeof foldersFor>;

// Telemetry would add network calls to one build and not another; both sides go without.
const quietEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

/** `npm run build` as a reader of the README runs it: the content check, then the staged build. */
function buildOurs(folders: Folders, log: string): Promise<RunMeasure> {
  return measuredRun({
    command: NODE,
    args: ['scripts/build.ts'],
    cwd: REPO,
    env: {
      ...quietEnv,
      ARABIC_NEWS_CONTENT_DIR: folders.content,
      // stagedBuild writes <this>.staging and renames it here once every page is written.
      ARABIC_NEWS_OUT_DIR: folders.oursDist,
      ARABIC_NEWS_CACHE_DIR: folders.oursCache,
    },
    log,
  });
}

/** `astro build` of the plain blog, then stock Pagefind over its output: two processes. */
async function buildPlain(folders: Folders, log: string): Promise<{ total: RunMeasure; steps: Record<string, RunMeasure> }> {
  const astro = await measuredRun({
    command: NODE,
    args: [ASTRO, 'build', '--root', PLAIN_ROOT],
    cwd: REPO,
    env: {
      ...quietEnv,
      PLAIN_CONTENT_DIR: join(folders.content, 'articles'),
      PLAIN_OUT_DIR: folders.plainDist,
      PLAIN_CACHE_DIR: folders.plainCache,
    },
    log,
  });
  const pagefind = await measuredRun({
    command: NODE,
    args: ['scripts/bench/plain-index.ts', folders.plainDist],
    cwd: REPO,
    env: quietEnv,
    log,
  });
  return { total: inSequence(astro, pagefind), steps: { astro, pagefind } };
}

/** A cold build starts from nothing: no output, and no content store or incremental cache. */
function clearSide(side: Side, folders: Folders): void {
  const dist = side === 'ours' ? folders.oursDist : folders.plainDist;
  for (const folder of [dist, `${dist}.staging`, `${dist}.previous`, side === 'ours' ? folders.oursCache : folders.plainCache]) {
    rmSync(folder, { recursive: true, force: true });
  }
}

let edits = 0;
/**
 * An editor's correction: one sentence added to the end of one article (the 7th by name, or
 * the last of a smaller corpus). Each edit is a new sentence, so no two builds see the same text.
 */
function changeOneArticle(folders: Folders): string {
  const articles = join(folders.content, 'articles');
  const names = readdirSync(articles)
    .filter((name) => name.endsWith('.mdx'))
    .sort();
  const name = names[Math.min(6, names.length - 1)]!;
  edits += 1;
  appendFileSync(join(articles, name), `\nتصحيح رقم ${edits}: أضيفت هذه الجملة بعد النشر لقياس إعادة البناء.\n`);
  return name;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const report = (what: string, run: RunMeasure) => console.log(`  ${what}: ${run.seconds.toFixed(1)} s, peak ${mb(run.peakBytes)}`);

/** One build of a side: ours is one command, the plain blog two (astro build, then Pagefind). */
async function buildOnce(side: Side, folders: Folders, log: string): Promise<{ total: RunMeasure; steps?: Record<string, RunMeasure> }> {
  return side === 'ours' ? { total: await buildOurs(folders, log) } : buildPlain(folders, log);
}

const distOf = (side: Side, folders: Folders) => (side === 'ours' ? folders.oursDist : folders.plainDist);

/** Articles added so far to each size's corpus, so each added article is the next number. */
const additions = new Map<number, number>();

/**
 * One round of one side: a cold build; a rebuild after an editor's correction; then a rebuild
 * after adding one new article, as an editor publishes today's, with the files it changed in
 * `dist/` (what a deploy uploads).
 */
async function buildSide(side: Side, size: number, round: number, builtFirst: boolean, folders: Folders): Promise<RoundMeasure> {
  const log = (kind: string) => join(folders.logs, `${side}-${kind}-round${round}.log`);
  clearSide(side, folders);
  console.log(`building ${side} at ${size} (cold, round ${round})…`);
  const cold = await buildOnce(side, folders, log('cold'));
  const stepsOf = (run: { steps?: Record<string, RunMeasure> }) =>
    run.steps
      ? ` (${Object.entries(run.steps)
          .map(([name, step]) => `${name} ${step.seconds.toFixed(1)} s`)
          .join(' + ')})`
      : '';
  report(`cold build${stepsOf(cold)}`, cold.total);
  console.log(`rebuilding ${side} at ${size} after changing ${changeOneArticle(folders)}…`);
  const rebuild = await buildOnce(side, folders, log('rebuild'));
  report('rebuild', rebuild.total);

  const before = snapshotFolder(distOf(side, folders));
  const added = (additions.get(size) ?? 0) + 1;
  additions.set(size, added);
  console.log(`rebuilding ${side} at ${size} after adding ${addNewestArticle(folders.root, size + added - 1, added)}…`);
  const addedRun = await buildOnce(side, folders, log('added'));
  const changes = folderChanges(before, snapshotFolder(distOf(side, folders)));
  report('rebuild after adding', addedRun.total);
  console.log(
    `  files changed: ${changes.added.length} added, ${changes.changed.length} changed, ${changes.removed.length} removed of ${changes.total} (${(changedShare(changes) * 100).toFixed(2)}%)`,
  );
  writeFileSync(
    log('added-files'),
    [...changes.added.map((f) => `+ ${f}`), ...changes.changed.map((f) => `~ ${f}`), ...changes.removed.map((f) => `- ${f}`)].join('\n'),
  );
  return {
    round,
    builtFirst,
    cold: cold.total,
    rebuild: rebuild.total,
    added: addedRun.total,
    addedChanges: { added: changes.added.length, changed: changes.changed.length, removed: changes.removed.length, total: changes.total },
    ...(cold.steps && rebuild.steps ? { steps: { cold: cold.steps, rebuild: rebuild.steps } } : {}),
  };
}

/**
 * The HTML bytes of each article page of a built side. Our /articles/<n>/ folders are the
 * archive's listing pages, not articles (article ids are slugs, never bare numbers).
 */
function articlePageSizes(side: Side, dist: string): number[] {
  const folder = side === 'ours' ? join(dist, 'articles') : dist;
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !['pagefind', '_astro', 'articles'].includes(entry.name))
    .filter((entry) => side !== 'ours' || !/^\d+$/.test(entry.name))
    .flatMap((entry) => {
      const page = join(folder, entry.name, 'index.html');
      return existsSync(page) ? [statSync(page).size] : [];
    });
}

/** The line of a failed build's log that says what went wrong: its last error line, else its first line. */
function firstError(error: unknown): string {
  const lines = (error instanceof Error ? error.message : String(error)).split('\n').map((line) => line.trim());
  return (lines.findLast((line) => /error|heap|killed|out of memory/i.test(line)) ?? lines[0] ?? 'unknown error').slice(0, 300);
}

/** Median of the rounds, measure by measure. */
function medianRun(runs: readonly RunMeasure[]): RunMeasure {
  return { seconds: median(runs.map((r) => r.seconds)), peakBytes: median(runs.map((r) => r.peakBytes)) };
}

/**
 * The sites that built, searched in chromium in the order given: which side goes first
 * alternates between sizes, as in the builds.
 */
async function searchSides(folders: Folders, order: readonly Side[]): Promise<Partial<Record<Side, SearchMeasure>>> {
  const ports: Record<Side, number> = { ours: OURS_PORT, plain: PLAIN_PORT };
  const servers = await Promise.all(order.map((side) => serveFolder(distOf(side, folders), ports[side])));
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const summarize = async (variant: Variant): Promise<SearchMeasure> => {
      const run = await measure(browser, variant, QUERIES);
      return {
        firstQueryBytes: run.firstQueryBytes,
        medianQueryBytes: median(run.bytes),
        medianMs: Math.round(median(run.times)),
        times: run.times.map(Math.round),
        bytes: run.bytes,
        found: run.found,
      };
    };
    const variants: Record<Side, Variant> = { ours: oursVariant(OURS_PORT), plain: stockVariant(PLAIN_PORT) };
    const measured: Partial<Record<Side, SearchMeasure>> = {};
    for (const side of order) {
      console.log(`searching ${side} in chromium…`);
      measured[side] = await summarize(variants[side]);
    }
    return measured;
  } finally {
    await browser.close();
    for (const server of servers) server.close();
  }
}

function parseOptions() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000' },
      rounds: { type: 'string', default: '1' },
      'skip-search': { type: 'boolean', default: false },
    },
  });
  const sizes = values.sizes.split(',').map(Number);
  const rounds = Number(values.rounds);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(rounds) || rounds < 1) {
    console.error('usage: npm run bench -- [--sizes 1000,10000] [--rounds 1] [--skip-search]');
    process.exit(2);
  }
  return { sizes, rounds, skipSearch: values['skip-search'] };
}

async function main() {
  const { sizes, rounds, skipSearch } = parseOptions();
  const results: SizeMeasure[] = [];
  // Counts builds across sizes and rounds: the side that goes first alternates every time.
  let turn = 0;
  for (const size of sizes) {
    const folders = foldersFor(size);
    rmSync(folders.root, { recursive: true, force: true });
    mkdirSync(folders.logs, { recursive: true });
    console.log(`generating ${size} articles…`);
    generateCorpus(size, folders.root);

    const runs: Record<Side, RoundMeasure[]> = { ours: [], plain: [] };
    const failures: Partial<Record<Side, string>> = {};
    for (let round = 1; round <= rounds; round++) {
      const order: Side[] = turn++ % 2 === 0 ? ['ours', 'plain'] : ['plain', 'ours'];
      for (const side of order) {
        if (failures[side]) continue;
        try {
          runs[side].push(await buildSide(side, size, round, side === order[0], folders));
        } catch (error) {
          // The plain blog cannot build every size: the table says so, with its error.
          failures[side] = firstError(error);
          console.log(`  ${side} failed at ${size}: ${failures[side]}`);
        }
      }
    }

    const searchOrder = (turn % 2 === 0 ? (['ours', 'plain'] as const) : (['plain', 'ours'] as const)).filter((side) => !failures[side]);
    const search = skipSearch ? null : await searchSides(folders, searchOrder);
    const summarize = (side: Side): SideMeasure | FailedSide => {
      const failed = failures[side];
      if (failed) return { failed };
      const dist = distOf(side, folders);
      const cold = medianRun(runs[side].map((r) => r.cold));
      const changes = runs[side].map((r) => r.addedChanges);
      const touched = median(changes.map((c) => c.added + c.changed + c.removed));
      const pages = articlePageSizes(side, dist);
      return {
        cold,
        rebuild: medianRun(runs[side].map((r) => r.rebuild)),
        added: medianRun(runs[side].map((r) => r.added)),
        addedFiles: touched,
        addedShare: median(changes.map((c) => (c.added + c.changed + c.removed) / c.total)),
        msPerArticle: (cold.seconds * 1000) / size,
        distBytes: folderSize(dist),
        distFiles: fileCount(dist),
        indexBytes: existsSync(join(dist, 'pagefind')) ? folderSize(join(dist, 'pagefind')) : 0,
        articlePage: { median: median(pages), max: Math.max(...pages) },
        search: search?.[side] ?? null,
        rounds: runs[side],
      };
    };
    const measured: SizeMeasure = { articles: size, ours: summarize('ours'), plain: summarize('plain') };
    results.push(measured);
    console.log(`\n${sizeTable(measured, QUERIES.length)}\n`);
  }

  const targets = evaluateTargets(results);
  const tables = results.map((size) => sizeTable(size, QUERIES.length)).join('\n\n');
  const machine = {
    os: `${platform()} ${release()}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    totalMemoryBytes: totalmem(),
    node: process.version,
  };
  const date = new Date().toISOString();
  console.log(`${tables}\n\ntargets:\n${targetsList(targets)}`);

  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.json', `${JSON.stringify({ date, machine, rounds, queries: QUERIES, sizes: results, targets }, null, 2)}\n`);
  console.log('\nwrote bench/results.json');

  const section =
    `Latest \`npm run bench\` (${date.slice(0, 10)}, ${machine.cpus} cores, ${(machine.totalMemoryBytes / 1024 ** 3).toFixed(0)} GB of memory, Node ${machine.node}, ` +
    `${rounds} round${rounds === 1 ? '' : 's'}; \`bench/results.json\`):\n\n${tables}\n\n${targetsList(targets)}`;
  const readme = readFileSync('README.md', 'utf8');
  const updated = replaceBenchSection(readme, section);
  if (updated === undefined) console.log('README.md has no <!-- bench:start --> … <!-- bench:end --> markers: not updated');
  else if (updated !== readme) {
    writeFileSync('README.md', updated);
    console.log('updated the table in README.md');
  }
}

await main();

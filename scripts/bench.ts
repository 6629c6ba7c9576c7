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
 * Prints a table per size and the targets, writes bench/results.json, and replaces
 * the README's table between `<!-- bench:start -->` and `<!-- bench:end -->` when it has them.
 * Everything it builds is under bench/.work/<size>/ (git-ignored).
 */
import { cpus, platform, release, totalmem } from 'node:os';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { generateCorpus } from './generate-corpus.ts';
import {
  evaluateTargets,
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
import { folderSize } from './bench/folder-size.ts';
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

/** One round's cold build and rebuild of one side. */
async function buildSide(side: Side, size: number, round: number, builtFirst: boolean, folders: Folders): Promise<RoundMeasure> {
  const log = (kind: string) => join(folders.logs, `${side}-${kind}-round${round}.log`);
  clearSide(side, folders);
  console.log(`building ${side} at ${size} (cold, round ${round})…`);
  let cold: RunMeasure;
  let rebuild: RunMeasure;
  let steps: RoundMeasure['steps'];
  if (side === 'ours') {
    cold = await buildOurs(folders, log('cold'));
    report('cold build', cold);
    console.log(`rebuilding ${side} at ${size} after changing ${changeOneArticle(folders)}…`);
    rebuild = await buildOurs(folders, log('rebuild'));
  } else {
    const coldRun = await buildPlain(folders, log('cold'));
    cold = coldRun.total;
    report(
      `cold build (astro ${coldRun.steps.astro!.seconds.toFixed(1)} s + pagefind ${coldRun.steps.pagefind!.seconds.toFixed(1)} s)`,
      cold,
    );
    console.log(`rebuilding ${side} at ${size} after changing ${changeOneArticle(folders)}…`);
    const rebuildRun = await buildPlain(folders, log('rebuild'));
    rebuild = rebuildRun.total;
    steps = { cold: coldRun.steps, rebuild: rebuildRun.steps };
  }
  report('rebuild', rebuild);
  return { round, builtFirst, cold, rebuild, ...(steps ? { steps } : {}) };
}

/** Median of the rounds, measure by measure. */
function medianRun(runs: readonly RunMeasure[]): RunMeasure {
  return { seconds: median(runs.map((r) => r.seconds)), peakBytes: median(runs.map((r) => r.peakBytes)) };
}

/** Both sites searched in chromium, `first` first: which side goes first alternates between sizes, as in the builds. */
async function searchBoth(folders: Folders, first: Side): Promise<Record<Side, SearchMeasure>> {
  const servers = [await serveFolder(folders.oursDist, OURS_PORT), await serveFolder(folders.plainDist, PLAIN_PORT)];
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
    for (const side of first === 'ours' ? (['ours', 'plain'] as const) : (['plain', 'ours'] as const)) {
      console.log(`searching ${side} in chromium…`);
      measured[side] = await summarize(variants[side]);
    }
    return { ours: measured.ours!, plain: measured.plain! };
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
    for (let round = 1; round <= rounds; round++) {
      const order: Side[] = turn++ % 2 === 0 ? ['ours', 'plain'] : ['plain', 'ours'];
      for (const side of order) runs[side].push(await buildSide(side, size, round, side === order[0], folders));
    }

    const search = skipSearch ? null : await searchBoth(folders, turn % 2 === 0 ? 'ours' : 'plain');
    const summarize = (side: Side, dist: string): SideMeasure => {
      const cold = medianRun(runs[side].map((r) => r.cold));
      return {
        cold,
        rebuild: medianRun(runs[side].map((r) => r.rebuild)),
        msPerArticle: (cold.seconds * 1000) / size,
        distBytes: folderSize(dist),
        indexBytes: existsSync(join(dist, 'pagefind')) ? folderSize(join(dist, 'pagefind')) : 0,
        search: search?.[side] ?? null,
        rounds: runs[side],
      };
    };
    const measured: SizeMeasure = {
      articles: size,
      ours: summarize('ours', folders.oursDist),
      plain: summarize('plain', folders.plainDist),
    };
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

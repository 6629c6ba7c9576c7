/**
 * What `npm run bench` found, as data (bench/results.json), as markdown tables and as the
 * issue's targets met or not. Pure: no measuring here, only reading the measures.
 */
import type { RunMeasure } from './measured-run.ts';

export type Side = 'ours' | 'plain';

export interface SearchMeasure {
  /** Bytes the first query fetched on a cold page, from its opening to its results drawn. */
  firstQueryBytes: number;
  medianQueryBytes: number;
  /** Typing to results drawn, median over the queries, each in a fresh browser context. */
  medianMs: number;
  times: number[];
  bytes: number[];
  found: Record<string, number>;
}

/** What a rebuild after adding one new article changed in `dist/`: what a deploy uploads. */
export interface AddedChanges {
  added: number;
  changed: number;
  removed: number;
  /** Files in `dist/` after the rebuild. */
  total: number;
}

export interface RoundMeasure {
  round: number;
  /** Whether this side was built before the other one in this round. */
  builtFirst: boolean;
  cold: RunMeasure;
  rebuild: RunMeasure;
  /** The rebuild after adding one new article (after the edit's rebuild), and what it changed. */
  added: RunMeasure;
  addedChanges: AddedChanges;
  /** The plain side is two processes, astro build then Pagefind: each as measured. */
  steps?: { cold: Record<string, RunMeasure>; rebuild: Record<string, RunMeasure> };
}

export interface SideMeasure {
  /** Median over the rounds. */
  cold: RunMeasure;
  rebuild: RunMeasure;
  added: RunMeasure;
  /** Files a deploy uploads or deletes after one new article: added + changed + removed. */
  addedFiles: number;
  /** Share of `dist/`'s files those are. */
  addedShare: number;
  msPerArticle: number;
  distBytes: number;
  distFiles: number;
  indexBytes: number;
  /** HTML bytes of an article page: the median and the largest. */
  articlePage: { median: number; max: number };
  search: SearchMeasure | null;
  rounds: RoundMeasure[];
}

/** A side that could not build this size: its error, as the build printed it. */
export interface FailedSide {
  failed: string;
}

export interface SizeMeasure {
  articles: number;
  ours: SideMeasure | FailedSide;
  plain: SideMeasure | FailedSide;
}

export const built = (side: SideMeasure | FailedSide): side is SideMeasure => !('failed' in side);

export interface Target {
  /** The number for it: 1 build time and memory, 2 rebuild, 3 per-article cost, 4 search. */
  target: number;
  name: string;
  /** null when this run did not measure it (one size only, or --skip-search). */
  met: boolean | null;
  detail: string;
}

const MB = 1024 * 1024;
const megabytes = (bytes: number) => (bytes / MB).toFixed(bytes < 10 * MB ? 2 : 1);
const kilobytes = (bytes: number) => (bytes / 1024).toFixed(0);
const seconds = (s: number) => s.toFixed(s < 10 ? 2 : 1);
const times = (ratio: number) => `${ratio.toFixed(2)}×`;
const count = (n: number) => n.toLocaleString('en');

/** One size as a markdown table: ours, the plain blog with stock Pagefind, and their ratio. */
export function sizeTable(size: SizeMeasure, queryCount: number): string {
  const ours = built(size.ours) ? size.ours : undefined;
  const plain = built(size.plain) ? size.plain : undefined;
  const row = (label: string, pick: (side: SideMeasure) => number | undefined, format: (n: number) => string) => {
    const a = ours && pick(ours);
    const b = plain && pick(plain);
    const cell = (n: number | undefined, side: SideMeasure | undefined) =>
      side === undefined ? 'failed' : n === undefined ? 'not measured' : format(n);
    return `| ${label} | ${cell(a, ours)} | ${cell(b, plain)} | ${a !== undefined && b !== undefined ? times(a / b) : ''} |`;
  };
  const failures = (['ours', 'plain'] as const)
    .flatMap((name) => {
      const side = size[name];
      return built(side)
        ? []
        : [`- ${name === 'ours' ? 'ours' : 'the plain blog'} failed at ${count(size.articles)} articles: \`${side.failed}\``];
    })
    .join('\n');
  const table = [
    `| at ${count(size.articles)} articles | ours | plain Astro + MDX + stock Pagefind | ours/plain |`,
    '| --- | --- | --- | --- |',
    row('cold build, wall time (s)', (m) => m.cold.seconds, seconds),
    row('peak memory, whole process tree (MB)', (m) => m.cold.peakBytes, megabytes),
    row(
      'ms per article',
      (m) => m.msPerArticle,
      (n) => n.toFixed(1),
    ),
    row('rebuild after changing one article (s)', (m) => m.rebuild.seconds, seconds),
    row('rebuild after adding one article (s)', (m) => m.added.seconds, seconds),
    row('files changed by adding one article', (m) => m.addedFiles, count),
    row(
      '… as a share of `dist/`’s files (%)',
      (m) => m.addedShare * 100,
      (n) => n.toFixed(2),
    ),
    row('article page, median HTML (KB)', (m) => m.articlePage.median, kilobytes),
    row('`dist/` size (MB)', (m) => m.distBytes, megabytes),
    row('`dist/` files', (m) => m.distFiles, count),
    row('search index size (MB)', (m) => m.indexBytes, megabytes),
    row('bytes a first search fetches (KB)', (m) => m.search?.firstQueryBytes, kilobytes),
    row(
      `typing to results drawn, median of ${queryCount} cold searches (ms)`,
      (m) => m.search?.medianMs,
      (n) => n.toFixed(0),
    ),
  ].join('\n');
  return failures ? `${table}\n\n${failures}` : table;
}

const GB = 1024 * MB;
const MINUTE = 60;

/** Issue 13's targets, checked on this run's measures: each says when this run did not measure it. */
export function evaluateTargets(sizes: readonly SizeMeasure[]): Target[] {
  const at = (articles: number) => sizes.find((size) => size.articles === articles);
  const tenK = at(10_000);
  const hundredK = at(100_000);
  const targets: Target[] = [];
  const unmeasured = (target: number, name: string, why: string) => targets.push({ target, name, met: null, detail: why });
  const failedOrMissing = (size: SizeMeasure | undefined, articles: number) =>
    size === undefined ? `not measured: run with --sizes ${articles}` : `ours failed: ${(size.ours as FailedSide).failed}`;

  const big = hundredK && built(hundredK.ours) ? hundredK.ours : undefined;
  if (big) {
    targets.push({
      target: 1,
      name: 'cold build at 100,000 articles within 15 min',
      met: big.cold.seconds <= 15 * MINUTE,
      detail: `${(big.cold.seconds / MINUTE).toFixed(1)} min`,
    });
    targets.push({
      target: 1,
      name: 'peak memory at 100,000 articles at most 8 GB',
      met: big.cold.peakBytes <= 8 * GB,
      detail: `${(big.cold.peakBytes / GB).toFixed(2)} GB`,
    });
  } else {
    unmeasured(1, 'cold build at 100,000 articles within 15 min, peak memory at most 8 GB', failedOrMissing(hundredK, 100_000));
  }

  const mid = tenK && built(tenK.ours) ? tenK.ours : undefined;
  const midPlain = tenK && built(tenK.plain) ? tenK.plain : undefined;
  if (mid && midPlain) {
    const ratio = mid.cold.seconds / midPlain.cold.seconds;
    targets.push({
      target: 2,
      name: 'cold build at 10,000 articles at most 1.0× the plain blog + stock Pagefind',
      met: ratio <= 1,
      detail: `${seconds(mid.cold.seconds)} s against ${seconds(midPlain.cold.seconds)} s: ${times(ratio)}`,
    });
    targets.push({
      target: 2,
      name: "peak memory at 10,000 articles at or below the plain blog's",
      met: mid.cold.peakBytes <= midPlain.cold.peakBytes,
      detail: `${megabytes(mid.cold.peakBytes)} MB against ${megabytes(midPlain.cold.peakBytes)} MB: ${times(mid.cold.peakBytes / midPlain.cold.peakBytes)}`,
    });
  } else {
    unmeasured(
      2,
      'cold build and peak memory at 10,000 articles against the plain blog',
      tenK ? 'a side failed' : failedOrMissing(tenK, 10_000),
    );
  }

  const measuredSizes = [tenK, hundredK].flatMap((size) =>
    size && built(size.ours) ? [{ articles: size.articles, side: size.ours }] : [],
  );
  if (measuredSizes.length > 0) {
    targets.push({
      target: 3,
      name: 'rebuild after adding one article at most 10% of the cold build, at 10,000 and 100,000',
      met: measuredSizes.length === 2 ? measuredSizes.every(({ side }) => side.added.seconds <= 0.1 * side.cold.seconds) : null,
      detail: measuredSizes
        .map(
          ({ articles, side }) =>
            `${count(articles)}: ${seconds(side.added.seconds)} s of ${seconds(side.cold.seconds)} s (${times(side.added.seconds / side.cold.seconds)})`,
        )
        .join('; '),
    });
    targets.push({
      target: 3,
      name: "adding one article changes at most 1% of `dist/`'s files",
      met: measuredSizes.every(({ side }) => side.addedShare <= 0.01),
      detail: measuredSizes
        .map(
          ({ articles, side }) =>
            `${count(articles)}: ${count(side.addedFiles)} of ${count(side.distFiles)} (${(side.addedShare * 100).toFixed(2)}%)`,
        )
        .join('; '),
    });
    const largestPage = Math.max(...measuredSizes.map(({ side }) => side.articlePage.max));
    targets.push({
      target: 4,
      name: 'article page at most 16 KB of HTML',
      met: largestPage <= 16 * 1024,
      detail: `largest ${kilobytes(largestPage)} KB; median ${measuredSizes.map(({ articles, side }) => `${kilobytes(side.articlePage.median)} KB at ${count(articles)}`).join(', ')}`,
    });
  } else {
    unmeasured(3, 'rebuild after adding one article, files changed, article page size', 'not measured: run with --sizes 10000,100000');
  }
  if (mid) {
    targets.push({
      target: 4,
      name: '`dist/` at 10,000 articles at most 250 MB',
      met: mid.distBytes <= 250 * MB,
      detail: `${megabytes(mid.distBytes)} MB`,
    });
  } else {
    unmeasured(4, '`dist/` at 10,000 articles at most 250 MB', failedOrMissing(tenK, 10_000));
  }

  const ours = big?.search;
  const stock = midPlain?.search;
  if (ours && stock) {
    for (const [what, a, b, unit] of [
      ['bytes', ours.firstQueryBytes, stock.firstQueryBytes, (n: number) => `${kilobytes(n)} KB`],
      ['time', ours.medianMs, stock.medianMs, (n: number) => `${n.toFixed(0)} ms`],
    ] as const) {
      targets.push({
        target: 5,
        name: `${what} of a first search at 100,000 articles at most 1.3× stock Pagefind's at 10,000`,
        met: a <= 1.3 * b,
        detail: `${unit(a)} against ${unit(b)}: ${times(a / b)}`,
      });
    }
  } else {
    unmeasured(5, "first search at 100,000 articles against stock Pagefind's at 10,000", 'needs both sizes, with search');
  }
  return targets;
}

export function targetsList(targets: readonly Target[]): string {
  const verdict = (met: boolean | null) => (met === null ? 'not measured' : met ? 'met' : 'NOT met');
  return targets.map((t) => `- target ${t.target}, ${t.name}: **${verdict(t.met)}** (${t.detail})`).join('\n');
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** `readme` with what lies between the bench markers replaced, or undefined when it has none. */
export function replaceBenchSection(readme: string, section: string): string | undefined {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) return undefined;
  return `${readme.slice(0, start + START.length)}\n${section.trim()}\n${readme.slice(end)}`;
}

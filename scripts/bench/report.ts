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

export interface RoundMeasure {
  round: number;
  /** Whether this side was built before the other one in this round. */
  builtFirst: boolean;
  cold: RunMeasure;
  rebuild: RunMeasure;
  /** The plain side is two processes, astro build then Pagefind: each as measured. */
  steps?: { cold: Record<string, RunMeasure>; rebuild: Record<string, RunMeasure> };
}

export interface SideMeasure {
  /** Median over the rounds. */
  cold: RunMeasure;
  rebuild: RunMeasure;
  msPerArticle: number;
  distBytes: number;
  indexBytes: number;
  search: SearchMeasure | null;
  rounds: RoundMeasure[];
}

export interface SizeMeasure {
  articles: number;
  ours: SideMeasure;
  plain: SideMeasure;
}

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
  const { ours, plain } = size;
  const row = (label: string, a: number | undefined, b: number | undefined, format: (n: number) => string) =>
    a === undefined || b === undefined
      ? `| ${label} | not measured | not measured | |`
      : `| ${label} | ${format(a)} | ${format(b)} | ${times(a / b)} |`;
  return [
    `| at ${count(size.articles)} articles | ours | plain Astro + MDX + stock Pagefind | ours/plain |`,
    '| --- | --- | --- | --- |',
    row('cold build, wall time (s)', ours.cold.seconds, plain.cold.seconds, seconds),
    row('peak memory, whole process tree (MB)', ours.cold.peakBytes, plain.cold.peakBytes, megabytes),
    row('ms per article', ours.msPerArticle, plain.msPerArticle, (n) => n.toFixed(1)),
    row('rebuild after changing one article (s)', ours.rebuild.seconds, plain.rebuild.seconds, seconds),
    row('`dist/` size (MB)', ours.distBytes, plain.distBytes, megabytes),
    row('search index size (MB)', ours.indexBytes, plain.indexBytes, megabytes),
    row('bytes a first search fetches (KB)', ours.search?.firstQueryBytes, plain.search?.firstQueryBytes, kilobytes),
    row(`typing to results drawn, median of ${queryCount} cold searches (ms)`, ours.search?.medianMs, plain.search?.medianMs, (n) =>
      n.toFixed(0),
    ),
  ].join('\n');
}

/** The four targets, checked on this run's measures. */
export function evaluateTargets(sizes: readonly SizeMeasure[]): Target[] {
  const ascending = [...sizes].sort((a, b) => a.articles - b.articles);
  const smallest = ascending[0]!;
  const largest = ascending.at(-1)!;
  const at = `at ${count(largest.articles)} articles`;
  const targets: Target[] = [];

  const buildRatio = largest.ours.cold.seconds / largest.plain.cold.seconds;
  targets.push({
    target: 1,
    name: `full build ${at} at most 1.2× the plain blog + stock Pagefind`,
    met: buildRatio <= 1.2,
    detail: `${seconds(largest.ours.cold.seconds)} s against ${seconds(largest.plain.cold.seconds)} s: ${times(buildRatio)}`,
  });
  targets.push({
    target: 1,
    name: `peak memory ${at} at or below the plain blog's`,
    met: largest.ours.cold.peakBytes <= largest.plain.cold.peakBytes,
    detail: `${megabytes(largest.ours.cold.peakBytes)} MB against ${megabytes(largest.plain.cold.peakBytes)} MB: ${times(largest.ours.cold.peakBytes / largest.plain.cold.peakBytes)}`,
  });

  const rebuildRatios = ascending.map((size) => ({
    articles: size.articles,
    ratio: size.ours.rebuild.seconds / size.ours.cold.seconds,
    size,
  }));
  targets.push({
    target: 2,
    name: 'rebuild after changing one article at most half our cold build, at every size',
    met: rebuildRatios.every(({ ratio }) => ratio <= 0.5),
    detail: rebuildRatios
      .map(
        ({ articles, ratio, size }) =>
          `${count(articles)}: ${seconds(size.ours.rebuild.seconds)} s of ${seconds(size.ours.cold.seconds)} s (${times(ratio)})`,
      )
      .join('; '),
  });

  // Flat means it does not grow with the corpus: a per-article cost that falls as a fixed
  // start-up is spread over more articles is flat or better, so only growth beyond 15% fails.
  const perArticleRatio = largest.ours.msPerArticle / smallest.ours.msPerArticle;
  targets.push({
    target: 3,
    name: `ms per article flat from ${count(smallest.articles)} to ${count(largest.articles)} articles (at most 15% more)`,
    met: ascending.length < 2 ? null : perArticleRatio <= 1.15,
    detail:
      ascending.length < 2
        ? 'needs two sizes'
        : `${largest.ours.msPerArticle.toFixed(1)} ms against ${smallest.ours.msPerArticle.toFixed(1)} ms: ${times(perArticleRatio)}` +
          (perArticleRatio < 0.85 ? ' (falls: the fixed start-up is spread over more articles)' : ''),
  });

  const ours = largest.ours.search;
  const plain = largest.plain.search;
  targets.push({
    target: 4,
    name: `bytes of a reader's first search ${at} at most 10% above stock Pagefind`,
    met: ours && plain ? ours.firstQueryBytes <= 1.1 * plain.firstQueryBytes : null,
    detail:
      ours && plain
        ? `${kilobytes(ours.firstQueryBytes)} KB against ${kilobytes(plain.firstQueryBytes)} KB: ${times(ours.firstQueryBytes / plain.firstQueryBytes)}`
        : 'search not measured',
  });
  targets.push({
    target: 4,
    name: `time of a reader's first search ${at} at most 10% above stock Pagefind`,
    met: ours && plain ? ours.medianMs <= 1.1 * plain.medianMs : null,
    detail:
      ours && plain
        ? `${ours.medianMs.toFixed(0)} ms against ${plain.medianMs.toFixed(0)} ms: ${times(ours.medianMs / plain.medianMs)}`
        : 'search not measured',
  });
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

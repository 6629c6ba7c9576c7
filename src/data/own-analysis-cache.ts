/**
 * Each article's own analysis (analysis.ts), kept between builds in a file of its own named by
 * what it depends on: the article's digest, the lexicon and the analysis's code. The profile of
 * a rebuild after one new article found the analysis of every text at 18.6 of Astro's 50 busy
 * seconds at 10,000 articles; with this cache it reads one small file an article instead.
 * A file per article, as the rendered HTML is kept: no file grows with the corpus.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FormCandidate, Lexicon } from '../lib/search/extras.ts';
import { codeVersion } from '../lib/site/code-version.ts';
import { ensureFolder, pruneFolder, writeWhole } from './cache-files.ts';

/** What one article's text gives the analysis on its own: nothing here depends on another article. */
export interface OwnAnalysis {
  readingTime: string;
  /** Its terms and how many times it has each (termCounts). */
  terms: [string, number][];
  /** Its words' query forms, for the corpus's vocabulary. */
  vocabulary: string[];
  /** The entities it names, as indexes into the lexicon's entities. */
  named: number[];
  /** Its candidate search forms, decided against the corpus's vocabulary (resolveForms). */
  forms: FormCandidate[];
}

export interface OwnAnalysisCache {
  /** The article's kept analysis, or undefined: none kept, an article without a digest, or a damaged file. */
  read(article: { digest?: string | number | undefined }): OwnAnalysis | undefined;
  write(article: { digest?: string | number | undefined }, own: OwnAnalysis): Promise<void>;
  /** Removes the files this build did not read or write: articles deleted or changed. */
  prune(): Promise<void>;
}

/**
 * The analysis's code, from the project's root. Astro runs the build from the root, and the
 * bundle the analysis runs in lives in the output folder, so its own URL cannot find the code.
 */
const ANALYSIS_CODE = ['src/data/analysis.ts'];
const ANALYSIS_SETTINGS = ['package-lock.json'];

function analysisVersion(): string | undefined {
  const root = process.cwd();
  return existsSync(join(root, ANALYSIS_CODE[0]!)) ? codeVersion(root, ANALYSIS_CODE, ANALYSIS_SETTINGS) : undefined;
}

function looksLikeOwnAnalysis(value: unknown): value is OwnAnalysis {
  const own = value as Partial<OwnAnalysis> | null;
  return (
    typeof own?.readingTime === 'string' &&
    Array.isArray(own.terms) &&
    Array.isArray(own.vocabulary) &&
    Array.isArray(own.named) &&
    Array.isArray(own.forms)
  );
}

/**
 * The cache in `folder` for analyses made with `lexicon`. Outside the project's root, where the
 * analysis's code cannot be found to key it, nothing is kept: every article is analysed afresh.
 */
export async function ownAnalysisCache(folder: string, lexicon: Lexicon): Promise<OwnAnalysisCache | undefined> {
  const version = analysisVersion();
  if (version === undefined) return undefined;
  await ensureFolder(folder);
  const prefix = createHash('sha256').update(version).update('\u0000').update(JSON.stringify(lexicon)).digest('hex');
  const used = new Set<string>();
  const fileOf = (digest: string | number) =>
    join(folder, `${createHash('sha256').update(`${prefix}\u0000${digest}`).digest('hex').slice(0, 32)}.json`);
  return {
    read(article) {
      if (article.digest === undefined) return undefined;
      const file = fileOf(article.digest);
      try {
        const own: unknown = JSON.parse(readFileSync(file, 'utf8'));
        if (!looksLikeOwnAnalysis(own)) return undefined;
        used.add(file);
        return own;
      } catch {
        // Not kept yet, or cut short by a build that was stopped: analysed again and rewritten.
        return undefined;
      }
    },
    async write(article, own) {
      if (article.digest === undefined) return;
      const file = fileOf(article.digest);
      await writeWhole(file, JSON.stringify(own));
      used.add(file);
    },
    async prune() {
      await pruneFolder(folder, used);
    },
  };
}

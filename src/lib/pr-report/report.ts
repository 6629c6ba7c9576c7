/**
 * What a pull request does to the content, as data: the check's verdict on the branch, each
 * article it adds, changes or removes with its figures' diff, the base ledger of every topic
 * and metric those figures touch, and the outlets, topics, metrics and entities it adds,
 * changes or removes. Gathered by scripts/pr-report/, written out by markdown.ts.
 */
import type { Problem } from '../check/problem.ts';
import type { ArticleFacts } from './article-facts.ts';
import type { FigureChange } from './figure-diff.ts';
import type { LedgerSpan } from './ledger-before.ts';

export type ChangeKind = 'added' | 'changed' | 'removed';

export interface ArticleChange {
  kind: ChangeKind;
  /** The branch's version; the base's for a removed article. */
  facts: ArticleFacts;
  /** For a changed article: the frontmatter fields (and `body`) that differ. */
  parts: string[];
  figures: FigureChange[];
}

export const DATA_COLLECTIONS = ['sources', 'topics', 'metrics', 'entities'] as const;
export type DataCollection = (typeof DATA_COLLECTIONS)[number];

export interface EntryChange {
  collection: DataCollection;
  kind: ChangeKind;
  id: string;
}

export interface PrReport {
  /** The base as asked for (`main`, `origin/main`), and the commits compared. */
  base: { ref: string; commit: string };
  head: { ref: string; commit: string };
  check: { problems: Problem[]; filesChecked: number };
  /** Every content file the branch adds, changes or removes, relative to the repository. */
  changedFiles: ReadonlySet<string>;
  articles: ArticleChange[];
  entries: EntryChange[];
  /** The base branch's ledger of a topic and metric; undefined when it held no claim. */
  ledgerBefore: (topic: string, metric: string) => LedgerSpan | undefined;
}

/** Display names, looked up from the branch's files (the base's for what the branch removes). */
export interface Names {
  source(id: string): string;
  topic(id: string): string;
  metric(id: string): { label: string; unit?: string | undefined };
  entity(id: string): string;
}

/** Where a reviewer sees the branch's pages. */
export interface PreviewLinks {
  /** The built branch served somewhere (a deploy preview): article links point into it. */
  siteUrl?: string | undefined;
  /** The CI run's artifact of the built site, to download and serve. */
  artifactUrl?: string | undefined;
}

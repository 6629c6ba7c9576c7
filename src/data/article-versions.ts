import { readFileSync } from 'node:fs';
import type { Claim } from '../lib/figures/ledger.ts';
import type { ArticleVersion } from '../lib/history/figure-history.ts';
import type { FileHistory } from '../lib/history/git-log.ts';
import { articleFacts } from '../lib/pr-report/article-facts.ts';
import type { GitBlobReader } from './git-blobs.ts';

/** An article as it is now: its id (which its claims' ids are made from), its file, and its figures as the catalog reads them. */
export interface CurrentArticle {
  id: string;
  filePath: string | undefined;
  claims: () => Claim[];
}

/**
 * An article's versions at its kept commits, newest first, each with its figures as claims
 * with today's ids (so a renamed article keeps them), read through the build's one reader.
 * Most articles have one version, the file as it is: its figures are then the catalog's,
 * already read, and the version is not parsed.
 */
export async function articleVersions(reader: GitBlobReader, article: CurrentArticle, file: FileHistory): Promise<ArticleVersion[]> {
  const read = file.changes.filter((change) => change.kind !== 'deleted');
  const texts = await reader.read(read.map((change) => change.blob));
  const byChange = new Map(read.map((change, i) => [change, texts[i]]));
  const only = file.changes.length === 1 ? file.changes[0] : undefined;
  if (only && article.filePath !== undefined && byChange.get(only) === readFileSync(article.filePath, 'utf8')) {
    return [{ commit: only.commit, claims: article.claims() }];
  }
  return file.changes.map((change) => {
    const text = byChange.get(change);
    return { commit: change.commit, claims: text === undefined ? [] : articleFacts(article.id, text).claims };
  });
}

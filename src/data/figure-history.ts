/**
 * A figure's history for its claim page, from its article's versions in the repository: the
 * article's commits come from the build's one `git log` (history.ts), and its files at those
 * commits from one `git cat-file` process for the whole build (git-blobs.ts). Each page costs
 * its article's kept versions (at most KEPT_CHANGES), read once for all of the article's claims:
 * an article's claims are listed one after another, and the few articles read last are kept.
 */
import { figureHistories, type FigureChange } from '../lib/history/figure-history.ts';
import { figureHistoryView, type FigureHistoryView } from '../lib/history/figure-history-view.ts';
import type { FileHistory } from '../lib/history/git-log.ts';
import type { Claim } from '../lib/figures/ledger.ts';
import { articleVersions } from './article-versions.ts';
import { claimsOf, must, type Article, type Catalog } from './catalog.ts';
import { GitBlobReader } from './git-blobs.ts';
import { historyOfFile } from './history.ts';

/** How many articles' figure histories stay read: enough for the claims of one article, listed together, and some. */
const ARTICLES_KEPT = 16;

let reader: GitBlobReader | undefined;
const recent = new Map<string, Promise<Map<string, FigureChange[]>>>();
let warned = false;

function historiesOf(article: Article, file: FileHistory, folder: string): Promise<Map<string, FigureChange[]>> {
  let histories = recent.get(article.id);
  if (!histories) {
    reader ??= new GitBlobReader(folder);
    const current = { id: article.id, filePath: article.filePath, claims: () => claimsOf(article) };
    histories = articleVersions(reader, current, file).then(figureHistories);
    recent.set(article.id, histories);
    if (recent.size > ARTICLES_KEPT) recent.delete(recent.keys().next().value!);
  }
  return histories;
}

/** A claim's article, and that article's commits (undefined: none recorded). */
function articleHistory(claim: Claim, catalog: Catalog): { article: Article; file: FileHistory | undefined } {
  const article = must(catalog.articlesById, claim.article.id);
  return { article, file: historyOfFile(catalog.history, article.filePath) };
}

/** What a claim's history depends on, for its page's incremental-build key: its article's commits and paths. */
export function figureHistorySource(claim: Claim, catalog: Catalog): unknown {
  if (!catalog.history.available) return false;
  const { file } = articleHistory(claim, catalog);
  return file && [file.more, file.changes.map((change) => `${change.commit.hash} ${change.kind} ${change.path}`)];
}

/** A claim's history as its page shows it. A failure to read the versions is a history not available, never a failed build. */
export async function figureHistoryOf(claim: Claim, catalog: Catalog): Promise<FigureHistoryView> {
  const history = catalog.history;
  const unit = must(catalog.metrics, claim.metric).data.unit;
  if (!history.available) return figureHistoryView(false, undefined, unit, false, undefined);
  const { article, file } = articleHistory(claim, catalog);
  if (!file) return figureHistoryView(true, undefined, unit, false, undefined);
  try {
    const histories = await historiesOf(article, file, history.folder);
    return figureHistoryView(true, histories.get(claim.id), unit, file.more > 0, file.changes.at(-1)?.commit.hash);
  } catch (error) {
    recent.delete(article.id);
    if (!warned) console.warn(`figure history not available: ${(error as Error).message}`);
    warned = true;
    return figureHistoryView(false, undefined, unit, false, undefined);
  }
}

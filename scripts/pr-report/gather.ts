/**
 * Gathers a pull request's report (src/lib/pr-report/report.ts) from a git repository: the
 * branch checked out against its base. The branch's files are read from the working tree,
 * which must hold no uncommitted content (the report describes commits, and CI's checkout);
 * the base's from git. One pass over the articles, reading the frontmatter only of those in a
 * topic the pull request's figures touch.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { checkContent } from '../../src/lib/check/content.ts';
import { articleFacts, changedParts } from '../../src/lib/pr-report/article-facts.ts';
import { diffFigures } from '../../src/lib/pr-report/figure-diff.ts';
import { LedgerBefore } from '../../src/lib/pr-report/ledger-before.ts';
import {
  DATA_COLLECTIONS,
  type ArticleChange,
  type DataCollection,
  type EntryChange,
  type Names,
  type PrReport,
} from '../../src/lib/pr-report/report.ts';
import { changedPaths, commitOf, filesAt, git, mergeBase, ReportError, uncommittedPaths } from './git.ts';

export interface GatherOptions {
  /** The repository's root. */
  repo: string;
  /** The base branch or commit, as given (`origin/main`). */
  base: string;
  /** What to call the branch in the report; by default its name in git. */
  headName?: string | undefined;
  /** The content folder, relative to the repository. */
  contentDir?: string;
  /** The check's cache between runs (src/lib/check/check-cache.ts). */
  checkCacheFile?: string | undefined;
}

const articleId = (path: string) => basename(path, extname(path));
const isArticle = (path: string, articles: string) => path.startsWith(`${articles}/`) && /\.mdx?$/.test(path);

export function gatherReport(options: GatherOptions): { report: PrReport; names: Names } {
  const repo = resolve(options.repo);
  const content = options.contentDir ?? 'content';
  const articlesDir = `${content}/articles`;
  const dirty = uncommittedPaths(repo, content);
  if (dirty.length > 0)
    throw new ReportError(
      `the report compares commits, and ${content}/ has changes not committed (${dirty.slice(0, 3).join(', ')}${dirty.length > 3 ? ', …' : ''}) — commit or stash them first\n` +
        `يقارن التقرير الإيداعات، وفي ${content}/ تعديلات لم تُودَع — أودعها أو خبّئها (git stash) أولًا`,
    );
  const baseCommit = commitOf(repo, options.base);
  const headCommit = commitOf(repo, 'HEAD');
  const forkPoint = mergeBase(repo, baseCommit, headCommit);
  const headName = options.headName ?? (git(repo, ['rev-parse', '--abbrev-ref', 'HEAD']).trim() || 'HEAD');

  const changes = changedPaths(repo, forkPoint, headCommit, content);
  const atHead = (path: string) => readFileSync(join(repo, path), 'utf8');
  const atForkPoint = new Map(
    filesAt(
      repo,
      forkPoint,
      changes.filter((c) => c.status !== 'added').map((c) => c.path),
    ),
  );

  const articles: ArticleChange[] = [];
  const entries: EntryChange[] = [];
  for (const { status, path } of changes) {
    if (isArticle(path, articlesDir)) {
      const id = articleId(path);
      const before = status === 'added' ? undefined : atForkPoint.get(path);
      const after = status === 'removed' ? undefined : atHead(path);
      const beforeFacts = before === undefined ? undefined : articleFacts(id, before);
      const afterFacts = after === undefined ? undefined : articleFacts(id, after);
      articles.push({
        kind: status,
        facts: (afterFacts ?? beforeFacts)!,
        parts: before !== undefined && after !== undefined ? changedParts(before, after) : [],
        figures: diffFigures(beforeFacts?.claims ?? [], afterFacts?.claims ?? []),
      });
      continue;
    }
    const [, collection, file] = path.slice(content.length).split('/');
    if (DATA_COLLECTIONS.includes(collection as DataCollection) && file?.endsWith('.yaml'))
      entries.push({ collection: collection as DataCollection, kind: status, id: basename(file, '.yaml') });
  }

  const ledger = new LedgerBefore(
    articles.flatMap((a) =>
      a.figures
        .filter((f) => f.kind !== 'removed')
        .flatMap((f) => f.claim.article.topics.map((topic) => ({ topic, metric: f.claim.metric }))),
    ),
  );
  if (ledger.topicIds.size > 0) readBaseLedger(repo, articlesDir, baseCommit, headCommit, ledger);

  const check = checkContent(join(repo, content), { cacheFile: options.checkCacheFile });
  // The check names files from where it runs; the report, from the repository's root.
  const problems = check.problems.map((p) => ({ ...p, file: relative(repo, resolve(p.file)) }));

  const report: PrReport = {
    base: { ref: options.base, commit: baseCommit },
    head: { ref: headName, commit: headCommit },
    check: { problems, filesChecked: check.filesChecked },
    changedFiles: new Set(changes.map((c) => c.path)),
    articles,
    entries,
    ledgerBefore: (topic, metric) => ledger.span(topic, metric),
  };
  return { report, names: namesFrom(repo, content, forkPoint) };
}

/**
 * The base branch's claims in the touched topics. An article the base and the branch hold
 * alike is read from the working tree; one they differ in, from the base, if it has it. A
 * file that names none of the touched topics is not parsed.
 */
function readBaseLedger(repo: string, articlesDir: string, baseCommit: string, headCommit: string, ledger: LedgerBefore): void {
  const differing = changedPaths(repo, baseCommit, headCommit, articlesDir).map((c) => c.path);
  const skip = new Set(differing);
  const topics = [...ledger.topicIds];
  const count = (id: string, text: string) => {
    if (topics.some((topic) => text.includes(topic))) ledger.add(articleFacts(id, text).claims);
  };
  const folder = join(repo, articlesDir);
  for (const name of existsSync(folder) ? readdirSync(folder, { recursive: true, encoding: 'utf8' }) : []) {
    const path = `${articlesDir}/${name}`;
    if (isArticle(path, articlesDir) && !skip.has(path)) count(articleId(path), readFileSync(join(repo, path), 'utf8'));
  }
  for (const [path, text] of filesAt(repo, baseCommit, differing))
    if (text !== undefined && isArticle(path, articlesDir)) count(articleId(path), text);
}

/** Names from the branch's data files, or the fork point's for an entry the branch removed; the id where there is none. */
function namesFrom(repo: string, content: string, forkPoint: string): Names {
  const cache = new Map<string, Record<string, unknown>>();
  const data = (collection: DataCollection, id: string): Record<string, unknown> => {
    const path = `${content}/${collection}/${id}.yaml`;
    let found = cache.get(path);
    if (found) return found;
    let text: string | undefined;
    try {
      text = readFileSync(join(repo, path), 'utf8');
    } catch {
      text = filesAt(repo, forkPoint, [path]).next().value?.[1];
    }
    try {
      const parsed: unknown = text === undefined ? undefined : parse(text);
      found = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
    } catch {
      found = {};
    }
    cache.set(path, found);
    return found;
  };
  const field = (collection: DataCollection, id: string, name: string) => {
    const value = data(collection, id)[name];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  };
  return {
    source: (id) => field('sources', id, 'name') ?? id,
    topic: (id) => field('topics', id, 'title') ?? id,
    metric: (id) => ({ label: field('metrics', id, 'label') ?? id, unit: field('metrics', id, 'unit') }),
    entity: (id) => field('entities', id, 'name') ?? id,
  };
}

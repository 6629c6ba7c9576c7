import { createHash } from 'node:crypto';
import { normalizedWords } from '../lib/arabic/normalize.ts';
import { readingTime } from '../lib/arabic/reading-time.ts';
import { DocumentFrequencies, termCounts } from '../lib/listing/related.ts';
import { countVocabulary, resolveForms, SearchForms, vocabularyOf, type Lexicon } from '../lib/search/extras.ts';
import { searchExtrasFile } from '../lib/site/build-folders.ts';
import { ensureFolder, isCached, pruneFolder, writeWhole } from './cache-files.ts';
import { ownAnalysisCache, type OwnAnalysis, type OwnAnalysisCache } from './own-analysis-cache.ts';
import { articleBody } from './loader/article-body.ts';

/** What an article's page needs of its text, kept by the catalog: never the text itself. */
export interface ArticleAnalysis {
  /** "3 دقائق". */
  readingTime: string;
  /**
   * The digest of its index-only word forms for search (SearchForms.extras), kept in a file of
   * that name (searchExtrasFile) for the index's builder; the page carries only the digest.
   */
  searchExtras: string;
}

/** What related coverage needs of an article's text; the catalog lets it go once used. */
export interface ArticleLinks {
  /** Its most distinctive words. */
  keywords: Set<string>;
  /** The entities it names, as indexes into the entities it was analysed with. */
  named: number[];
}

export interface CorpusAnalysis {
  pages: Map<string, ArticleAnalysis>;
  links: Map<string, ArticleLinks>;
}

export interface AnalysedArticle {
  id: string;
  filePath?: string | undefined;
  /** A digest of the article's file (Astro's entry digest): the key of its own analysis. */
  digest?: string | number | undefined;
  data: { title: string };
}

/** Where the analysis keeps its files. */
export interface AnalysisFolders {
  /** Each distinct set of search forms (searchExtrasFile), for the index's builder. */
  searchExtras: string;
  /** Each article's own analysis (own-analysis-cache.ts); without it, every text is analysed afresh. */
  ownAnalyses?: string | undefined;
}

/** An article's text, read from its file and analysed on its own: what no other article changes. */
function analyseOwn(article: AnalysedArticle, forms: SearchForms): OwnAnalysis {
  const body = article.filePath ? articleBody(article.filePath) : '';
  const text = `${article.data.title}\n${body}`;
  const words = normalizedWords(text);
  const named = forms.entitiesNamed(words);
  return {
    readingTime: readingTime(body),
    terms: [...termCounts(words)],
    vocabulary: vocabularyOf(words),
    named: [...named],
    forms: forms.candidates(text, words, named),
  };
}

/** An article's own analysis from the cache, or made (and kept) when the cache has none. */
async function ownAnalysisOf(article: AnalysedArticle, forms: SearchForms, cache: OwnAnalysisCache | undefined): Promise<OwnAnalysis> {
  const kept = cache?.read(article);
  if (kept) return kept;
  const own = analyseOwn(article, forms);
  await cache?.write(article, own);
  return own;
}

/**
 * Analyses every article's text in two streaming passes, one article at a time: the corpus is
 * never held. Each article's own analysis (its words, the entities it names, its candidate
 * search forms) depends on its text and the lexicon only, so it is kept between builds by the
 * article's digest and an unchanged article is not read again. The first pass counts each
 * word's documents and collects the vocabulary; the second, which needs both, picks each
 * article's distinctive words and decides its search forms (written to `folders.searchExtras`).
 * What is kept in memory grows with the corpus's distinct words and a few dozen words an
 * article, not with its text.
 */
export async function analyseArticles(
  articles: readonly AnalysedArticle[],
  lexicon: Lexicon,
  folders: AnalysisFolders,
): Promise<CorpusAnalysis> {
  // Its memos of each distinct word's forms live as long as this analysis, and no longer.
  const forms = new SearchForms(lexicon);
  const cache = folders.ownAnalyses === undefined ? undefined : await ownAnalysisCache(folders.ownAnalyses, lexicon);
  const frequencies = new DocumentFrequencies();
  const vocabulary = new Map<string, number>();
  for (const article of articles) {
    const own = await ownAnalysisOf(article, forms, cache);
    frequencies.add(own.terms.map(([term]) => term));
    countVocabulary(vocabulary, own.vocabulary);
  }

  const folder = folders.searchExtras;
  await ensureFolder(folder);
  const pages = new Map<string, ArticleAnalysis>();
  const links = new Map<string, ArticleLinks>();
  const used = new Set<string>();
  for (const article of articles) {
    const own = await ownAnalysisOf(article, forms, cache);
    const extras = resolveForms(own.forms, vocabulary).join(' ');
    const searchExtras = createHash('sha256').update(extras).digest('hex').slice(0, 24);
    const file = searchExtrasFile(folder, searchExtras);
    if (!used.has(file) && !isCached(file)) await writeWhole(file, extras);
    used.add(file);
    pages.set(article.id, { readingTime: own.readingTime, searchExtras });
    links.set(article.id, { keywords: frequencies.distinctiveTerms(own.terms), named: own.named });
  }
  await pruneFolder(folder, used);
  await cache?.prune();
  return { pages, links };
}

import { createHash } from 'node:crypto';
import { normalizedWords } from '../lib/arabic/normalize.ts';
import { readingTime } from '../lib/arabic/reading-time.ts';
import { DocumentFrequencies } from '../lib/listing/related.ts';
import { addToVocabulary, SearchForms, type Lexicon } from '../lib/search/extras.ts';
import { searchExtrasDir, searchExtrasFile } from '../lib/site/build-folders.ts';
import { ensureFolder, isCached, pruneFolder, writeWhole } from './cache-files.ts';
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
  data: { title: string };
}

/** An article's body, read from its file, and the text analysed: its title and body. */
function textOf(article: AnalysedArticle): { body: string; text: string } {
  const body = article.filePath ? articleBody(article.filePath) : '';
  return { body, text: `${article.data.title}\n${body}` };
}

/**
 * Analyses every article's text in two streaming passes, reading each from its file and letting
 * it go: the corpus is never held. The first counts each word's documents and collects the
 * vocabulary; the second, which needs both, picks each article's distinctive words, the
 * entities it names and its search forms (written to `folder`). What is kept grows with the
 * corpus's distinct words and a few dozen words an article, not with its text.
 */
export async function analyseArticles(
  articles: readonly AnalysedArticle[],
  lexicon: Lexicon,
  folder = searchExtrasDir(),
): Promise<CorpusAnalysis> {
  const frequencies = new DocumentFrequencies();
  const vocabulary = new Set<string>();
  const times = new Map<string, string>();
  for (const article of articles) {
    const { body, text } = textOf(article);
    const words = normalizedWords(text);
    frequencies.add(words);
    addToVocabulary(vocabulary, words);
    times.set(article.id, readingTime(body));
  }

  await ensureFolder(folder);
  // Its memos of each distinct word's forms live as long as this analysis, and no longer.
  const forms = new SearchForms(lexicon, vocabulary);
  const pages = new Map<string, ArticleAnalysis>();
  const links = new Map<string, ArticleLinks>();
  const used = new Set<string>();
  for (const article of articles) {
    const { text } = textOf(article);
    const words = normalizedWords(text);
    const named = forms.entitiesNamed(words);
    const extras = forms.extras(text, words, named).join(' ');
    const searchExtras = createHash('sha256').update(extras).digest('hex').slice(0, 24);
    const file = searchExtrasFile(folder, searchExtras);
    if (!used.has(file) && !isCached(file)) await writeWhole(file, extras);
    used.add(file);
    pages.set(article.id, { readingTime: times.get(article.id)!, searchExtras });
    links.set(article.id, { keywords: frequencies.distinctive(words), named: [...named] });
  }
  await pruneFolder(folder, used);
  return { pages, links };
}

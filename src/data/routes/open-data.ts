import { exportRows, type ExportRow } from '../../lib/figures/export.ts';
import type { NewsEntry } from '../../lib/seo/news-sitemap.ts';
import type { Lexicon } from '../../lib/search/extras.ts';
import { absoluteUrl, articlePath } from '../../lib/site/urls.ts';
import { getCatalog } from '../catalog.ts';
import { keyed } from './keyed.ts';

/** Every figure of the site, as the open data's rows (columns documented in the README). */
export async function siteFigures(): Promise<ExportRow[]> {
  return exportRows((await getCatalog()).claims);
}

/** Each topic's figures, as the open data's rows. */
export async function topicFiguresPaths() {
  const { topics, claimsByTopic } = await getCatalog();
  return keyed([...topics.keys()].map((id) => ({ params: { id }, props: { rows: exportRows(claimsByTopic.get(id) ?? []) } })));
}

/** Every article as Google News' sitemap may list it (it keeps the last two days'). */
export async function newsEntries(site: URL | undefined): Promise<NewsEntry[]> {
  const { articles } = await getCatalog();
  return articles.map((a) => ({ url: absoluteUrl(articlePath(a.id), site), title: a.data.title, date: a.data.date }));
}

/** The entities and plurals, normalized, for the search page. */
export async function searchLexicon(): Promise<Lexicon> {
  return (await getCatalog()).lexicon;
}

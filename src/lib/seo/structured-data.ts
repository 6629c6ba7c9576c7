/** A picture by its absolute address and its size in pixels. */
export interface PictureFacts {
  url: string;
  width: number;
  height: number;
}

/** What JSON-LD needs of an article. */
export interface NewsArticleFacts {
  url: string;
  headline: string;
  published: Date;
  modified?: Date | undefined;
  /**
   * When this site last changed the page (its change log's newest commit): the WebPage's
   * dateModified, not the article's, which stays the outlet's own update.
   */
  pageModified?: Date | undefined;
  /** The original article, when known: schema.org's isBasedOn. */
  basedOn?: string | undefined;
  topics: readonly string[];
  /** The outlet that wrote it, unless unnamed. */
  outlet?: { name: string; url?: string | undefined } | undefined;
  /** The article's own picture, else the site's share image: Google shows no article without one. */
  image: PictureFacts;
  siteName: string;
  siteUrl: string;
  /** The site's logo, for its publisher. */
  logo: PictureFacts;
}

/** Pixels as schema.org measures a width: a QuantitativeValue in UN/CEFACT's unit E37 (pixel), not a bare number. */
const pixels = (value: number) => ({ '@type': 'QuantitativeValue', value, unitCode: 'E37' });
const imageObject = ({ url, width, height }: PictureFacts) => ({
  '@type': 'ImageObject',
  url,
  width: pixels(width),
  height: pixels(height),
});

/** A date with its time zone, as schema.org asks: 2025-11-14T00:00:00Z. */
const withZone = (date: Date) => date.toISOString().replace('.000Z', 'Z');

/**
 * schema.org NewsArticle for an article page: the outlet as its author (none for an unattributed
 * text: never invented), this site as its publisher with its logo, and a picture. No `description`: Google's NewsArticle reads
 * none, and the summary is already in the page's description and Open Graph tags and on the
 * page itself; a fourth copy cost every article page about 400 bytes.
 *
 * Two dates of change: the NewsArticle's `dateModified` is the outlet's (its `updated`, else
 * the day it published), as the article's author is the outlet; this site's own changes to
 * its page, from the repository's history, are the WebPage's `dateModified`. An article of
 * 2019 added to the site today is not news of today, which the article's date would claim.
 */
export function newsArticle(facts: NewsArticleFacts): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: facts.headline,
    datePublished: withZone(facts.published),
    dateModified: withZone(facts.modified ?? facts.published),
    inLanguage: 'ar',
    mainEntityOfPage: {
      '@type': 'WebPage',
      '@id': facts.url,
      ...(facts.pageModified ? { dateModified: withZone(facts.pageModified) } : {}),
    },
    image: imageObject(facts.image),
    publisher: { '@type': 'Organization', name: facts.siteName, url: facts.siteUrl, logo: imageObject(facts.logo) },
    ...(facts.outlet
      ? { author: { '@type': 'Organization', name: facts.outlet.name, ...(facts.outlet.url ? { url: facts.outlet.url } : {}) } }
      : {}),
    ...(facts.basedOn ? { isBasedOn: facts.basedOn } : {}),
    about: facts.topics.map((name) => ({ '@type': 'Thing', name })),
  };
}

/** schema.org WebSite with the search page as its SearchAction. */
export function webSite(name: string, siteUrl: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name,
    url: siteUrl,
    inLanguage: 'ar',
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${siteUrl.replace(/\/$/, '')}/search/?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

/** JSON for a <script type="application/ld+json">, with "<" escaped so text cannot end the element. */
export function jsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** What JSON-LD says of one claim. URLs absolute. */
export interface ClaimFacts {
  /** Its permalink. */
  url: string;
  /** "القتلى: نحو 300 جندي". */
  name: string;
  /** The sentence that states it. */
  text: string;
  /** Who makes it, when it is a person or an organisation the site knows; else no author (never invented). */
  author?: { type: 'Person' | 'Organization'; name: string } | undefined;
  /** The article this appearance is in, at its sentence, and its date. */
  appearance: { url: string; published: Date };
  /** The earliest article that reported the same claim. */
  firstAppearance: { url: string; published: Date };
}

/** schema.org Claim: a figure as one article reports it, with where it first appeared. */
export function claim(facts: ClaimFacts): Record<string, unknown> {
  const appearance = ({ url, published }: { url: string; published: Date }) => ({
    '@type': 'NewsArticle',
    url,
    datePublished: withZone(published),
  });
  return {
    '@context': 'https://schema.org',
    '@type': 'Claim',
    '@id': facts.url,
    url: facts.url,
    name: facts.name,
    text: facts.text,
    inLanguage: 'ar',
    ...(facts.author ? { author: { '@type': facts.author.type, name: facts.author.name } } : {}),
    datePublished: withZone(facts.appearance.published),
    appearance: appearance(facts.appearance),
    firstAppearance: appearance(facts.firstAppearance),
  };
}

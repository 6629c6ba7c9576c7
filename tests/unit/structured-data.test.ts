import { describe, expect, it } from 'vitest';
import { jsonLd, newsArticle, webSite } from '../../src/lib/seo/structured-data.ts';

const facts = {
  url: 'https://example.org/articles/a/',
  headline: 'عنوان',
  published: new Date('2025-11-14T00:00:00Z'),
  topics: ['الحرب الروسية الأوكرانية'],
  outlet: { name: 'فوكس نيوز', url: 'https://www.foxnews.com' },
  image: { url: 'https://example.org/share.png', width: 1200, height: 630 },
  siteName: 'مرصد الأخبار',
  siteUrl: 'https://example.org/',
  logo: { url: 'https://example.org/logo.png', width: 512, height: 512 },
};

describe('newsArticle', () => {
  it('carries what news search engines read, dates with a time zone', () => {
    expect(newsArticle({ ...facts, basedOn: 'https://www.foxnews.com/x' })).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'عنوان',
      datePublished: '2025-11-14T00:00:00Z',
      dateModified: '2025-11-14T00:00:00Z',
      inLanguage: 'ar',
      mainEntityOfPage: { '@id': 'https://example.org/articles/a/' },
      publisher: {
        '@type': 'Organization',
        name: 'مرصد الأخبار',
        logo: { '@type': 'ImageObject', url: 'https://example.org/logo.png', width: { value: 512, unitCode: 'E37' } },
      },
      image: {
        '@type': 'ImageObject',
        url: 'https://example.org/share.png',
        width: { '@type': 'QuantitativeValue', value: 1200, unitCode: 'E37' },
      },
      author: { name: 'فوكس نيوز' },
      isBasedOn: 'https://www.foxnews.com/x',
      about: [{ '@type': 'Thing', name: 'الحرب الروسية الأوكرانية' }],
    });
  });

  it('leaves the summary to the page’s description tags: Google’s NewsArticle reads none', () => {
    expect(newsArticle(facts)).not.toHaveProperty('description');
  });

  it('names no author for an unattributed article, and no original it does not know', () => {
    const data = newsArticle({ ...facts, outlet: undefined, modified: new Date('2025-11-16T00:00:00Z') });
    expect(data).not.toHaveProperty('author');
    expect(data).not.toHaveProperty('isBasedOn');
    expect(data.dateModified).toBe('2025-11-16T00:00:00Z');
  });
});

describe('newsArticle’s two dates of change', () => {
  it('keeps the outlet’s date on the article and puts this site’s last change on the page', () => {
    const data = newsArticle({ ...facts, pageModified: new Date('2026-11-21T09:30:58Z') });
    expect(data.dateModified).toBe('2025-11-14T00:00:00Z');
    expect(data.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': facts.url, dateModified: '2026-11-21T09:30:58Z' });
    expect(newsArticle(facts).mainEntityOfPage).not.toHaveProperty('dateModified');
  });
});

describe('webSite', () => {
  it('points its SearchAction at the search page', () => {
    expect(webSite('مرصد الأخبار', 'https://example.org/')).toMatchObject({
      potentialAction: { target: { urlTemplate: 'https://example.org/search/?q={search_term_string}' } },
    });
  });
});

describe('jsonLd', () => {
  it('cannot close its script element', () => {
    expect(jsonLd({ headline: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});

import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  articlePath,
  claimantPath,
  listingPagePath,
  quotePath,
  sourceFeedPath,
  sourcePath,
  topicFeedPath,
  topicFiguresDataPath,
  topicPath,
  topicTimelinePath,
} from '../../src/lib/site/urls.ts';

describe('page addresses', () => {
  it('are root-relative, with the trailing slash the site uses', () => {
    expect(articlePath('north-korean-troops-withdraw-from-kursk')).toBe('/articles/north-korean-troops-withdraw-from-kursk/');
    expect(topicPath('russia-ukraine-war')).toBe('/topics/russia-ukraine-war/');
    expect(topicTimelinePath('russia-ukraine-war')).toBe('/topics/russia-ukraine-war/timeline/');
    expect(sourcePath('cnn-arabic')).toBe('/sources/cnn-arabic/');
    expect(claimantPath('nis')).toBe('/claimants/nis/');
  });

  it('name feeds and open data beside their page', () => {
    expect(topicFeedPath('russia-ukraine-war')).toBe('/topics/russia-ukraine-war/rss.xml');
    expect(sourceFeedPath('cnn-arabic')).toBe('/sources/cnn-arabic/rss.xml');
    expect(topicFiguresDataPath('russia-ukraine-war')).toBe('/topics/russia-ukraine-war/figures');
  });

  it('link a figure to its sentence when it has one', () => {
    expect(quotePath('a', 'quote-2')).toBe('/articles/a/#quote-2');
    expect(quotePath('a', undefined)).toBe('/articles/a/');
  });

  it('number a listing’s archive pages beside its first page', () => {
    expect(listingPagePath('/articles/', 'first')).toBe('/articles/');
    expect(listingPagePath('/articles/', 1)).toBe('/articles/1/');
    expect(listingPagePath('/articles/', 3)).toBe('/articles/3/');
  });

  it('are made absolute against the site, and refuse to guess one', () => {
    expect(absoluteUrl('/articles/a/', new URL('https://akhbar.example/'))).toBe('https://akhbar.example/articles/a/');
    expect(() => absoluteUrl('/articles/a/', undefined)).toThrow(/astro.config.mjs must set it/);
  });
});

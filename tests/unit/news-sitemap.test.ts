import { describe, expect, it } from 'vitest';
import { newsSitemap } from '../../src/lib/seo/news-sitemap.ts';

const entry = (day: string, title = 'عنوان') => ({
  url: `https://example.org/articles/${day}/`,
  title,
  date: new Date(`${day}T00:00:00Z`),
});

describe('newsSitemap', () => {
  const now = new Date('2025-11-15T12:00:00Z');

  it('lists only the last two days’ articles', () => {
    const xml = newsSitemap([entry('2025-11-15'), entry('2025-11-14'), entry('2025-11-10')], 'مرصد الأخبار', now);
    expect(xml.match(/<url>/g)).toHaveLength(2);
    expect(xml).not.toContain('2025-11-10');
  });

  it('names the publication, the Arabic language, the date and the escaped title', () => {
    const xml = newsSitemap([entry('2025-11-15', 'كوريا & روسيا <تحالف>')], 'مرصد الأخبار', now);
    expect(xml).toContain('<news:name>مرصد الأخبار</news:name><news:language>ar</news:language>');
    expect(xml).toContain('<news:publication_date>2025-11-15</news:publication_date>');
    expect(xml).toContain('<news:title>كوريا &amp; روسيا &lt;تحالف&gt;</news:title>');
  });

  it('is a valid empty urlset when nothing is recent', () => {
    expect(newsSitemap([entry('2024-01-01')], 'x', now)).toMatch(/<urlset [^>]+><\/urlset>\n$/);
  });
});

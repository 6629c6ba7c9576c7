import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentWith as contentWithIn, FIXTURES } from './content-folder.ts';
import { checkContent } from '../../src/lib/check/content.ts';

// The check keeps each article's own check between runs (src/lib/check/check-cache.ts). It must
// give what a check without the cache gives, whatever changed between the runs.
const work = mkdtempSync(join(tmpdir(), 'check-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const contentWith = (name: string, files: Record<string, string>) => contentWithIn(work, name, files);

const ARTICLES = {
  'articles/good.mdx': 'good/valid-article.mdx',
  'articles/unknown-source.mdx': 'bad/unknown-source.mdx',
  'articles/quote-not-in-text.mdx': 'bad/quote-not-in-text.mdx',
  'articles/missing-picture.mdx': 'bad/missing-picture.mdx',
};

const summary = (content: string, cacheFile?: string) =>
  checkContent(content, { cacheFile }).problems.map((p) => `${p.file.split('/').pop()}:${p.line} ${p.field} ${p.en}`);

describe('the content check with its cache', () => {
  it('finds what the check without it finds, on the first run and on the next', () => {
    const content = contentWith('same', ARTICLES);
    const cacheFile = join(work, 'same', 'cache.json');
    const uncached = summary(content);
    expect(uncached.length).toBeGreaterThanOrEqual(3);
    expect(summary(content, cacheFile)).toEqual(uncached);
    expect(Object.keys(JSON.parse(readFileSync(cacheFile, 'utf8')).entries)).toHaveLength(4);
    expect(summary(content, cacheFile)).toEqual(uncached);
  });

  it('reads an unchanged article’s check back, and checks an article again when its file changes', () => {
    const content = contentWith('changed', { 'articles/good.mdx': 'good/valid-article.mdx' });
    const cacheFile = join(work, 'changed', 'cache.json');
    expect(summary(content, cacheFile)).toEqual([]);
    // A problem planted in the cache shows that the next run reads it instead of checking.
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8'));
    for (const entry of Object.values(cache.entries) as { problems: unknown[] }[])
      entry.problems.push({ file: 'planted', line: 1, field: 'f', en: 'planted', ar: 'planted' });
    writeFileSync(cacheFile, JSON.stringify(cache));
    expect(summary(content, cacheFile)).toEqual(['planted:1 f planted']);
    // An edit makes it a new file: checked again, and the edit's mistake found.
    const file = join(content, 'articles', 'good.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('source: unattributed', 'source: reuters'));
    expect(summary(content, cacheFile)).toEqual([expect.stringMatching(/^good\.mdx:5 source .*reuters/)]);
  });

  it('checks every article again when the ids it may refer to change', () => {
    const content = contentWith('ids', { 'articles/good.mdx': 'good/valid-article.mdx' });
    const cacheFile = join(work, 'ids', 'cache.json');
    expect(summary(content, cacheFile)).toEqual([]);
    rmSync(join(content, 'topics', 'north-korean-troops-in-russia.yaml'));
    expect(summary(content, cacheFile)).toContainEqual(expect.stringMatching(/^good\.mdx:7 topics\[0\] /));
  });

  it('checks pictures and duplicates across files on every run', () => {
    const content = contentWith('across', { 'articles/first.mdx': 'good/valid-article.mdx' });
    const cacheFile = join(work, 'across', 'cache.json');
    expect(summary(content, cacheFile)).toEqual([]);
    cpSync(join(FIXTURES, 'good/valid-article.mdx'), join(content, 'articles', 'second.mdx'));
    expect(summary(content, cacheFile)).toContainEqual(expect.stringMatching(/^second\.mdx:\d+ body the same article text/));

    const pictured = contentWith('picture', { 'articles/missing-picture.mdx': 'bad/missing-picture.mdx' });
    const pictureCache = join(work, 'picture', 'cache.json');
    writeFileSync(join(pictured, 'articles', 'no-such-photo.jpg'), 'a picture');
    expect(summary(pictured, pictureCache).filter((p) => p.includes('image.src'))).toEqual([]);
    rmSync(join(pictured, 'articles', 'no-such-photo.jpg'));
    expect(summary(pictured, pictureCache)).toContainEqual(expect.stringMatching(/^missing-picture\.mdx:7 image\.src /));
  });

  it('starts afresh from a cache file that was cut short, and keeps only this run’s articles', () => {
    const content = contentWith('broken', ARTICLES);
    const cacheFile = join(work, 'broken', 'cache.json');
    writeFileSync(cacheFile, '{"entries": {"abc"');
    expect(summary(content, cacheFile)).toEqual(summary(content));
    rmSync(join(content, 'articles', 'good.mdx'));
    summary(content, cacheFile);
    expect(Object.keys(JSON.parse(readFileSync(cacheFile, 'utf8')).entries)).toHaveLength(3);
    expect(existsSync(`${cacheFile}.${process.pid}.tmp`)).toBe(false);
  });
});

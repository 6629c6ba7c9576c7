import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { BODY_FIELD, CMS_COLLECTIONS, SLUG_FIELD } from '../../src/lib/cms/config.ts';
import { articleFromFile, articleToFile, entryFromFile, entryToFile, ORIGINAL } from '../../src/lib/cms/formats.ts';

const orderOf = (name: string) => CMS_COLLECTIONS.find((c) => c.name === name)!.fields.map((f) => f.name);

describe('the web editor’s file formats', () => {
  it.each(readdirSync('content/articles'))('opens and saves %s unchanged, byte for byte (comments kept)', (file) => {
    const text = readFileSync(join('content/articles', file), 'utf8');
    expect(articleToFile(articleFromFile(text))).toBe(text);
  });

  it.each(
    ['sources', 'topics', 'metrics', 'entities'].flatMap((folder) => readdirSync(join('content', folder)).map((f) => join(folder, f))),
  )('opens and saves %s unchanged, byte for byte', (path) => {
    const text = readFileSync(join('content', path), 'utf8');
    expect(entryToFile(entryFromFile(text), orderOf(path.split('/')[0]!))).toBe(text);
  });

  it('changes only the field the editor changed, and keeps the comments of the rest', () => {
    const text = readFileSync('content/articles/north-korean-troops-clear-mines-in-kursk.mdx', 'utf8');
    const data = articleFromFile(text);
    const saved = articleToFile({ ...data, title: 'عنوان جديد' });
    const split = splitFrontmatter(saved);
    if ('gap' in split) throw new Error('no frontmatter');
    expect(parse(split.yaml).title).toBe('عنوان جديد');
    expect(saved).toContain('# Headline written by the editor from the first sentence');
    expect(saved.replace(/^title: .*$/m, '')).toBe(text.replace(/^title: .*$/m, ''));
  });

  it('keeps the picture one object in the file, a list of at most one in the form', () => {
    const text = '---\ntitle: عنوان\nimage:\n  src: ./a.jpg\n  alt: وصف\n  credit: رويترز\n---\n\nنص.\n';
    const data = articleFromFile(text);
    expect(data.image).toEqual([{ src: './a.jpg', alt: 'وصف', credit: 'رويترز' }]);
    expect(articleToFile(data)).toBe(text);
    expect(articleToFile({ ...data, image: [] })).toBe('---\ntitle: عنوان\n---\n\nنص.\n');
  });

  it('opens an outlet’s unknown owner and funding as blank fields, and writes a blank fact of a named outlet as unknown', () => {
    const text = readFileSync('content/sources/step-news-agency.yaml', 'utf8');
    const data = entryFromFile(text);
    expect([data.owner, data.funding, data.ownership]).toEqual([undefined, undefined, { kind: 'unknown' }]);
    const order = orderOf('sources');
    const fresh = parse(
      entryToFile(
        { name: 'وكالة', latinName: 'Agency', country: 'unknown', kind: 'agency', owner: { ar: '', latin: '', cite: '' } },
        order,
      ),
    );
    expect(fresh).toMatchObject({ owner: 'unknown', ownership: { kind: 'unknown' }, funding: 'unknown' });
    const known = { ar: 'مالك', latin: 'Owner', cite: 'https://example.org/owner' };
    expect(parse(entryToFile({ ...data, owner: known }, order)).owner).toEqual(known);
    // The unattributed entry has no profile: its blanks are written as nothing.
    const unattributed = parse(entryToFile({ name: 'غير مسمّى', latinName: 'Unattributed', unattributed: true, owner: {} }, order));
    expect(Object.keys(unattributed)).toEqual(['name', 'latinName', 'unattributed']);
  });

  it('writes a new article in the form’s order, without its file name or blank fields, the body as MDX', () => {
    const file = articleToFile({
      [SLUG_FIELD]: 'new-article',
      [BODY_FIELD]: 'قال المتحدث إن العدد {نحو 300}.',
      title: 'عنوان',
      date: '2025-02-03',
      summary: 'ملخص.',
      source: 'reuters',
      topics: ['north-korean-troops-in-russia'],
      sourceUrl: '',
      updated: null,
      // As Decap gives it: the select's default first; written in the form's order.
      figures: [
        { qualifier: 'about', metric: 'troops-killed', value: 300, claimant: 'المتحدث', quote: 'نحو 300', claimantId: '', asOf: '' },
      ],
      image: [],
    });
    expect(file).toBe(
      [
        '---',
        'title: عنوان',
        'summary: ملخص.',
        'date: 2025-02-03',
        'source: reuters',
        'topics:',
        '  - north-korean-troops-in-russia',
        'figures:',
        '  - metric: troops-killed',
        '    value: 300',
        '    qualifier: about',
        '    claimant: المتحدث',
        '    quote: نحو 300',
        '---',
        '',
        'قال المتحدث إن العدد \\{نحو 300}.',
        '',
      ].join('\n'),
    );
    expect(file).not.toContain(ORIGINAL);
  });
});

import { describe, expect, it } from 'vitest';
import { editDistance, nearestId } from '../../src/lib/content/nearest.ts';
import { checkArticleFields } from '../../src/lib/check/fields.ts';
import {
  articleReferences,
  brokenParents,
  brokenReferences,
  formatProblems,
  topicReferences,
  unknownReference,
} from '../../src/lib/content/references.ts';

const known = {
  sources: new Set(['cnn-arabic', 'fox-news', 'unattributed']),
  topics: new Set(['russia-ukraine-war', 'north-korean-troops-in-russia']),
  metrics: new Set(['killed', 'wounded', 'troops-sent']),
  entities: new Set(['nis', 'volodymyr-zelensky']),
};
const article = (source: string, topics: string[], metrics: string[]) => ({
  id: 'a',
  filePath: 'content/articles/a.mdx',
  data: { source: { id: source }, topics: topics.map((id) => ({ id })), figures: metrics.map((id) => ({ metric: { id } })) },
});

describe('nearestId', () => {
  it('measures edits between ids', () => {
    expect(editDistance('fox-news', 'fox-news')).toBe(0);
    expect(editDistance('fox-new', 'fox-news')).toBe(1);
    expect(editDistance('cnn', 'fox')).toBe(3);
  });

  it('suggests a likely typo’s intended id, and nothing for an unrelated one', () => {
    expect(nearestId('cnn-arabik', known.sources)).toBe('cnn-arabic');
    expect(nearestId('kiled', known.metrics)).toBe('killed');
    expect(nearestId('reuters', known.sources)).toBeUndefined();
  });
});

describe('brokenReferences', () => {
  it('finds nothing wrong with correct references', () => {
    expect(brokenReferences([article('fox-news', ['russia-ukraine-war'], ['killed'])], known)).toEqual([]);
  });

  it('names the file and field of every broken reference, all at once', () => {
    const problems = brokenReferences([article('cnn-arabik', ['russia-ukraine-war', 'kursk'], ['killed', 'kiled'])], known);
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['content/articles/a.mdx', 'source'],
      ['content/articles/a.mdx', 'topics[1]'],
      ['content/articles/a.mdx', 'figures[1].metric'],
    ]);
  });

  it('says how to fix it: the nearest id, the known ids, or the file to add', () => {
    const [typo] = brokenReferences([article('cnn-arabik', ['russia-ukraine-war'], [])], known);
    expect(typo!.message).toBe(
      '"cnn-arabik" is not in content/sources/ — did you mean "cnn-arabic"? ' +
        'use one of: cnn-arabic, fox-news, unattributed, or add content/sources/cnn-arabik.yaml',
    );
    const [unknown] = brokenReferences([article('reuters', ['russia-ukraine-war'], [])], known);
    expect(unknown!.message).not.toContain('did you mean');
  });

  it('checks the claimant entity of each figure', () => {
    const withClaimant = {
      id: 'a',
      filePath: 'content/articles/a.mdx',
      data: {
        source: { id: 'fox-news' },
        topics: [{ id: 'russia-ukraine-war' }],
        figures: [{ metric: { id: 'killed' }, claimantId: { id: 'zelensky' } }],
      },
    };
    const [problem] = brokenReferences([withClaimant], known);
    expect([problem!.field, problem!.message]).toEqual(['figures[0].claimantId', expect.stringContaining('is not in content/entities/')]);
  });

  it('checks each relay of a figure’s chain, at its place in via', () => {
    const relayed = {
      id: 'a',
      filePath: 'content/articles/a.mdx',
      data: {
        source: { id: 'fox-news' },
        topics: [{ id: 'russia-ukraine-war' }],
        figures: [{ metric: { id: 'killed' }, claimantId: { id: 'nis' }, via: [{ id: 'volodymyr-zelensky' }, { id: 'reuter' }] }],
      },
    };
    const [problem, ...rest] = brokenReferences([relayed], known);
    expect(rest).toEqual([]);
    expect([problem!.field, problem!.message]).toEqual([
      'figures[0].via[1]',
      expect.stringContaining('"reuter" is not in content/entities/'),
    ]);
  });

  it('checks topics’ parents too', () => {
    const topics = [
      { id: 'kursk', filePath: 'content/topics/kursk.yaml', data: { parent: { id: 'russia-ukrain-war' } } },
      { id: 'war', filePath: 'content/topics/war.yaml', data: {} },
    ];
    const problems = brokenParents(topics, known.topics);
    expect(problems).toHaveLength(1);
    expect(formatProblems(problems)).toMatch(
      /^content\/topics\/kursk\.yaml {2}parent {2}"russia-ukrain-war" .*did you mean "russia-ukraine-war"/,
    );
  });
});

describe('unknownReference, the one rule every caller asks', () => {
  it('passes an id that exists, and says what is wrong with one that does not, in English and Arabic', () => {
    expect(unknownReference(['source'], 'fox-news', 'sources', known.sources)).toBeUndefined();
    expect(unknownReference(['figures', 0, 'metric'], 'kiled', 'metrics', known.metrics)).toEqual({
      field: 'figures[0].metric',
      en: '"kiled" is not in content/metrics/ — did you mean "killed"? use one of: killed, troops-sent, wounded, or add content/metrics/kiled.yaml',
      ar: '«kiled» غير موجود في المقاييس (content/metrics/) — هل تقصد «killed»؟ المعرّفات الموجودة: killed, troops-sent, wounded',
    });
  });

  it('finds the same references in raw YAML (the check) and in Astro’s entries (the catalog)', () => {
    const raw = { source: 'fox-news', topics: ['war', 7], figures: [{ metric: 'killed', claimantId: 'nis' }, { metric: '' }] };
    const astro = {
      source: { id: 'fox-news' },
      topics: [{ id: 'war' }],
      figures: [{ metric: { id: 'killed' }, claimantId: { id: 'nis' } }],
    };
    const expected = [
      { path: ['source'], id: 'fox-news', collection: 'sources' },
      { path: ['topics', 0], id: 'war', collection: 'topics' },
      { path: ['figures', 0, 'metric'], id: 'killed', collection: 'metrics' },
      { path: ['figures', 0, 'claimantId'], id: 'nis', collection: 'entities' },
    ];
    expect(articleReferences(raw)).toEqual(expected);
    expect(articleReferences(astro)).toEqual(expected);
    expect(topicReferences({ parent: 'war' })).toEqual([{ path: ['parent'], id: 'war', collection: 'topics' }]);
    expect(topicReferences({})).toEqual([]);
  });

  it('is what the catalog reports before any page is built', () => {
    const [problem] = brokenReferences([article('fox-news', ['russia-ukraine-war'], ['kiled'])], known);
    expect(problem!.message).toBe(unknownReference(['figures', 0, 'metric'], 'kiled', 'metrics', known.metrics)!.en);
  });

  it('is what npm run check reports, at the field’s line', () => {
    const data = { source: 'cnn-arabik', topics: ['russia-ukraine-war'], figures: [] };
    const problems = checkArticleFields('a.mdx', data, (path) => (path[0] === 'source' ? 5 : 1), known).filter((p) => p.field === 'source');
    expect(problems).toEqual([{ file: 'a.mdx', line: 5, ...unknownReference(['source'], 'cnn-arabik', 'sources', known.sources)! }]);
  });
});

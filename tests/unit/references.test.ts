import { describe, expect, it } from 'vitest';
import { editDistance, nearestId } from '../../src/lib/content/nearest.ts';
import { brokenParents, brokenReferences, formatProblems } from '../../src/lib/content/references.ts';

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

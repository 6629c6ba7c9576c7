import { describe, expect, it } from 'vitest';
import { byMonth, groupArticles, mainTopicId, mainTopicNeighbours, pushTo } from '../../src/lib/listing/grouping.ts';

const article = (id: string, source: string, topics: string[]) => ({
  id,
  data: { date: new Date(0), source: { id: source }, topics: topics.map((t) => ({ id: t })) },
});

describe('groupArticles', () => {
  const sorted = [
    article('newest', 'cnn-arabic', ['troops', 'war']),
    article('middle', 'fox-news', ['war']),
    article('oldest', 'cnn-arabic', ['troops', 'relations']),
  ];
  const { byTopic, bySource } = groupArticles(sorted);

  it('lists each article under every one of its topics, keeping the order', () => {
    expect(byTopic.get('troops')?.map((a) => a.id)).toEqual(['newest', 'oldest']);
    expect(byTopic.get('war')?.map((a) => a.id)).toEqual(['newest', 'middle']);
    expect(byTopic.get('relations')?.map((a) => a.id)).toEqual(['oldest']);
  });

  it('lists each article under its outlet', () => {
    expect(bySource.get('cnn-arabic')?.map((a) => a.id)).toEqual(['newest', 'oldest']);
    expect(bySource.get('fox-news')?.map((a) => a.id)).toEqual(['middle']);
  });

  it('has no group for a topic no article uses', () => {
    expect(byTopic.has('unused')).toBe(false);
  });
});

describe('mainTopicId', () => {
  it('is the first topic the editor listed', () => {
    expect(mainTopicId(article('a', 's', ['troops', 'war']))).toBe('troops');
  });

  it('refuses an article without topics, naming it', () => {
    expect(() => mainTopicId(article('lonely', 's', []))).toThrow(/lonely: an article needs at least one topic/);
  });
});

describe('mainTopicNeighbours', () => {
  const sorted = [
    article('c', 's', ['troops']),
    article('b', 's', ['war', 'troops']),
    article('a', 's', ['troops']),
    article('z', 's', ['war']),
  ];
  const neighbours = mainTopicNeighbours(groupArticles(sorted).byTopic);
  const ids = (id: string) => {
    const found = neighbours.get(id);
    return found && { newer: found.newer?.id, older: found.older?.id };
  };

  it('gives the newer and the older article around one in the middle of its main topic', () => {
    expect(ids('a')).toEqual({ newer: 'b', older: undefined });
  });

  it('has no newer article for the newest and no older one for the oldest', () => {
    expect(ids('c')).toEqual({ newer: undefined, older: 'b' });
  });

  it('follows the main topic, the first listed, not the others', () => {
    expect(ids('b')).toEqual({ newer: undefined, older: 'z' });
    expect(ids('z')).toEqual({ newer: 'b', older: undefined });
  });
});

describe('pushTo', () => {
  it('starts a list under a new key and appends to an existing one', () => {
    const map = new Map<string, number[]>();
    pushTo(map, 'a', 1);
    pushTo(map, 'a', 2);
    pushTo(map, 'b', 3);
    expect([...map.entries()]).toEqual([
      ['a', [1, 2]],
      ['b', [3]],
    ]);
  });
});

describe('byMonth', () => {
  const dated = (id: string, day: string) => ({ id, data: { date: new Date(`${day}T00:00:00Z`) } });

  it('groups a newest-first list by month, newest month first, keeping the order inside', () => {
    const months = byMonth([dated('c', '2025-11-14'), dated('b', '2025-11-02'), dated('a', '2025-02-04')]);
    expect(months.map((m) => [m.month, m.articles.map((a) => a.id)])).toEqual([
      ['2025-11', ['c', 'b']],
      ['2025-02', ['a']],
    ]);
  });

  it('is empty for no articles', () => {
    expect(byMonth([])).toEqual([]);
  });
});

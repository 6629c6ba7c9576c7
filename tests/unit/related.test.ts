import { describe, expect, it } from 'vitest';
import { CANDIDATE_WINDOW, DocumentFrequencies, relatedArticles, termCounts, type RelatedInput } from '../../src/lib/listing/related.ts';

const article = (
  id: string,
  day: number,
  source: string,
  topics: string[],
  entities: string[] = [],
  keywords: string[] = [],
): RelatedInput => ({
  id,
  time: day * 86_400_000,
  source,
  topics,
  entities,
  keywords: new Set(keywords),
});

describe('relatedArticles', () => {
  const articles = [
    article('a', 10, 'fox', ['troops', 'war'], ['kursk', 'kim'], ['الغام', 'مهندسين']),
    article('b', 9, 'cnn', ['troops', 'war'], ['kursk'], ['الغام', 'مهندسين']),
    article('c', 8, 'fox', ['troops', 'war'], ['kursk'], ['الغام']),
    article('d', 7, 'step', ['relations'], ['kim'], []),
    article('e', 6, 'bbc', ['weather'], [], ['مطر']),
  ];
  const related = relatedArticles(articles);

  it('prefers the same story from another outlet', () => {
    expect(related.get('a')![0]).toBe('b');
    expect(related.get('a')!.indexOf('b')).toBeLessThan(related.get('a')!.indexOf('c'));
  });

  it('needs a shared topic or entity: an unrelated article never shows', () => {
    expect(related.get('a')).not.toContain('e');
    expect(related.get('e')).toEqual([]);
  });

  it('finds articles through a shared entity alone', () => {
    expect(related.get('d')).toEqual(['a']);
  });

  it('shows at most five', () => {
    const many = Array.from({ length: 12 }, (_, i) => article(`x${i}`, i, `s${i % 3}`, ['troops']));
    for (const list of relatedArticles(many).values()) expect(list.length).toBeLessThanOrEqual(5);
  });

  it('looks only at the articles nearest in time in each list, so the work stays linear', () => {
    const many = Array.from({ length: CANDIDATE_WINDOW * 4 }, (_, i) => article(`x${i}`, i, `s${i % 5}`, ['troops']));
    const related = relatedArticles(many);
    const far = related.get('x0')!.map((id) => Number(id.slice(1)));
    expect(Math.max(...far)).toBeLessThan(CANDIDATE_WINDOW);
  });
});

describe('DocumentFrequencies', () => {
  it('keeps the same best words as sorting every word would, ties by code units', () => {
    // A small fixed generator: texts with many equal scores, so the tie-break is exercised.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const vocabulary = Array.from({ length: 60 }, (_, i) => `كلمة${String.fromCharCode(0x0628 + (i % 20))}${i}`);
    const texts = Array.from({ length: 40 }, () =>
      Array.from({ length: 5 + Math.floor(next() * 80) }, () => vocabulary[Math.floor(next() * 60)]!),
    );
    const frequencies = new DocumentFrequencies();
    for (const words of texts) frequencies.add(words);
    for (const words of texts) {
      const counts = termCounts(words);
      const sorted = [...counts]
        .map(([word, tf]) => [word, tf * Math.log(texts.length / texts.filter((t) => t.includes(word)).length)] as const)
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
        .map(([word]) => word);
      for (const count of [1, 5, 24]) expect([...frequencies.distinctiveTerms(counts, count)]).toEqual(sorted.slice(0, count));
    }
  });

  it('picks the words rare in the corpus over the common ones', () => {
    const texts = [
      ['قوات', 'قوات', 'الغام', 'الغام', 'الغام'],
      ['قوات', 'روسيا'],
      ['قوات', 'طقس'],
    ];
    const frequencies = new DocumentFrequencies();
    for (const words of texts) frequencies.add(words);
    expect([...frequencies.distinctive(texts[0]!, 1)]).toEqual(['الغام']);
  });
});

import { pushTo } from './grouping.ts';

/** What related coverage needs of an article. */
export interface RelatedInput {
  id: string;
  /** Milliseconds, for nearness in time. */
  time: number;
  source: string;
  /** Topic ids, the main one first. */
  topics: readonly string[];
  /** Entities the text names. */
  entities: readonly string[];
  /** The article's most distinctive words (see DocumentFrequencies.distinctive). */
  keywords: ReadonlySet<string>;
}

/** How many related articles an article shows. */
export const RELATED_COUNT = 5;
/** How many articles nearest in time each topic or entity list offers as candidates. */
export const CANDIDATE_WINDOW = 60;

/** Code-unit order: a stable tie-break, and unlike localeCompare cheap enough to call millions of times. */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** How many distinctive words each article keeps for related coverage. */
export const KEYWORD_COUNT = 24;

/**
 * A text's terms: its words that can be distinctive (longer than two letters), each with how
 * many times the text has it. All that DocumentFrequencies needs of a text.
 */
export function termCounts(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words) if (word.length > 2) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** How many texts each word is in, counted one text at a time: the corpus need not be held. */
export class DocumentFrequencies {
  private readonly counts = new Map<string, number>();
  /** Texts counted. */
  texts = 0;

  add(words: readonly string[]): void {
    this.texts++;
    for (const word of new Set(words)) this.counts.set(word, (this.counts.get(word) ?? 0) + 1);
  }

  /**
   * The words that set one counted text apart: its words weighted by how rare they are in the
   * corpus (tf-idf), the top `count`.
   */
  distinctive(words: readonly string[], count = KEYWORD_COUNT): Set<string> {
    return this.distinctiveTerms(termCounts(words), count);
  }

  /**
   * distinctive, for a text's terms already counted (termCounts). Only the best `count` are
   * kept as the terms go by, in order (score, then code units): sorting every term of every
   * text was 25 s of a build at 100,000 articles, for 24 words a text.
   */
  distinctiveTerms(terms: Iterable<readonly [string, number]>, count = KEYWORD_COUNT): Set<string> {
    const best: { word: string; score: number }[] = [];
    const before = (a: { word: string; score: number }, b: { word: string; score: number }) =>
      a.score > b.score || (a.score === b.score && a.word < b.word);
    for (const [word, tf] of terms) {
      const term = { word, score: tf * Math.log(this.texts / (this.counts.get(word) ?? 1)) };
      if (best.length === count && !before(term, best[count - 1]!)) continue;
      let at = best.length;
      while (at > 0 && before(term, best[at - 1]!)) at--;
      best.splice(at, 0, term);
      if (best.length > count) best.pop();
    }
    // A copy, not a slice of the text: V8 may keep a whole text alive for a sliced word.
    return new Set(best.map(({ word }) => (' ' + word).slice(1)));
  }
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** The candidates of a posting list nearest in time to position `at` of it (lists are time-sorted). */
function window<T>(list: readonly T[], at: number): readonly T[] {
  const half = CANDIDATE_WINDOW / 2;
  const start = Math.max(0, Math.min(at - half, list.length - CANDIDATE_WINDOW));
  return list.slice(start, start + CANDIDATE_WINDOW);
}

/**
 * For every article, up to five related ones: the same story told by other outlets first. A
 * candidate must share a topic or an entity; it scores for sharing the main topic, other
 * topics, entities and distinctive words, and for coming from another outlet. Candidates come
 * only from each topic's and entity's articles nearest in time, so the work stays linear.
 */
export function relatedArticles(articles: readonly RelatedInput[]): Map<string, string[]> {
  const sorted = [...articles].sort((a, b) => b.time - a.time || byCodeUnits(a.id, b.id));
  const lists = new Map<string, RelatedInput[]>();
  for (const article of sorted) {
    for (const topic of article.topics) pushTo(lists, `topic:${topic}`, article);
    for (const entity of article.entities) pushTo(lists, `entity:${entity}`, article);
  }
  const positions = new Map<string, Map<string, number>>();
  for (const [key, list] of lists) positions.set(key, new Map(list.map((a, i) => [a.id, i])));

  const result = new Map<string, string[]>();
  for (const article of sorted) {
    const candidates = new Map<string, RelatedInput>();
    const keys = [...article.topics.map((t) => `topic:${t}`), ...article.entities.map((e) => `entity:${e}`)];
    for (const key of keys) {
      for (const other of window(lists.get(key)!, positions.get(key)!.get(article.id)!)) {
        if (other.id !== article.id) candidates.set(other.id, other);
      }
    }
    const scored = [...candidates.values()].map((other) => {
      const topics = article.topics.filter((t) => other.topics.includes(t)).length;
      const entities = article.entities.filter((e) => other.entities.includes(e)).length;
      const score =
        (other.topics[0] === article.topics[0] ? 3 : 0) +
        topics +
        Math.min(entities, 5) * 0.6 +
        overlap(article.keywords, other.keywords) * 6 +
        (other.source !== article.source ? 2 : 0);
      return { id: other.id, score, time: other.time };
    });
    scored.sort(
      (a, b) => b.score - a.score || Math.abs(a.time - article.time) - Math.abs(b.time - article.time) || byCodeUnits(a.id, b.id),
    );
    result.set(
      article.id,
      scored.slice(0, RELATED_COUNT).map((s) => s.id),
    );
  }
  return result;
}

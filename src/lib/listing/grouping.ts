import { monthOf } from '../content/calendar-dates.ts';
/** An article as the listings see it: its id, date, outlet and topics by id. */
export interface Listed {
  id: string;
  data: { date: Date; source: { id: string }; topics: readonly { id: string }[] };
}

/** Appends a value to the list a map keeps under `key`, starting the list when needed. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Groups articles (already sorted) under each of their topics and under their outlet, in one
 * pass, keeping the sorted order inside every group.
 */
export function groupArticles<T extends Listed>(sorted: readonly T[]) {
  const byTopic = new Map<string, T[]>();
  const bySource = new Map<string, T[]>();
  for (const article of sorted) {
    for (const topic of article.data.topics) pushTo(byTopic, topic.id, article);
    pushTo(bySource, article.data.source.id, article);
  }
  return { byTopic, bySource };
}

/** The main topic of an article: the first one its editor listed. */
export function mainTopicId(article: Listed): string {
  const first = article.data.topics[0];
  if (!first) throw new Error(`${article.id}: an article needs at least one topic`);
  return first.id;
}

/**
 * Every article's neighbours in its main topic, by article id, in one pass over the groups:
 * `newer` was published after it, `older` before it (undefined at the ends of the list).
 * Looking each article up in its topic's list instead cost a scan per page: at 10,000 articles
 * in one topic, 50 million comparisons and 20 seconds of every build.
 */
export function mainTopicNeighbours<T extends Listed>(byTopic: ReadonlyMap<string, readonly T[]>) {
  const result = new Map<string, { newer: T | undefined; older: T | undefined }>();
  for (const [topic, list] of byTopic) {
    list.forEach((article, index) => {
      if (mainTopicId(article) === topic) result.set(article.id, { newer: list[index - 1], older: list[index + 1] });
    });
  }
  return result;
}

/**
 * Articles (newest first) grouped by the month they were published, newest month first:
 * a topic's timeline. Months with no article do not appear.
 */
export function byMonth<T extends { data: { date: Date } }>(newestFirstList: readonly T[]): { month: string; articles: T[] }[] {
  const months: { month: string; articles: T[] }[] = [];
  for (const article of newestFirstList) {
    const month = monthOf(article.data.date);
    const last = months.at(-1);
    if (last?.month === month) last.articles.push(article);
    else months.push({ month, articles: [article] });
  }
  return months;
}

/** An article as the listings see it: its id, date, outlet and topics by id. */
export interface Listed {
  id: string;
  data: { date: Date; source: { id: string }; topics: ReadonlyArray<{ id: string }> };
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
 * The articles on either side of `id` in a newest-first list: `newer` was published after
 * it, `older` before it. Either is undefined at the ends of the list.
 */
export function neighbours<T extends { id: string }>(newestFirstList: readonly T[], id: string) {
  const index = newestFirstList.findIndex((entry) => entry.id === id);
  if (index === -1) return { newer: undefined, older: undefined };
  return { newer: newestFirstList[index - 1], older: newestFirstList[index + 1] };
}

/**
 * Articles (newest first) grouped by the month they were published, newest month first:
 * a topic's timeline. Months with no article do not appear.
 */
export function byMonth<T extends { data: { date: Date } }>(newestFirstList: readonly T[]): Array<{ month: string; articles: T[] }> {
  const months: Array<{ month: string; articles: T[] }> = [];
  for (const article of newestFirstList) {
    const month = article.data.date.toISOString().slice(0, 7);
    const last = months.at(-1);
    if (last?.month === month) last.articles.push(article);
    else months.push({ month, articles: [article] });
  }
  return months;
}

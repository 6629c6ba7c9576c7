import { nearestId } from './nearest.ts';

/** An article as far as its references to other collections go. */
export interface ReferencingArticle {
  id: string;
  filePath?: string | undefined;
  data: {
    source: { id: string };
    topics: readonly { id: string }[];
    figures: readonly { metric: { id: string }; claimantId?: { id: string } | undefined }[];
  };
}

export interface KnownIds {
  sources: ReadonlySet<string>;
  topics: ReadonlySet<string>;
  metrics: ReadonlySet<string>;
  entities: ReadonlySet<string>;
}

/** One problem, in the form editors read: where, which field, what is wrong and how to fix it. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

/** A topic as far as its parent goes. */
export interface ReferencingTopic {
  id: string;
  filePath?: string | undefined;
  data: { parent?: { id: string } | undefined };
}

interface Located { id: string; filePath?: string | undefined }

function unknownId(entry: Located, field: string, id: string, folder: keyof KnownIds, known: ReadonlySet<string>): ContentProblem {
  const suggestion = nearestId(id, known);
  return {
    file: entry.filePath ?? entry.id,
    field,
    message:
      `"${id}" is not in content/${folder}/ — ` +
      (suggestion ? `did you mean "${suggestion}"? ` : '') +
      `use one of: ${[...known].sort().join(', ')}, or add content/${folder}/${id}.yaml`,
  };
}

/**
 * Every reference from articles to sources, topics and metrics that points nowhere. Astro only
 * logs these and goes on building; this lists them all, so the build can stop before any page.
 */
export function brokenReferences(articles: readonly ReferencingArticle[], known: KnownIds): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const article of articles) {
    const { source, topics, figures } = article.data;
    if (!known.sources.has(source.id)) problems.push(unknownId(article, 'source', source.id, 'sources', known.sources));
    topics.forEach((topic, i) => {
      if (!known.topics.has(topic.id)) problems.push(unknownId(article, `topics[${i}]`, topic.id, 'topics', known.topics));
    });
    figures.forEach((figure, i) => {
      if (!known.metrics.has(figure.metric.id)) {
        problems.push(unknownId(article, `figures[${i}].metric`, figure.metric.id, 'metrics', known.metrics));
      }
      const claimant = figure.claimantId?.id;
      if (claimant !== undefined && !known.entities.has(claimant)) {
        problems.push(unknownId(article, `figures[${i}].claimantId`, claimant, 'entities', known.entities));
      }
    });
  }
  return problems;
}

/** Topics whose parent topic does not exist. */
export function brokenParents(topics: readonly ReferencingTopic[], knownTopics: ReadonlySet<string>): ContentProblem[] {
  return topics.flatMap((topic) => {
    const parent = topic.data.parent?.id;
    return parent === undefined || knownTopics.has(parent) ? [] : [unknownId(topic, 'parent', parent, 'topics', knownTopics)];
  });
}

/** One line a problem: `file  field  what is wrong — how to fix it`. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems.map((p) => `${p.file}  ${p.field}  ${p.message}`).join('\n');
}

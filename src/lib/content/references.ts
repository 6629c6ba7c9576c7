import { fieldName } from '../check/messages.ts';
import type { Problem } from '../check/problem.ts';
import { badRelations, metricReferences } from './metric-relations.ts';
import { nearestId } from './nearest.ts';

/** The content folders other entries refer to by id: an id is a file name there, without .yaml. */
export type Collection = 'sources' | 'topics' | 'metrics' | 'entities';

/** The ids each kind of reference may name. */
export type KnownIds = Record<Collection, ReadonlySet<string>>;

const ARABIC_FOLDER: Record<Collection, string> = {
  sources: 'المصادر',
  topics: 'المواضيع',
  metrics: 'المقاييس',
  entities: 'الجهات',
};

/** One reference an entry makes: where in the entry, the id it names, and in which folder. */
export interface Reference {
  path: (string | number)[];
  id: string;
  collection: Collection;
}

/** A reference that points nowhere, as the check reports it, less the file and line. */
export type UnknownReference = Pick<Problem, 'field' | 'en' | 'ar'>;

/**
 * The rule "this id must exist in content/<collection>/", in one place: undefined when it
 * does, else the problem with the ids that exist and the nearest one (a likely typo). The
 * check (src/lib/check/), the catalog's guard before any page (src/data/catalog.ts) and the
 * editor tools (scripts/editor/cli.ts) all ask this.
 */
export function unknownReference(path: readonly (string | number)[], id: string, collection: Collection, known: ReadonlySet<string>): UnknownReference | undefined {
  if (known.has(id)) return undefined;
  const suggestion = nearestId(id, known);
  const list = [...known].sort().join(', ');
  return {
    field: fieldName(path),
    en: `"${id}" is not in content/${collection}/ — ${suggestion ? `did you mean "${suggestion}"? ` : ''}use one of: ${list}, or add content/${collection}/${id}.yaml`,
    ar: `«${id}» غير موجود في ${ARABIC_FOLDER[collection]} (content/${collection}/) — ${suggestion ? `هل تقصد «${suggestion}»؟ ` : ''}المعرّفات الموجودة: ${list}`,
  };
}

/** A reference's id, written as a plain id (the check reads raw YAML) or as Astro's { id }. */
function idOf(value: unknown): string | undefined {
  const id = value !== null && typeof value === 'object' ? (value as { id?: unknown }).id : value;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

function reference(path: (string | number)[], value: unknown, collection: Collection): Reference[] {
  const id = idOf(value);
  return id === undefined ? [] : [{ path, id, collection }];
}

const listed = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * Every reference an article's frontmatter makes: its source, its topics, and each figure's
 * metric, claimant and relays. Values that are not ids are left to the schema, which says what to write.
 */
export function articleReferences(data: unknown): Reference[] {
  const article = (data ?? {}) as { source?: unknown; topics?: unknown; figures?: unknown };
  return [
    ...reference(['source'], article.source, 'sources'),
    ...listed(article.topics).flatMap((topic, i) => reference(['topics', i], topic, 'topics')),
    ...listed(article.figures).flatMap((figure, i) => {
      const f = (figure ?? {}) as { metric?: unknown; claimantId?: unknown; via?: unknown };
      return [
        ...reference(['figures', i, 'metric'], f.metric, 'metrics'),
        ...reference(['figures', i, 'claimantId'], f.claimantId, 'entities'),
        ...listed(f.via).flatMap((relay, j) => reference(['figures', i, 'via', j], relay, 'entities')),
      ];
    }),
  ];
}

/** A topic's reference to its parent topic, if it has one. */
export function topicReferences(data: unknown): Reference[] {
  return reference(['parent'], (data as { parent?: unknown } | null)?.parent, 'topics');
}

/** Each of an entry's references that points nowhere, with where it is in the entry. */
export function unknownReferences(references: readonly Reference[], known: KnownIds): (UnknownReference & { path: (string | number)[] })[] {
  return references.flatMap(({ path, id, collection }) => {
    const problem = unknownReference(path, id, collection, known[collection]);
    return problem ? [{ ...problem, path }] : [];
  });
}

/** One problem of the catalog's guard, in the form editors read: where, which field, what is wrong and how to fix it. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

/** An entry of a collection, as Astro gives it. */
interface Entry {
  id: string;
  filePath?: string | undefined;
  data: unknown;
}

function brokenIn(entries: readonly Entry[], referencesOf: (data: unknown) => Reference[], known: KnownIds): ContentProblem[] {
  return entries.flatMap((entry) =>
    unknownReferences(referencesOf(entry.data), known).map((p) => ({ file: entry.filePath ?? entry.id, field: p.field, message: p.en })),
  );
}

/**
 * Every reference from articles to sources, topics, metrics and entities that points nowhere.
 * Astro only logs these and goes on building; this lists them all, so the build can stop
 * before any page.
 */
export function brokenReferences(articles: readonly Entry[], known: KnownIds): ContentProblem[] {
  return brokenIn(articles, articleReferences, known);
}

/** Topics whose parent topic does not exist. */
export function brokenParents(topics: readonly Entry[], knownTopics: ReadonlySet<string>): ContentProblem[] {
  return brokenIn(topics, topicReferences, { sources: new Set(), topics: knownTopics, metrics: new Set(), entities: new Set() });
}

/**
 * Metrics whose relations (sumOf, projectionOf) name a metric that does not exist, the metric
 * itself, or a part twice (metric-relations.ts).
 */
export function brokenMetricRelations(metrics: readonly Entry[], knownMetrics: ReadonlySet<string>): ContentProblem[] {
  const known = { sources: new Set<string>(), topics: new Set<string>(), metrics: knownMetrics, entities: new Set<string>() };
  return [
    ...brokenIn(metrics, metricReferences, known),
    ...metrics.flatMap((entry) => badRelations(entry.id, entry.data).map((p) => ({ file: entry.filePath ?? entry.id, field: p.field, message: p.en }))),
  ];
}

/** One line a problem: `file  field  what is wrong — how to fix it`. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems.map((p) => `${p.file}  ${p.field}  ${p.message}`).join('\n');
}

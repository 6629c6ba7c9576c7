import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative } from 'node:path';
import { z } from 'astro/zod';
import { cachedArticleCheck } from './check-cache.ts';
import { decodeContent } from './decode.ts';
import { valueAt, type KnownIds } from './fields.ts';
import { parseYaml, type ParsedYaml } from './frontmatter.ts';
import { arabicFor, describeIssue, fieldName } from './messages.ts';
import { sortProblems, type Problem } from './problem.ts';
import { entitySchema, metricSchema, pluralsSchema, sourceSchema, topicSchema } from '../content/schemas.ts';
import { isKebabSlug, SLUG_RULE } from '../content/slug.ts';
import { topicReferences, unknownReferences } from '../content/references.ts';
import { badRelations, metricReferences } from '../content/metric-relations.ts';

// A topic's parent and a metric's relations are read as ids here; whether they exist is checked
// below, once every file is known.
const plainId = (collection: string) => z.string().transform((id) => ({ id, collection }));
const DATA_FOLDERS = {
  sources: sourceSchema,
  topics: topicSchema({ reference: plainId }),
  metrics: metricSchema({ reference: plainId }),
  entities: entitySchema,
};

function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).map((name) => join(folder, name));
}

/** A data file's problems, and its parsed YAML when it could be read. */
function checkDataFile(file: string, text: string, schema: z.ZodType): { problems: Problem[]; parsed?: ParsedYaml } {
  const parsed = parseYaml(file, text, 1);
  if ('problems' in parsed) return { problems: parsed.problems };
  const result = schema.safeParse(parsed.data);
  if (result.success) return { problems: [], parsed };
  const problems = result.error.issues.map((issue) => {
    const field = fieldName(issue.path);
    const { kind, en } = describeIssue(issue, valueAt(parsed.data, issue.path));
    // A rule may say it in Arabic itself, and where to show a field it finds missing (e.g. a citation at its fact's line).
    const own = 'params' in issue ? (issue.params as { ar?: string; linePath?: PropertyKey[] } | undefined) : undefined;
    return { file, line: parsed.lineOf(own?.linePath ?? issue.path), field, en, ar: own?.ar ?? arabicFor(field, kind) };
  });
  return { problems, parsed };
}

export interface CheckOptions {
  /**
   * Where to keep each article's own check between runs (check-cache.ts): an article whose
   * file, the ids it may refer to and the check's code are unchanged is not checked again.
   * Without it every article is checked.
   */
  cacheFile?: string | undefined;
}

/**
 * Checks a whole content folder the way `npm run check` and the build do, and returns every
 * problem found, in reading order: nothing stops at the first.
 */
export function checkContent(contentDir: string, options: CheckOptions = {}): { problems: Problem[]; filesChecked: number } {
  const problems: Problem[] = [];
  const rel = (path: string) => relative(process.cwd(), path) || path;
  let filesChecked = 0;

  const known = {} as Record<keyof KnownIds, Set<string>>;
  // Topics name their parent topic, metrics the metrics they relate to: looked up once every file is known.
  const topics: { file: string; parsed: ParsedYaml }[] = [];
  const metrics: { file: string; id: string; parsed: ParsedYaml }[] = [];
  for (const [folder, schema] of Object.entries(DATA_FOLDERS) as [keyof KnownIds, z.ZodType][]) {
    known[folder] = new Set();
    for (const path of filesUnder(join(contentDir, folder)).filter((p) => p.endsWith('.yaml'))) {
      filesChecked++;
      const id = basename(path, '.yaml');
      known[folder].add(id);
      if (!isKebabSlug(id)) {
        problems.push({
          file: rel(path),
          line: 1,
          field: 'file name',
          en: `is not Latin kebab-case — rename it with ${SLUG_RULE.en} (the name is the id)`,
          ar: `اسم الملف لا يصلح معرّفًا — أعد تسميته بـ${SLUG_RULE.ar}، فالاسم هو المعرّف`,
        });
      }
      const decoded = decodeContent(rel(path), readFileSync(path));
      if ('problem' in decoded) {
        problems.push(decoded.problem);
        continue;
      }
      const checked = checkDataFile(rel(path), decoded.text, schema);
      problems.push(...checked.problems);
      if (folder === 'topics' && checked.parsed) topics.push({ file: rel(path), parsed: checked.parsed });
      if (folder === 'metrics' && checked.parsed) metrics.push({ file: rel(path), id, parsed: checked.parsed });
    }
  }
  for (const { file, parsed } of topics) {
    for (const { path, field, en, ar } of unknownReferences(topicReferences(parsed.data), known))
      problems.push({ file, line: parsed.lineOf(path), field, en, ar });
  }
  for (const { file, id, parsed } of metrics) {
    for (const { path, field, en, ar } of [...unknownReferences(metricReferences(parsed.data), known), ...badRelations(id, parsed.data)])
      problems.push({ file, line: parsed.lineOf(path), field, en, ar });
  }

  // Search's plural list: a map of singular to plural forms, each entry checked like a field.
  const pluralsFile = join(contentDir, 'search', 'plurals.yaml');
  if (existsSync(pluralsFile)) {
    filesChecked++;
    problems.push(...checkDataFile(rel(pluralsFile), readFileSync(pluralsFile, 'utf8'), z.record(z.string(), pluralsSchema)).problems);
  }

  // Articles live in content/articles/ only; anywhere else they would never be published.
  for (const path of filesUnder(contentDir)) {
    if (!/\.(mdx|md)$/.test(path) || rel(path).startsWith(rel(join(contentDir, 'articles')) + '/')) continue;
    problems.push({
      file: rel(path),
      line: 1,
      field: 'file',
      en: 'articles belong in content/articles/ — move the file there',
      ar: 'مكان المقالات هو المجلد content/articles/ — انقل الملف إليه',
    });
  }

  const articleCheck = cachedArticleCheck(options.cacheFile, known);
  const bySourceUrl = new Map<string, string>();
  const byText = new Map<string, string>();
  for (const path of filesUnder(join(contentDir, 'articles'))) {
    const ext = extname(path);
    if (ext !== '.mdx' && ext !== '.md') continue;
    filesChecked++;
    const file = rel(path);
    const checked = articleCheck.check(file, readFileSync(path));
    problems.push(...checked.problems);
    // What depends on other files than the article's own is checked afresh every time.
    if (checked.picture && !existsSync(join(dirname(path), checked.picture.src))) {
      problems.push({
        file,
        line: checked.picture.line,
        field: 'image.src',
        en: `there is no file "${checked.picture.src}" next to the article — put the picture in content/articles/ and write its name, e.g. ./photo.jpg`,
        ar: `لا يوجد ملف «${checked.picture.src}» بجانب المقال — ضع الصورة في content/articles/ واكتب اسمها، مثل ‎./photo.jpg`,
      });
    }
    if (checked.sourceUrl) {
      const first = bySourceUrl.get(checked.sourceUrl.url);
      if (first)
        problems.push({
          file,
          line: checked.sourceUrl.line,
          field: 'sourceUrl',
          en: `the same original article is already on the site as ${first} — one file per article`,
          ar: `المقال الأصلي نفسه منشور في ${first} — ملف واحد لكل مقال`,
        });
      else bySourceUrl.set(checked.sourceUrl.url, file);
    }
    if (checked.text) {
      const first = byText.get(checked.text.hash);
      if (first)
        problems.push({
          file,
          line: checked.text.line,
          field: 'body',
          en: `the same article text is already in ${first} — one file per article`,
          ar: `نص المقال نفسه موجود في ${first} — ملف واحد لكل مقال`,
        });
      else byText.set(checked.text.hash, file);
    }
  }
  articleCheck.save();
  return { problems: sortProblems(problems), filesChecked };
}

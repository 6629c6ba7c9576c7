import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { dayOf, isCalendarDay } from '../../src/lib/content/calendar-dates.ts';
import { unknownReference } from '../../src/lib/content/references.ts';
import { isKebabSlug, SLUG_RULE } from '../../src/lib/content/slug.ts';

export const CONTENT = process.env.ARABIC_NEWS_CONTENT_DIR ?? 'content';

/** The ids of a content folder: its file names without .yaml. */
export function idsIn(folder: string): string[] {
  const dir = join(CONTENT, folder);
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => basename(f, '.yaml'))
    : [];
}

/** Stops with a message in both languages. */
export function fail(en: string, ar: string): never {
  console.error(`${en}\n${ar}`);
  process.exit(2);
}

/** Checks that an id exists, or stops saying which ones do and which is nearest. */
export function requireId(id: string | undefined, folder: 'sources' | 'topics', option: string): string {
  const known = idsIn(folder);
  if (!id) fail(`--${option} is required: one of ${known.join(', ')}`, `الخيار --${option} مطلوب: أحد المعرّفات ${known.join('، ')}`);
  const problem = unknownReference([option], id, folder, new Set(known));
  if (problem) fail(`--${option} ${problem.en}`, `--${option} ${problem.ar}`);
  return id;
}

/** Today as YYYY-MM-DD, or the editor's --date after checking its form. */
export function dateOption(date: string | undefined): string {
  const value = date ?? dayOf(new Date());
  if (!isCalendarDay(value)) {
    fail(`--date "${value}" is not a date: write YYYY-MM-DD`, `التاريخ «${value}» غير صالح: اكتبه بالشكل YYYY-MM-DD`);
  }
  return value;
}

/** The article path for a slug, refusing a slug that is not kebab-case or a file that exists. */
export function articlePath(slug: string): string {
  if (!isKebabSlug(slug)) fail(`"${slug}" is not a URL slug: use ${SLUG_RULE.en}`, `«${slug}» لا يصلح اسمًا للملف: استخدم ${SLUG_RULE.ar}`);
  const path = join(CONTENT, 'articles', `${slug}.mdx`);
  if (existsSync(path)) fail(`${path} already exists: choose another --slug`, `الملف ${path} موجود: اختر اسمًا آخر بالخيار --slug`);
  return path;
}

/** Every name an outlet goes by (sources and outlet entities): a byline to drop on import. */
export function outletNames(): string[] {
  const names: string[] = [];
  for (const id of idsIn('sources')) {
    const source = parse(readFileSync(join(CONTENT, 'sources', `${id}.yaml`), 'utf8')) as { name?: string; latinName?: string };
    names.push(...[source.name, source.latinName].filter((n): n is string => Boolean(n)));
  }
  for (const id of idsIn('entities')) {
    const entity = parse(readFileSync(join(CONTENT, 'entities', `${id}.yaml`), 'utf8')) as {
      kind?: string;
      name?: string;
      names?: string[];
    };
    if (entity.kind === 'outlet') names.push(...[entity.name, ...(entity.names ?? [])].filter((n): n is string => Boolean(n)));
  }
  return names;
}

import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import { normalizeArabic } from '../arabic/normalize.ts';
import { isKebabSlug, SLUG_RULE } from '../content/slug.ts';
import { checkBody, checkQuotes } from './body.ts';
import { decodeContent } from './decode.ts';
import { checkArticleFields, type KnownIds } from './fields.ts';
import { parseYaml, splitFrontmatter } from './frontmatter.ts';
import type { Problem } from './problem.ts';

/**
 * One article file's check: its own problems, found from its bytes and the ids it may refer
 * to alone, and what the checks across files need of it (checkContent does those: whether its
 * picture is there, whether another file is the same article). Plain data, so that it can be
 * kept between runs (check-cache.ts).
 */
export interface ArticleCheck {
  problems: Problem[];
  /** Its picture's file name, relative to the article, and the line that names it. */
  picture?: { src: string; line: number };
  /** The original article's address, to find the same article published twice. */
  sourceUrl?: { url: string; line: number };
  /** A hash of its normalized text, to find the same text under two names. */
  text?: { hash: string; line: number };
}

/** Checks one article file; `file` is the name its problems give, relative to where the check runs. */
export function checkArticle(file: string, bytes: Buffer, known: KnownIds): ArticleCheck {
  const problems: Problem[] = [];
  const ext = extname(file);
  if (ext === '.md')
    problems.push({
      file,
      line: 1,
      field: 'file name',
      en: 'articles are .mdx files — rename it to end in .mdx',
      ar: 'امتداد ملفات المقالات ‎.mdx — غيّر امتداد الملف',
    });
  if (!isKebabSlug(basename(file, ext))) {
    problems.push({
      file,
      line: 1,
      field: 'file name',
      en: `is not a URL slug — rename the file in Latin kebab-case: ${SLUG_RULE.en} (e.g. north-korean-troops-leave-kursk.mdx)`,
      ar: `اسم الملف لا يصلح رابطًا — استخدم ${SLUG_RULE.ar}`,
    });
  }
  const decoded = decodeContent(file, bytes);
  if ('problem' in decoded) return { problems: [...problems, decoded.problem] };
  const split = splitFrontmatter(file, decoded.text);
  if ('problem' in split) return { problems: [...problems, split.problem] };
  const yaml = parseYaml(file, split.yaml, split.yamlLine);
  const body = checkBody(file, split.body, split.bodyLine);
  problems.push(...body.problems);
  if ('problems' in yaml) return { problems: [...problems, ...yaml.problems] };
  problems.push(...checkArticleFields(file, yaml.data, yaml.lineOf, known));
  const data = (yaml.data ?? {}) as Record<string, unknown>;
  if (body.quoteBlocks !== undefined) problems.push(...checkQuotes(file, body.quoteBlocks, data.figures, yaml.lineOf));

  const checked: ArticleCheck = { problems };
  const picture = (data.image as { src?: unknown } | undefined)?.src;
  if (typeof picture === 'string' && picture !== '') checked.picture = { src: picture, line: yaml.lineOf(['image', 'src']) };
  if (typeof data.sourceUrl === 'string') checked.sourceUrl = { url: data.sourceUrl, line: yaml.lineOf(['sourceUrl']) };
  if (body.text && body.text.trim() !== '')
    checked.text = { hash: createHash('sha256').update(normalizeArabic(body.text)).digest('hex'), line: split.bodyLine };
  return checked;
}

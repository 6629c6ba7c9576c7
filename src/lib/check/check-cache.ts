/**
 * Each article's own check (article.ts), kept between runs in one JSON file: the check of an
 * article whose file, the ids it may refer to and the check's code are all unchanged is read
 * back instead of done again. Checking an article parses its Markdown, and the profile of a
 * 20,000-article build found the check's parsing at 35 of its 71 s; a build after one new
 * article re-checks that one. What depends on other files (a picture beside the article, the
 * same article twice) is checked afresh on every run by checkContent.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeVersion } from '../site/code-version.ts';
import { checkArticle, type ArticleCheck } from './article.ts';
import type { KnownIds } from './fields.ts';

/** The project's root, from this file's place in it. */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** What an article's check runs, and what changes it without being imported. */
const CHECK_CODE = ['src/lib/check/article.ts'];
const CHECK_SETTINGS = ['package-lock.json'];

interface CacheFile {
  entries: Record<string, ArticleCheck>;
}

function readEntries(cacheFile: string): Record<string, ArticleCheck> {
  try {
    const parsed = JSON.parse(readFileSync(cacheFile, 'utf8')) as Partial<CacheFile>;
    return parsed.entries && typeof parsed.entries === 'object' ? parsed.entries : {};
  } catch {
    // Missing, or cut short by a run that was stopped: checked from scratch, then written anew.
    return {};
  }
}

/** The ids each collection has, as one digest: an article's check depends on them. */
function knownDigest(known: KnownIds): string {
  const hash = createHash('sha256');
  for (const collection of Object.keys(known).sort() as (keyof KnownIds)[]) {
    hash.update(`${collection}\u0000${[...known[collection]].sort().join('\u0000')}\u0001`);
  }
  return hash.digest('hex');
}

export interface ArticleChecker {
  check(file: string, bytes: Buffer): ArticleCheck;
  /** Writes the checks of this run's articles, and only those, for the next run. */
  save(): void;
}

/** Checks articles through the cache in `cacheFile`; without one, checks every article. */
export function cachedArticleCheck(cacheFile: string | undefined, known: KnownIds): ArticleChecker {
  if (!cacheFile) return { check: (file, bytes) => checkArticle(file, bytes, known), save: () => undefined };
  const earlier = readEntries(cacheFile);
  const used: Record<string, ArticleCheck> = {};
  const prefix = `${codeVersion(ROOT, CHECK_CODE, CHECK_SETTINGS)}\u0000${knownDigest(known)}\u0000`;
  return {
    check(file, bytes) {
      const key = createHash('sha256').update(prefix).update(`${file}\u0000`).update(bytes).digest('base64url');
      return (used[key] = earlier[key] ?? checkArticle(file, bytes, known));
    },
    save() {
      mkdirSync(dirname(cacheFile), { recursive: true });
      // Written whole, then renamed: a run reading it meanwhile sees the old file or the new.
      const partial = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(partial, JSON.stringify({ entries: used } satisfies CacheFile));
      renameSync(partial, cacheFile);
    },
  };
}

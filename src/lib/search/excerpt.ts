import { normalizeLetters, procliticVariants, splitNormalized } from '../arabic/normalize.ts';
import { numberWords } from '../arabic/number-words.ts';

/** Separates an article's real text from its index-only word forms in Pagefind's content. */
export const SEARCH_EXTRAS_MARK = '⁂';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** Text made safe to put in HTML: its &, <, > and " escaped. */
export const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

/** The article's own text from a search result's content, without the index-only forms. */
export function realText(content: string): string {
  return content.split(SEARCH_EXTRAS_MARK)[0]!.trim();
}

/** Does a written word, given in normalized words, answer a query word? Prefix, as Pagefind matches. */
function matches(words: readonly string[], queryWords: readonly string[]): boolean {
  for (const word of words) {
    for (const form of procliticVariants(word)) {
      if (queryWords.some((q) => form.startsWith(q))) return true;
    }
  }
  return false;
}

/**
 * Each written token's normalized words. The text is normalized once, not token by token;
 * should normalization ever change the number of tokens (a ligature that spells several
 * words), it falls back to one token at a time.
 */
function normalizedTokens(tokens: readonly string[]): string[][] {
  const whole = normalizeLetters(tokens.join(' ')).split(' ');
  const aligned = whole.length === tokens.length;
  return tokens.map((token, i) => splitNormalized(aligned ? whole[i]! : normalizeLetters(token)));
}

export interface Excerpt {
  /** HTML: the article's words, escaped, the matching ones in <mark>. */
  html: string;
  /** The matched words as the article writes them. */
  marked: string[];
}

/**
 * An excerpt of the article's real text around the words that answer the query, in the
 * article's own spelling; the normalized forms that made the match are never shown.
 */
export function buildExcerpt(content: string, queryWords: readonly string[], length = 30): Excerpt {
  const tokens = realText(content).split(/\s+/).filter(Boolean);
  const normalized = normalizedTokens(tokens);
  const hit = normalized.map((words) => matches(words, queryWords));
  // Numbers written in words ("3 آلاف") answer a query for their digits ("3000").
  const firstWords = normalized.map((words) => words[0] ?? '');
  for (const span of numberWords(firstWords)) {
    if (queryWords.includes(span.value)) for (let k = 0; k < span.length; k++) hit[span.start + k] = true;
  }

  let best = 0;
  let bestCount = -1;
  let count = 0;
  for (let i = 0; i < tokens.length; i++) {
    count += hit[i] ? 1 : 0;
    if (i >= length) count -= hit[i - length] ? 1 : 0;
    const start = Math.max(0, i - length + 1);
    if (count > bestCount) [best, bestCount] = [start, count];
  }
  // Start a little before the first match, so the reader sees what leads to it.
  const firstHit = hit.indexOf(true, best);
  const start = firstHit === -1 ? 0 : Math.max(0, Math.min(best, firstHit - 3));
  const end = Math.min(tokens.length, start + length);
  const marked: string[] = [];
  const words = tokens.slice(start, end).map((token, k) => {
    if (!hit[start + k]) return escapeHtml(token);
    const word = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    marked.push(word);
    return escapeHtml(token).replace(escapeHtml(word), `<mark>${escapeHtml(word)}</mark>`);
  });
  return {
    html: `${start > 0 ? '… ' : ''}${words.join(' ')}${end < tokens.length ? ' …' : ''}`,
    marked,
  };
}

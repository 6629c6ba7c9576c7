/**
 * Finding a figure's quoted sentence in the article text, whatever the whitespace and
 * punctuation: editors copy quotes with straight quotation marks that the Markdown pipeline
 * turns curly, or with a space more or less.
 */

/** Letters and digits only, spaces folded: what a quote and the text must share. */
function significant(char: string): 'space' | 'keep' | 'skip' {
  if (/\s/u.test(char)) return 'space';
  return /[\p{L}\p{N}\p{M}]/u.test(char) ? 'keep' : 'skip';
}

/** Runs of whitespace, or of letters, digits and marks: everything else is punctuation. */
const RUNS = /(\s+)|([\p{L}\p{N}\p{M}]+)/gu;

/**
 * The text reduced to its letters, digits and single spaces, with each kept character's offset.
 * Matched run by run rather than tested character by character: at 10,000 articles this ran
 * for seconds of every build.
 */
function reduce(text: string): { reduced: string; offsets: number[] } {
  let reduced = '';
  const offsets: number[] = [];
  let pendingSpace = false;
  for (const match of text.matchAll(RUNS)) {
    const letters = match[2];
    if (letters === undefined) {
      pendingSpace = reduced.length > 0;
      continue;
    }
    if (pendingSpace) {
      reduced += ' ';
      offsets.push(match.index);
      pendingSpace = false;
    }
    reduced += letters;
    for (let k = 0; k < letters.length; k++) offsets.push(match.index + k);
  }
  return { reduced, offsets };
}

/** A finder in `text` for needles already reduced: the text is reduced once, when first searched. */
function reducedFinder(text: string): (needle: string) => [number, number] | undefined {
  let reducedText: ReturnType<typeof reduce> | undefined;
  return (needle) => {
    reducedText ??= reduce(text);
    const { reduced, offsets } = reducedText;
    const at = reduced.indexOf(needle);
    if (at === -1) return undefined;
    const start = offsets[at]!;
    let end = offsets[at + needle.length - 1]! + 1;
    while (end < text.length && significant(text[end]!) === 'skip') end++;
    return [start, end];
  };
}

/**
 * A finder for quotes in `text`: reduces the text once, then answers for any number of quotes
 * (an article has several figures, each quoting it). Each answer is where the quote stands as
 * [start, end) offsets into `text`, or undefined. The match ignores punctuation and differences
 * of whitespace; the range runs from the quote's first letter to its last, then takes in the
 * sentence's closing punctuation and quotation marks.
 */
export function quoteFinder(text: string): (quote: string) => [number, number] | undefined {
  const find = reducedFinder(text);
  return (quote) => {
    const needle = reduce(quote).reduced;
    return needle.length === 0 ? undefined : find(needle);
  };
}

/** Where a quote stands: the block (src/lib/figures/quote-blocks.ts) and [start, end) in its text. */
export interface QuoteLocation {
  block: number;
  start: number;
  end: number;
}

/**
 * Where each quote stands in an article, given the texts of its quote blocks
 * (src/lib/figures/quote-blocks.ts): the first block that holds the whole quote, or undefined
 * when none does. A quote must stand within one block, so that one anchor marks it. The check
 * (npm run check) and the renderer both ask this, so a quote the check passes is one the build
 * can mark. Each block's text is reduced once, when first searched, however many figures quote it.
 */
export function quoteLocator(blockTexts: readonly string[]): (quote: string) => QuoteLocation | undefined {
  const finders = blockTexts.map(reducedFinder);
  return (quote) => {
    const needle = reduce(quote).reduced;
    if (needle.length === 0) return undefined;
    for (let block = 0; block < finders.length; block++) {
      const range = finders[block]!(needle);
      if (range) return { block, start: range[0], end: range[1] };
    }
    return undefined;
  };
}

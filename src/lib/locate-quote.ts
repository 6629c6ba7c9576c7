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

/** The text reduced to its letters, digits and single spaces, with each kept character's offset. */
function reduce(text: string): { reduced: string; offsets: number[] } {
  let reduced = '';
  const offsets: number[] = [];
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const kind = significant(text[i]!);
    if (kind === 'skip') continue;
    if (kind === 'space') {
      pendingSpace = reduced.length > 0;
      continue;
    }
    if (pendingSpace) {
      reduced += ' ';
      offsets.push(i);
      pendingSpace = false;
    }
    reduced += text[i];
    offsets.push(i);
  }
  return { reduced, offsets };
}

/**
 * Where `quote` stands in `text`, as [start, end) offsets into `text`, or undefined. The match
 * ignores punctuation and differences of whitespace; the range runs from the quote's first
 * letter to its last, then takes in the sentence's closing punctuation and quotation marks.
 */
export function locateQuote(text: string, quote: string): [number, number] | undefined {
  const needle = reduce(quote).reduced;
  if (needle.length === 0) return undefined;
  const { reduced, offsets } = reduce(text);
  const at = reduced.indexOf(needle);
  if (at === -1) return undefined;
  const start = offsets[at]!;
  let end = offsets[at + needle.length - 1]! + 1;
  while (end < text.length && significant(text[end]!) === 'skip') end++;
  return [start, end];
}

/** Whether the quote stands in the text (see locateQuote). */
export function containsQuote(text: string, quote: string): boolean {
  return locateQuote(text, quote) !== undefined;
}

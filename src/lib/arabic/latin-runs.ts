/** A piece of text, marked when it is a run of Latin script inside Arabic prose. */
export interface TextRun {
  text: string;
  latin: boolean;
}

const LETTER = 'A-Za-z\\u00C0-\\u024F';
const WORD_CHAR = `${LETTER}0-9`;
// Connectors keep "Uran-6", "M1989 Koksan" and "East to West News" as one run, but only when
// a Latin letter or digit follows: a trailing full stop or space belongs to the Arabic sentence.
const RUN = new RegExp(`[${WORD_CHAR}](?:[${WORD_CHAR}]|[ \\-.'’&/+_](?=[${WORD_CHAR}])|,(?=[0-9]))*`, 'g');
const HAS_LETTER = new RegExp(`[${LETTER}]`);

/**
 * Splits text into Latin runs and the rest. Digits alone are not runs: the Unicode bidi
 * algorithm already orders "14,000" correctly in Arabic text; Latin words are what get
 * reordered with the punctuation around them unless they are isolated.
 */
export function splitLatinRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(RUN)) {
    if (!HAS_LETTER.test(match[0])) continue;
    const start = match.index;
    if (start > last) runs.push({ text: text.slice(last, start), latin: false });
    runs.push({ text: match[0], latin: true });
    last = start + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), latin: false });
  return runs;
}

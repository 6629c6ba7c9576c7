/**
 * Larkey's Light10 stemmer (Larkey, Ballesteros and Connell, «Light Stemming for Arabic
 * Information Retrieval», 2007), as Lucene's ArabicStemmer implements it: the published
 * reference our own stemming is compared with, word by word. Test code only.
 *
 * - Normalize: no diacritics or tatweel; أ إ آ → ا; ى → ي; ة → ه.
 * - Remove the first of these prefixes that leaves at least two letters (و: three):
 *   ال، وال، بال، كال، فال، لل، و.
 * - Then each of these suffixes in turn, whenever it leaves at least two letters:
 *   ها، ان، ات، ون، ين، يه، ية، ه، ة، ي.
 */
const PREFIXES = ['ال', 'وال', 'بال', 'كال', 'فال', 'لل', 'و'];
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ية', 'ه', 'ة', 'ي'];

export function light10Normalize(word: string): string {
  return word
    .replace(/[\u064B-\u0652\u0640]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه');
}

export function light10(input: string): string {
  let word = light10Normalize(input);
  for (const prefix of PREFIXES) {
    const least = prefix.length === 1 ? 3 : 2;
    if (word.startsWith(prefix) && word.length - prefix.length >= least) {
      word = word.slice(prefix.length);
      break;
    }
  }
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 2) word = word.slice(0, -suffix.length);
  }
  return word;
}

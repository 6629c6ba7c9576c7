/**
 * One spelling for every way Arabic readers and outlets write a word, applied alike to the
 * text that is indexed and to what a reader types, so that the two meet.
 */

// Harakat, shadda, sukun, superscript alef and Quranic marks: optional in writing.
const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g;
const TATWEEL = /\u0640/g;
const LETTERS: Record<string, string> = {
  // Hamza and madda seats: readers type bare alef, waw and yeh.
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ؤ: 'و',
  ئ: 'ي',
  ء: '',
  // Taa marbuta is often typed as heh, alef maqsura as yeh.
  ة: 'ه',
  ى: 'ي',
  // Persian and Urdu keyboards give these for Arabic kaf and yeh.
  ک: 'ك',
  ی: 'ي',
};
const LETTER = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');
// Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹) digits.
const INDIC_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/g;
// "3,500", "3٬500" and "3'500" are all 3500; the Arabic decimal separator is a point.
const THOUSANDS = /(?<=\d)[,٬'’](?=\d{3}(?!\d))/g;
const ARABIC_DECIMAL = /(?<=\d)٫(?=\d)/g;
// Pagefind splits words on spaces and ASCII punctuation only, so "جندي،" would be a word of
// its own: Arabic punctuation and quotation marks become spaces.
const PUNCTUATION = /[\u060C\u061B\u061F\u066A\u066C\u06D4«»“”„‟‹›"'’‘()[\]{}،؛؟!.:;…–—\-#*|_>~=+<@&%$^\\/,]+/g;

function indicDigit(digit: string): string {
  const code = digit.charCodeAt(0);
  return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
}

/** Letters only: hamza seats, taa marbuta, alef maqsura, diacritics, tatweel, digits, case. */
export function normalizeLetters(text: string): string {
  return text
    .normalize('NFKC')
    .replace(DIACRITICS, '')
    .replace(TATWEEL, '')
    .replace(LETTER, (letter) => LETTERS[letter]!)
    .replace(INDIC_DIGIT, indicDigit)
    .replace(THOUSANDS, '')
    .replace(ARABIC_DECIMAL, '.')
    .toLowerCase();
}

/** The words of text that is already normalized (normalizeLetters), punctuation dropped. */
export function splitNormalized(normalized: string): string[] {
  return normalized
    .replace(/(?<=\d)\.(?=\d)/g, '\u0000') // keep decimal points ("1.2 مليون") inside numbers
    .replace(PUNCTUATION, ' ')
    .replaceAll('\u0000', '.')
    .split(/\s+/)
    .filter(Boolean);
}

/** Normalized words of a text, punctuation dropped. */
export function normalizedWords(text: string): string[] {
  return splitNormalized(normalizeLetters(text));
}

/** A whole text normalized, words separated by single spaces. */
export function normalizeArabic(text: string): string {
  return normalizedWords(text).join(' ');
}

const WITH_ARTICLE = /^(?:[وف])?(?:[بكل])?ال(.{2,})$/;
const LAM_ARTICLE = /^(?:[وف])?لل(.{2,})$/;
const CONJUNCTION = /^[وف](.{3,})$/;
const PREPOSITION = /^[بكل](.{3,})$/;
const CONJUNCTION_PREPOSITION = /^[وف][بكل](.{3,})$/;

/**
 * The word without the article and the particles before it, when the article makes that
 * certain ("وبالجيش" → "جيش", "للمهندسين" → "مهندسين"); otherwise the word itself.
 */
export function articleStem(word: string): string {
  return (WITH_ARTICLE.exec(word) ?? LAM_ARTICLE.exec(word))?.[1] ?? word;
}

/**
 * The form a word is searched by: without the article and the particles before it, and
 * without a final ه (ة typed either way) when four letters or more remain. Pagefind matches
 * query words as prefixes, so "معاهد" finds معاهدة, معاهده and معاهدات as written; a short
 * word keeps its ه, or "كاله" would become a prefix of unrelated words.
 */
export function queryForm(word: string): string {
  const stem = articleStem(word);
  return stem.length >= 5 && stem.endsWith('ه') ? stem.slice(0, -1) : stem;
}

/** The word, and when the article is certain its stem and its stem with ال ("وبالجيش" → جيش, الجيش). */
export function certainVariants(word: string): string[] {
  const stem = articleStem(word);
  // With the particles gone but the article kept, as names are written: "والناتو" → "الناتو".
  return stem === word ? [word] : [...new Set([word, stem, `ال${stem}`])];
}

/**
 * The word as written plus what it is without its proclitics: و ف (and, so), ب ك ل (with,
 * like, for) and the article ال ("وبالجيش" → "جيش", "للمهندسين" → "مهندسين"). Stripping a
 * leading و or ف from a word without the article is a guess ("وزير" is not "و" + "زير"), and
 * so is a ب ك ل, alone or after it ("لبوتين", "وبودانوف"): each reading is offered as an
 * extra form when at least three letters remain, never instead of the word.
 */
export function procliticVariants(word: string): string[] {
  const variants = new Set(certainVariants(word));
  if (variants.size === 1) {
    for (const pattern of [CONJUNCTION, PREPOSITION, CONJUNCTION_PREPOSITION]) {
      const stripped = pattern.exec(word)?.[1];
      if (stripped) variants.add(stripped);
    }
  }
  return [...variants];
}

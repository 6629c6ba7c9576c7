/**
 * The characters the site's Arabic webfont carries. Noto Naskh Arabic's "arabic" subset from
 * Fontsource also draws Urdu, Sindhi, Pashto and African Arabic-script letters, and weighs 53 KB
 * a weight; an article page, font included, must transfer under 100 KB. Arabic-language text
 * needs only the ranges below (13 KB a weight). Anything else falls back to the reader's system
 * font through `unicode-range`, so a rare letter is still drawn, only in another face.
 */
export const FONT_SUBSET_RANGES: readonly (readonly [number, number])[] = [
  [0x0020, 0x0020], // space and no-break space: the Arabic face's own word spacing
  [0x00a0, 0x00a0],
  [0x060c, 0x060c], // Arabic comma
  [0x061b, 0x061f], // Arabic semicolon, letter mark, question mark
  [0x0621, 0x064a], // hamza and the 28 letters with their variants
  [0x064b, 0x065f], // harakat, shadda, sukun and other marks
  [0x0660, 0x066d], // Arabic-Indic digits, percent, decimal and thousands separators
  [0x0670, 0x0671], // superscript alef, alef wasla
  [0x067e, 0x067e], // peh: Persian and Turkish names
  [0x0686, 0x0686], // tcheh
  [0x0698, 0x0698], // jeh
  [0x06a4, 0x06a4], // veh: Maghrebi and Gulf spellings of foreign names
  [0x06a9, 0x06a9], // keheh
  [0x06af, 0x06af], // gaf: Egyptian and Gulf spellings of «g»
  [0x06cc, 0x06cc], // Farsi yeh
  [0x06d6, 0x06ed], // Quranic annotation marks, for quoted verses
  [0x06f0, 0x06f9], // Eastern Arabic-Indic digits
  [0x0640, 0x0640], // tatweel
  [0x200c, 0x200f], // joiners and direction marks: they must not break shaping
  [0xfd3e, 0xfd3f], // ornate parentheses around quoted verses
  [0xfdf2, 0xfdf2], // the ligature «الله»
  [0xfdfa, 0xfdfa], // the honorific ligature after the Prophet's name
];

/** The ranges as a CSS `unicode-range` value. */
export function unicodeRange(ranges = FONT_SUBSET_RANGES): string {
  const hex = (code: number) => code.toString(16).toUpperCase().padStart(4, '0');
  return ranges.map(([start, end]) => (start === end ? `U+${hex(start)}` : `U+${hex(start)}-${hex(end)}`)).join(', ');
}

/** Every character of the ranges, the text a font subsetter keeps. */
export function subsetText(ranges = FONT_SUBSET_RANGES): string {
  let text = '';
  for (const [start, end] of ranges) for (let code = start; code <= end; code++) text += String.fromCodePoint(code);
  return text;
}

/** Characters of `text` in the Arabic script's blocks that the webfont does not carry. */
export function charactersOutsideSubset(text: string, ranges = FONT_SUBSET_RANGES): string[] {
  const arabicBlocks = /[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/gu;
  const missing = new Set<string>();
  for (const [char] of text.matchAll(arabicBlocks)) {
    const code = char.codePointAt(0)!;
    if (!ranges.some(([start, end]) => code >= start && code <= end)) missing.add(char);
  }
  return [...missing].sort();
}

import { normalizeArabic, normalizedWords } from '../../src/lib/arabic/normalize.ts';
import { numberWords } from '../../src/lib/arabic/number-words.ts';
import type { Qualifier } from '../../src/lib/figures/format.ts';

/** Lines copied with an article that are the page around it, not the article. */
const FURNITURE = [
  /^(اخر|آخر) الأخبار$/,
  /^(اخر|آخر) الاخبار$/,
  /^اترك تعليق(ا|اً|ًا)?$/,
  /^لن يتم نشر عنوان بريدك الإلكتروني/,
  /^(شارك|شاركها|مشاركة|شارك المقال|اقرأ أيضا|اقرأ أيضًا|اقرأ أيضاً|share|tweet)\b/i,
  /^المصدر\s*:/,
  /^[—–-]+$/,
];
const FINAL_PUNCTUATION = /[.!?؟:…»"”'’)]$/;
/** Lines this short, without final punctuation, are headings (the headline when first). */
const HEADING_WORDS = 14;

function isFurniture(line: string, outletNames: ReadonlySet<string>): boolean {
  return FURNITURE.some((pattern) => pattern.test(line)) || outletNames.has(normalizeArabic(line));
}

const isHeading = (line: string) => line.split(/\s+/).length <= HEADING_WORDS && !FINAL_PUNCTUATION.test(line);

/** Characters MDX would read as code or markup, escaped so the text stays text. */
export function escapeMdx(line: string): string {
  return line
    .replace(/[\\{}]/g, (c) => `\\${c}`)
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[*_`[\]]/g, (c) => `\\${c}`)
    .replace(/^([#+-]|\d+[.)])(\s)/, '\\$1$2');
}

export interface FigureSuggestion {
  metric: string;
  value: number;
  qualifier: Qualifier;
  quote: string;
}

const QUALIFIER_WORDS: [RegExp, Qualifier][] = [
  [/(حوالي|حوالى|نحو|قرابة|زهاء)\s*$/, 'about'],
  [/(أكثر من|اكثر من|تزيد عن|يزيد عن|تزيد على|ما لا يقل عن)\s*$/, 'at-least'],
  [/(ما يصل إلى|قد يصل إلى|يصل إلى|حتى)\s*$/, 'up-to'],
];
const PLANNED = /(توقعات|سيرسل|سترسل|يقومون بإعداد|من المتوقع|ستصل|زيادة العدد)/;
const METRIC_WORDS: [RegExp, string][] = [
  [/مهندس/, 'engineers-sent'],
  [/(قتل|قُتل|قتلى|قتيل|لقوا حتفهم|ماتوا)/, 'killed'],
  [/(أصيب|اصيب|جرحى|جريح)/, 'wounded'],
  [/(خسائر|إصابات)/, 'casualties'],
  [/(أسر|أسرى)/, 'captured'],
  [/(تعداده|جيوش العالم|أكبر الجيوش)/, 'army-size'],
];

/**
 * The numbers a sentence states (not years), each with a guess at what it counts and how:
 * the editor confirms or deletes each one, and adds the claimant.
 */
export function suggestFigures(sentence: string): FigureSuggestion[] {
  const suggestions: FigureSuggestion[] = [];
  const pattern = /(\d[\d,٬.]*\d|\d)(\s+(?:ألف|آلاف|ألفًا|الف|الاف|مليون|ملايين))?/g;
  for (const match of sentence.matchAll(pattern)) {
    const words = normalizedWords(match[0]);
    const spelled = numberWords(words)[0]?.value;
    const value = Number(spelled ?? match[1]!.replace(/[,٬]/g, ''));
    if (!Number.isFinite(value) || value <= 0) continue;
    if (!match[2] && /^(19|20)\d{2}$/.test(match[1]!)) continue; // a year, not a count
    const before = sentence.slice(0, match.index);
    // What follows, up to the next number: "14,000 جنديًا وأن أكثر من 6,000 قُتلوا" counts soldiers first.
    const after = sentence.slice(match.index + match[0].length, match.index + match[0].length + 40).split(/\d/)[0]!;
    const qualifier: Qualifier = PLANNED.test(before.slice(-60))
      ? 'planned'
      : (QUALIFIER_WORDS.find(([words]) => words.test(before))?.[1] ?? 'exact');
    const counted = METRIC_WORDS.find(([words]) => words.test(after) || words.test(before.slice(-30)))?.[1] ?? 'troops-sent';
    // Troops expected or being prepared are a projection of their own, not a count of those sent.
    const metric = qualifier === 'planned' && counted === 'troops-sent' ? 'troops-planned' : counted;
    suggestions.push({ metric, value, qualifier, quote: sentence });
  }
  return suggestions;
}

export interface ImportedText {
  /** The headline, when the text begins with one; empty for the editor to write. */
  title: string;
  /** The body in Markdown: paragraphs, ## headings, MDX-hostile characters escaped. */
  body: string;
  /** Figures the text seems to state, for the editor to confirm. */
  figures: FigureSuggestion[];
  /** Lines dropped as page furniture, so the editor can see what went. */
  dropped: string[];
}

/** Splits a paragraph into sentences, keeping each sentence's final punctuation. */
export function sentences(paragraph: string): string[] {
  return (
    paragraph
      .match(/[^.!?؟]+(?:[.!?؟]+["”»']*|$)/g)
      ?.map((s) => s.trim())
      .filter(Boolean) ?? []
  );
}

/**
 * Raw text copied from a web page, as an article body: one paragraph a line, short lines
 * without final punctuation as headings (the first as the headline), page furniture dropped.
 */
export function importText(raw: string, outletNames: readonly string[] = []): ImportedText {
  const outlets = new Set(outletNames.map(normalizeArabic));
  const dropped: string[] = [];
  const lines = raw
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => {
      if (line === '') return false;
      if (isFurniture(line, outlets)) {
        dropped.push(line);
        return false;
      }
      return true;
    });
  let title = '';
  if (lines[0] && isHeading(lines[0])) title = lines.shift()!;
  const blocks = lines.map((line) => (isHeading(line) ? `## ${escapeMdx(line)}` : escapeMdx(line)));
  const figures = lines
    .filter((line) => !isHeading(line))
    .flatMap(sentences)
    .flatMap(suggestFigures);
  return { title, body: `${blocks.join('\n\n')}\n`, figures, dropped };
}

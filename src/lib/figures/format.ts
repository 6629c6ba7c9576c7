/**
 * How a figure's number is meant, in the article's own wording: exact, about (نحو), at-least
 * (أكثر من), up-to (ما يصل إلى) or planned (a projection, not a count). The one list the schema,
 * the check's messages, the editor's template and the docs' test read.
 */
export const QUALIFIERS = ['exact', 'about', 'at-least', 'up-to', 'planned'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export interface FigureValue {
  value: number;
  valueMax?: number | undefined;
  qualifier: Qualifier;
}

const number = new Intl.NumberFormat('ar-u-nu-latn');

/** "14,000": a number grouped as the articles write it. */
export function formatNumber(n: number): string {
  return number.format(n);
}

/**
 * A figure as a reader says it, with the counted noun when given: "نحو 14,000 جندي",
 * "أكثر من 6,000", "ما يصل إلى 12,000", "من 10,000 إلى 12,000", or "100,000 جندي (متوقَّع)"
 * for a projection, which is not a count.
 */
export function formatFigure({ value, valueMax, qualifier }: FigureValue, unit?: string): string {
  const range = valueMax === undefined ? formatNumber(value) : `من ${formatNumber(value)} إلى ${formatNumber(valueMax)}`;
  const amount = unit ? `${range} ${unit}` : range;
  switch (qualifier) {
    case 'about':
      return `نحو ${amount}`;
    case 'at-least':
      return `أكثر من ${amount}`;
    case 'up-to':
      return `ما يصل إلى ${amount}`;
    case 'planned':
      return `${amount} (متوقَّع)`;
    case 'exact':
      return amount;
  }
}

/** A figure as far as its quote goes. */
export interface QuotedFigure {
  quote?: string | undefined;
}

/**
 * The anchor of each figure's quoted sentence in the article ("quote-1", "quote-2"…), figures
 * that quote the same sentence sharing one. The article body and the figures box both use it,
 * so every link lands on its sentence.
 */
export function quoteAnchors(figures: readonly QuotedFigure[]): (string | undefined)[] {
  const seen = new Map<string, string>();
  return figures.map((figure) => {
    const quote = figure.quote?.trim();
    if (!quote) return undefined;
    if (!seen.has(quote)) seen.set(quote, `quote-${seen.size + 1}`);
    return seen.get(quote);
  });
}

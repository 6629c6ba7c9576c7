/**
 * How many colours the charts' series cycle through: each is a token `--series-<n>` in
 * src/styles/tokens.css (a light and a dark shade) and a class `.series-<n>` in
 * src/styles/global.css that makes it the element's currentColor. The ledger charts and the
 * coverage splits both colour their n-th series with `series-${seriesColour(n)}`.
 */
export const SERIES_COLOURS = 6;

/** The colour of the series at `index` (from 0): the seventh takes the first's again. */
export const seriesColour = (index: number): number => index % SERIES_COLOURS;

/**
 * The ledger chart's two drawings. An SVG scales its text with its viewBox: the 640-unit
 * drawing shown in a phone's 358-px column drew its 12-unit labels at about 7 px. So the chart
 * is drawn twice, each for its width, and CSS shows the one that fits the column (a container
 * query, no script): the wide one from `WIDE_FROM_REM` up, shown at its own size (a scale of 1),
 * the narrow one below, at most `NARROW_MAX_REM` wide.
 */
export interface ChartLayout {
  name: 'wide' | 'narrow';
  width: number;
  height: number;
  /** Where the earliest and the latest claim stand: time runs right to left. */
  earliestX: number;
  latestX: number;
  /** The value axis from its top to its bottom (zero). */
  top: number;
  bottom: number;
  /** How many dates the time axis is labelled with, at most. */
  timeLabels: number;
}

export const CHART_LAYOUTS: readonly ChartLayout[] = [
  { name: 'wide', width: 640, height: 300, earliestX: 540, latestX: 40, top: 24, bottom: 250, timeLabels: 4 },
  // A 390-px phone's column is 358 px: this drawing is shown at 1.19 times its size, a
  // 320-px one's (288 px) at 0.96.
  { name: 'narrow', width: 300, height: 260, earliestX: 232, latestX: 40, top: 20, bottom: 214, timeLabels: 3 },
];

/** The column width (in rem) from which the wide drawing is shown: its own width at 16 px a rem. */
export const WIDE_FROM_REM = 40;
/** The widest the narrow drawing is shown, so that it does not grow into a poster on a tablet. */
export const NARROW_MAX_REM = 30;

/**
 * Up to `count` of the distinct dates (in time order), evenly spaced, the first and the last
 * always among them; one that would stand closer to the last than a step is left out, or the
 * two labels would overlap.
 */
export function timeLabelsOf(dates: readonly string[], count: number): string[] {
  const unique = [...new Set(dates)];
  const last = unique.length - 1;
  const step = Math.max(1, Math.ceil(unique.length / count));
  return unique.filter((_, i) => i === last || (i % step === 0 && last - i >= step));
}

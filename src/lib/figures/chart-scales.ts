import { calendarStart } from '../content/calendar-dates.ts';

/** A day or month (YYYY-MM[-DD]) as milliseconds, a month counting from its first day. */
export function timeOf(when: string): number {
  const start = calendarStart(when);
  if (!start) throw new Error(`"${when}" is not a day (YYYY-MM-DD) or a month (YYYY-MM)`);
  return start.getTime();
}

/**
 * Maps times onto the horizontal axis. `from` is where the earliest time goes, `to` the latest:
 * in a right-to-left chart time runs from right to left, as the reader reads. A single time
 * stands in the middle.
 */
export function timeScale(times: readonly number[], from: number, to: number): (time: number) => number {
  const min = Math.min(...times);
  const max = Math.max(...times);
  if (max === min) return () => (from + to) / 2;
  return (time) => from + ((time - min) / (max - min)) * (to - from);
}

/** A round step for about `count` ticks up to `max`: 1, 2 or 5 times a power of ten. */
export function niceStep(max: number, count = 4): number {
  if (max <= 0) return 1;
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
}

/** Ticks from zero to the first round value at or above `max`. */
export function niceTicks(max: number, count = 4): number[] {
  const step = niceStep(max, count);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const ticks: number[] = [];
  for (let tick = 0; tick <= top + step / 2; tick += step) ticks.push(Math.round(tick * 1e6) / 1e6);
  return ticks;
}

/** Maps values from zero to `top` onto the vertical axis, `bottom` and `topY` in pixels. */
export function valueScale(top: number, bottom: number, topY: number): (value: number) => number {
  return (value) => bottom - (value / top) * (bottom - topY);
}

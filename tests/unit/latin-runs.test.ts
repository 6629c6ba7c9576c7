import { describe, expect, it } from 'vitest';
import { splitLatinRuns } from '../../src/lib/arabic/latin-runs.ts';

const latin = (text: string) =>
  splitLatinRuns(text)
    .filter((r) => r.latin)
    .map((r) => r.text);

describe('splitLatinRuns', () => {
  it('finds Latin names inside Arabic text', () => {
    expect(latin('تدعي قناة وزارة الدفاع الروسية، Zvezda، أن')).toEqual(['Zvezda']);
    expect(latin('مع CNN في')).toEqual(['CNN']);
  });

  it('keeps multi-word names and model numbers as one run', () => {
    expect(latin('وفقًا لوكالة East to West News، بدأ')).toEqual(['East to West News']);
    expect(latin('مثل طرازي M1991 وM1989 Koksan مما')).toEqual(['M1991', 'M1989 Koksan']);
    expect(latin('مثل Stalker وUran-6.')).toEqual(['Stalker', 'Uran-6']);
  });

  it('leaves a trailing full stop, comma or space to the Arabic sentence', () => {
    const runs = splitLatinRuns('منصات Uran-6. ثم');
    expect(runs).toEqual([
      { text: 'منصات ', latin: false },
      { text: 'Uran-6', latin: true },
      { text: '. ثم', latin: false },
    ]);
  });

  it('does not isolate plain numbers, which the bidi algorithm already orders', () => {
    expect(latin('أرسلت حوالي 14,000 جنديًا في 2024')).toEqual([]);
  });

  it('joins the runs back into the original text', () => {
    const text = 'قال “Veles” إن (NIS) أرسل 1500 جندي عبر M1989 Koksan.';
    expect(
      splitLatinRuns(text)
        .map((r) => r.text)
        .join(''),
    ).toBe(text);
  });

  it('returns one non-Latin run for purely Arabic text and nothing for empty text', () => {
    expect(splitLatinRuns('كوريا الشمالية')).toEqual([{ text: 'كوريا الشمالية', latin: false }]);
    expect(splitLatinRuns('')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { formatFigure, formatNumber } from '../../src/lib/figures/format.ts';

describe('formatNumber', () => {
  it('groups thousands as the articles write them', () => {
    expect(formatNumber(14000)).toBe('14,000');
    expect(formatNumber(1200000)).toBe('1,200,000');
    expect(formatNumber(300)).toBe('300');
  });
});

describe('formatFigure', () => {
  it('says each qualifier in Arabic words', () => {
    expect(formatFigure({ value: 1500, qualifier: 'exact' })).toBe('1,500');
    expect(formatFigure({ value: 14000, qualifier: 'about' })).toBe('نحو 14,000');
    expect(formatFigure({ value: 6000, qualifier: 'at-least' })).toBe('أكثر من 6,000');
    expect(formatFigure({ value: 12000, qualifier: 'up-to' })).toBe('ما يصل إلى 12,000');
  });

  it('marks a projection apart from a count', () => {
    expect(formatFigure({ value: 100000, qualifier: 'planned' })).toBe('100,000 (متوقَّع)');
  });

  it('puts the counted noun after the number and before a projection mark', () => {
    expect(formatFigure({ value: 14000, qualifier: 'about' }, 'جندي')).toBe('نحو 14,000 جندي');
    expect(formatFigure({ value: 10000, qualifier: 'planned' }, 'جندي')).toBe('10,000 جندي (متوقَّع)');
  });

  it('writes a range from its two ends', () => {
    expect(formatFigure({ value: 10000, valueMax: 12000, qualifier: 'exact' })).toBe('من 10,000 إلى 12,000');
    expect(formatFigure({ value: 10000, valueMax: 12000, qualifier: 'about' })).toBe('نحو من 10,000 إلى 12,000');
  });
});

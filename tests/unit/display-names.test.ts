import { describe, expect, it } from 'vitest';
import { countryName, languageName } from '../../src/lib/arabic/display-names.ts';
import { sourceKindLabel } from '../../src/lib/content/source-kinds.ts';

describe('Arabic names for codes', () => {
  it('names languages', () => {
    expect(languageName('en')).toBe('الإنجليزية');
    expect(languageName('fr')).toBe('الفرنسية');
  });

  it('names countries', () => {
    expect(countryName('US')).toBe('الولايات المتحدة');
    expect(countryName('QA')).toBe('قطر');
    expect(countryName('SY')).toBe('سوريا');
  });

  it('names kinds of outlet', () => {
    expect(sourceKindLabel('agency')).toBe('وكالة أنباء');
    expect(sourceKindLabel('newspaper')).toBe('صحيفة');
  });
});

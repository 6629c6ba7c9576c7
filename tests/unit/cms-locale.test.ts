import { describe, expect, it } from 'vitest';
// The package's `main` is a browser-only UMD bundle (it needs `window`) and Vitest hands bare
// package imports to Node, which reads `main`; the ES module build of the English strings loads.
// @ts-expect-error -- decap-cms-locales ships no type declarations; `leaves` takes it as unknown.
import en from 'decap-cms-locales/dist/esm/en/index.js';
import { ar } from '../../src/admin/locales/ar.ts';

// Keeps src/admin/locales/ar.ts a complete translation of Decap CMS's English strings: when an
// upgrade of decap-cms-locales adds, drops or rewords a key, this fails and names the paths.

/** Every leaf of a locale object, by its dotted key path. */
function leaves(tree: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (tree !== null && typeof tree === 'object' && !Array.isArray(tree)) {
    for (const [key, value] of Object.entries(tree)) leaves(value, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.set(prefix, tree);
  }
  return out;
}

const english = leaves(en);
const arabic = leaves(ar);
const shared = [...english.keys()].filter((path) => arabic.has(path));

const text = (phrases: Map<string, unknown>, path: string): string => String(phrases.get(path));
const placeholders = (phrase: string): string[] => [...new Set([...phrase.matchAll(/%\{(\w+)\}/g)].map((match) => match[1]!))].sort();
const pluralForms = (phrase: string): string[] => phrase.split('||||').map((form) => form.trim());

// Values that may read the same in both languages even though they have Latin letters.
// Intentionally empty: brand and file names (GitHub, Azure, config.yml, Ctrl+Enter) stay in Latin
// letters but always inside an Arabic sentence, and "Markdown" is written «ماركداون». Add a path
// here only for a value that is code or a name on its own, with the reason next to it.
const SAME_AS_ENGLISH: ReadonlySet<string> = new Set<string>([]);

describe('Arabic Decap CMS locale', () => {
  it('has exactly the key paths of the English locale', () => {
    const missing = [...english.keys()].filter((path) => !arabic.has(path));
    const extra = [...arabic.keys()].filter((path) => !english.has(path));
    expect(english.size).toBeGreaterThan(200);
    expect(missing, `missing from ar: ${missing.join(', ')}`).toEqual([]);
    expect(extra, `not in en: ${extra.join(', ')}`).toEqual([]);
  });

  it('gives a non-empty string for every key', () => {
    const bad = [...arabic].filter(([, value]) => typeof value !== 'string' || !value.trim()).map(([path]) => path);
    expect(bad, `not a non-empty string: ${bad.join(', ')}`).toEqual([]);
  });

  it('keeps the placeholders of every English string', () => {
    const differ = shared
      .filter((path) => placeholders(text(arabic, path)).join() !== placeholders(text(english, path)).join())
      .map((path) => `${path} (en: ${placeholders(text(english, path)).join(' ')}; ar: ${placeholders(text(arabic, path)).join(' ')})`);
    expect(differ, `placeholders differ: ${differ.join(', ')}`).toEqual([]);
  });

  it('leaves no string in English', () => {
    const untranslated = shared.filter((path) => {
      const value = text(arabic, path);
      return value === text(english, path) && /[A-Za-z]/.test(value.replace(/%\{\w+\}/g, '')) && !SAME_AS_ENGLISH.has(path);
    });
    expect(untranslated, `same as English: ${untranslated.join(', ')}`).toEqual([]);
  });

  it("gives Polyglot's six Arabic plural forms where English has plural forms", () => {
    const plurals = shared.filter((path) => text(english, path).includes('||||'));
    expect(plurals.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const path of plurals) {
      const forms = pluralForms(text(arabic, path));
      const needed = placeholders(text(english, path)).filter((name) => name !== 'smart_count');
      if (forms.length !== 6) problems.push(`${path}: ${forms.length} forms`);
      forms.forEach((form, index) => {
        // Forms 0–2 (none, one, two) may spell the count out; 3–10, 11–99 and 100+ show it.
        const wanted = index >= 3 ? [...needed, 'smart_count'].sort() : needed;
        const got = placeholders(form).filter((name) => index >= 3 || name !== 'smart_count');
        if (!form) problems.push(`${path}: form ${index} is empty`);
        if (got.join() !== wanted.join()) problems.push(`${path}: form ${index} has ${got.join(' ') || 'none'}`);
      });
    }
    const stray = shared.filter((path) => !text(english, path).includes('||||') && text(arabic, path).includes('||||'));
    expect(problems, problems.join('; ')).toEqual([]);
    expect(stray, `plural forms where English has none: ${stray.join(', ')}`).toEqual([]);
  });
});

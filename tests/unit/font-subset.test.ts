import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { generateFontFiles } from '../../scripts/assets/font-files.ts';
import { charactersOutsideSubset, subsetText, unicodeRange } from '../../scripts/assets/font-subset.ts';

describe('the webfont subset', () => {
  test('is written as a CSS unicode-range, single code points without a dash', () => {
    expect(
      unicodeRange([
        [0x060c, 0x060c],
        [0x0621, 0x064a],
      ]),
    ).toBe('U+060C, U+0621-064A');
  });

  test('keeps every letter, mark and digit of Arabic-language text', () => {
    const text = subsetText();
    for (const char of 'ءآأؤإئابةتثجحخدذرسشصضطظعغفقكلمنهوىيًٌٍَُِّْـ٠١٢٣٤٥٦٧٨٩٪٫٬،؛؟ٰٱپچژڤکگی\u200c\u200f') {
      expect(text, `U+${char.codePointAt(0)!.toString(16)}`).toContain(char);
    }
  });

  test('names what it leaves to the system font', () => {
    expect(charactersOutsideSubset('كتاب ٹ ے ۓ اردو')).toEqual(['ٹ', 'ے', 'ۓ']);
    expect(charactersOutsideSubset('Kursk كورسك')).toEqual([]);
  });

  test('covers every Arabic character the content uses', () => {
    let text = '';
    for (const folder of ['articles', 'sources', 'topics', 'entities', 'metrics']) {
      for (const file of readdirSync(`content/${folder}`)) text += readFileSync(`content/${folder}/${file}`, 'utf8');
    }
    expect(charactersOutsideSubset(text)).toEqual([]);
  });

  test('the committed font files and CSS are what `npm run fonts` writes', async () => {
    for (const file of await generateFontFiles()) {
      expect(Buffer.compare(readFileSync(file.path), Buffer.from(file.content)), `${file.path}: run npm run fonts`).toBe(0);
    }
  });
});

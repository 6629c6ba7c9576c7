import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyseArticles } from '../../src/data/analysis.ts';
import { searchExtrasFile } from '../../src/lib/site/build-folders.ts';
import { normalizedWords } from '../../src/lib/arabic/normalize.ts';
import { readingTime } from '../../src/lib/arabic/reading-time.ts';
import { DocumentFrequencies } from '../../src/lib/listing/related.ts';
import { addToVocabulary, buildLexicon, SearchForms } from '../../src/lib/search/extras.ts';

// The catalog analyses the corpus streaming, one file at a time (src/data/analysis.ts). It must
// give exactly what analysing the whole corpus in memory gives.
const work = mkdtempSync(join(tmpdir(), 'analysis-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const BODIES = {
  a: 'أرسلت كوريا الشمالية قوات إلى كورسك. وقالت الاستخبارات الكورية الجنوبية إن الجنود بلغوا ثلاثة آلاف.',
  b: 'انسحبت القوات من كورسك بعد خسائر كبيرة، بحسب الاستخبارات. وقال زيلينسكي إن الخسائر فادحة.',
  c: 'زار الوزير بيونغ يانغ والتقى كيم جونغ أون، وتحدثا عن التحالف والقذائف والصواريخ.',
};
const articles = Object.entries(BODIES).map(([id, body]) => {
  const filePath = join(work, `${id}.mdx`);
  writeFileSync(filePath, `---\ntitle: "عنوان ${id}"\n---\n\n${body}\n`);
  return { id, filePath, data: { title: `عنوان ${id}` } };
});
const lexicon = buildLexicon([{ name: 'الاستخبارات الكورية الجنوبية', names: ['الاستخبارات الكورية'] }], [['قذيفة', 'قذائف']]);

describe('the streaming analysis of the corpus', () => {
  it('gives each article the distinctive words, entities, search forms and reading time of the in-memory analysis', async () => {
    const folder = join(work, 'extras');
    const { pages, links } = await analyseArticles(articles, lexicon, folder);
    const texts = articles.map((a) => `${a.data.title}\n${BODIES[a.id as keyof typeof BODIES]}`);
    const words = texts.map((text) => normalizedWords(text));
    // The whole corpus in memory, counted before anything is picked.
    const frequencies = new DocumentFrequencies();
    const vocabulary = new Set<string>();
    for (const list of words) {
      frequencies.add(list);
      addToVocabulary(vocabulary, list);
    }
    const forms = new SearchForms(lexicon, vocabulary);
    const keywords = words.map((list) => frequencies.distinctive(list));
    for (const [i, article] of articles.entries()) {
      const named = forms.entitiesNamed(words[i]!);
      expect(links.get(article.id)).toEqual({ keywords: keywords[i], named: [...named] });
      const stored = readFileSync(searchExtrasFile(folder, pages.get(article.id)!.searchExtras), 'utf8');
      expect(stored).toBe(forms.extras(texts[i]!, words[i], named).join(' '));
      expect(pages.get(article.id)!.readingTime).toBe(readingTime(BODIES[article.id as keyof typeof BODIES]));
    }
    expect(links.get('a')!.named).toEqual([0]);
  });

  it('keeps one file per distinct set of forms, and removes the files no article uses any more', async () => {
    const folder = join(work, 'pruned');
    await analyseArticles(articles, lexicon, folder);
    writeFileSync(join(folder, 'stale.txt'), 'كلمة');
    const { pages } = await analyseArticles(articles.slice(0, 2), lexicon, folder);
    expect(readdirSync(folder).sort()).toEqual([...new Set([...pages.values()].map((p) => `${p.searchExtras}.txt`))].sort());
  });
});

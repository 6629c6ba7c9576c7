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
    const { pages, links } = await analyseArticles(articles, lexicon, { searchExtras: folder });
    const texts = articles.map((a) => `${a.data.title}\n${BODIES[a.id as keyof typeof BODIES]}`);
    const words = texts.map((text) => normalizedWords(text));
    // The whole corpus in memory, counted before anything is picked.
    const frequencies = new DocumentFrequencies();
    const vocabulary = new Map<string, number>();
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
    await analyseArticles(articles, lexicon, { searchExtras: folder });
    writeFileSync(join(folder, 'stale.txt'), 'كلمة');
    const { pages } = await analyseArticles(articles.slice(0, 2), lexicon, { searchExtras: folder });
    expect(readdirSync(folder).sort()).toEqual([...new Set([...pages.values()].map((p) => `${p.searchExtras}.txt`))].sort());
  });
});

describe("the cache of each article's own analysis", () => {
  const cached = (name: string) => ({ searchExtras: join(work, `${name}-extras`), ownAnalyses: join(work, `${name}-own`) });
  const withDigests = (list: typeof articles) => list.map((article) => ({ ...article, digest: `digest-${article.id}` }));

  it('gives what analysing every text afresh gives, on the first build and the next', async () => {
    const fresh = await analyseArticles(articles, lexicon, { searchExtras: join(work, 'fresh-extras') });
    const folders = cached('same');
    const first = await analyseArticles(withDigests(articles), lexicon, folders);
    const next = await analyseArticles(withDigests(articles), lexicon, folders);
    expect(first).toEqual(fresh);
    expect(next).toEqual(fresh);
    expect(readdirSync(folders.ownAnalyses)).toHaveLength(articles.length);
  });

  it('reads an unchanged article from the cache, and an article whose digest changed from its file', async () => {
    const folders = cached('edited');
    const before = await analyseArticles(withDigests(articles), lexicon, folders);
    // The text changes on disk; under the same digest the build trusts what it kept.
    const edited = join(work, 'edited.mdx');
    writeFileSync(edited, `---\ntitle: "عنوان a"\n---\n\nنص آخر تماما عن الطقس والأمطار الغزيرة.\n`);
    const moved = withDigests(articles).map((article) => (article.id === 'a' ? { ...article, filePath: edited } : article));
    expect((await analyseArticles(moved, lexicon, folders)).links.get('a')).toEqual(before.links.get('a'));
    const changed = moved.map((article) => (article.id === 'a' ? { ...article, digest: 'digest-a-2' } : article));
    expect((await analyseArticles(changed, lexicon, folders)).links.get('a')!.keywords).toContain('الطقس');
  });

  it("decides a kept article's search forms against the vocabulary of this build's corpus", async () => {
    // "وزلزال" may be و + زلزال; the stem is indexed only once more articles have زلزال as a
    // word than have وزلزال.
    const guessed = join(work, 'guessed.mdx');
    writeFileSync(guessed, `---\ntitle: "عنوان g"\n---\n\nوزلزال ضرب المدينة.\n`);
    const confirming = join(work, 'confirming.mdx');
    writeFileSync(confirming, `---\ntitle: "عنوان h"\n---\n\nزلزال قوي في الشمال.\n`);
    const g = { id: 'g', filePath: guessed, digest: 'digest-g', data: { title: 'عنوان g' } };
    const h = { id: 'h', filePath: confirming, digest: 'digest-h', data: { title: 'عنوان h' } };
    const h2 = { ...h, id: 'h2', digest: 'digest-h2' };
    const folders = cached('vocabulary');
    const formsOfG = async (corpus: (typeof g)[]) => {
      const { pages } = await analyseArticles(corpus, lexicon, folders);
      return readFileSync(searchExtrasFile(folders.searchExtras, pages.get('g')!.searchExtras), 'utf8').split(' ');
    };
    expect(await formsOfG([g])).not.toContain('زلزال');
    expect(await formsOfG([g, h])).not.toContain('زلزال');
    expect(await formsOfG([g, h, h2])).toContain('زلزال');
    expect(await formsOfG([g])).not.toContain('زلزال');
  });

  it('analyses an article again when its kept file is damaged or the lexicon changed', async () => {
    const folders = cached('damaged');
    const before = await analyseArticles(withDigests(articles), lexicon, folders);
    for (const name of readdirSync(folders.ownAnalyses)) writeFileSync(join(folders.ownAnalyses, name), '{"readingTime":');
    expect(await analyseArticles(withDigests(articles), lexicon, folders)).toEqual(before);

    const noEntities = buildLexicon([], [['قذيفة', 'قذائف']]);
    const { links } = await analyseArticles(withDigests(articles), noEntities, folders);
    expect(links.get('a')!.named).toEqual([]);
  });

  it('removes the kept analyses of articles that are gone', async () => {
    const folders = cached('gone');
    await analyseArticles(withDigests(articles), lexicon, folders);
    await analyseArticles(withDigests(articles.slice(0, 1)), lexicon, folders);
    expect(readdirSync(folders.ownAnalyses)).toHaveLength(1);
  });
});

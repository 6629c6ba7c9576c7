import { describe, expect, it } from 'vitest';
import { bundleWeight, type SearchBundle } from '../../src/lib/search/bundles.ts';
import { SEARCH_EXTRAS_MARK } from '../../src/lib/search/excerpt.ts';
import {
  filterGroups,
  findResults,
  loadPage,
  PAGE_OF_RESULTS,
  preparePagefind,
  resultView,
  RETRY_CHECKED,
  searchOptions,
  type PagefindResultData,
} from '../../src/lib/search/pagefind-adapter.ts';
import type { SearchState } from '../../src/lib/search/url.ts';
import { fakePagefind, type Page } from './fixtures/fake-pagefind.ts';

const state = (query: string, more: Partial<SearchState> = {}): SearchState => ({
  query,
  filters: { topic: [], source: [], year: [] },
  sort: 'relevance',
  ...more,
});
const pages = (count: number, content: string): Page[] => Array.from({ length: count }, (_, i) => ({ url: `/articles/a${i}/`, content }));
const fresh = () => false;

const bundle = (name: string): SearchBundle => ({ name, path: `/pagefind/bundles/${name}/`, from: name, to: name, pages: 1, digest: name });

describe('preparePagefind', () => {
  it('sets the excerpt length and root, starts loading the index, and merges every bundle in, without waiting for them', async () => {
    const pagefind = fakePagefind();
    await preparePagefind(pagefind, [bundle('2024-01-01'), bundle('2025-01-01')]);
    expect(pagefind.calls).toEqual([
      ['options', { excerptLength: 24, baseUrl: '/' }],
      ['init'],
      ['mergeIndex', '/pagefind/bundles/2024-01-01/', { indexWeight: bundleWeight(1), baseUrl: '/' }],
      ['mergeIndex', '/pagefind/bundles/2025-01-01/', { indexWeight: bundleWeight(2), baseUrl: '/' }],
    ]);
  });

  it('gives results by relevance as Pagefind merged them, by score', async () => {
    const pages = [
      { url: '/articles/new/', content: 'كورسك', score: 2 * bundleWeight(2) },
      { url: '/articles/old/', content: 'كورسك', score: 1.5 * bundleWeight(1) },
    ];
    const search = await preparePagefind(fakePagefind({ كورسك: pages }), [bundle('2024-01-01'), bundle('2025-01-01')]);
    const found = await search.debouncedSearch('كورسك', { filters: {} }, 0);
    expect(await Promise.all(found!.results.map(async (r) => (await r.data()).url))).toEqual(['/articles/new/', '/articles/old/']);
  });

  it('puts results sorted by date back in date order across bundles, which Pagefind interleaves by position', async () => {
    // What Pagefind gives: each bundle's position in its own date order, times its weight.
    const pages = [
      { url: '/articles/new-2/', content: 'كورسك', score: 2 * bundleWeight(2) },
      { url: '/articles/old-2/', content: 'كورسك', score: 2 * bundleWeight(1) },
      { url: '/articles/new-1/', content: 'كورسك', score: 1 * bundleWeight(2) },
      { url: '/articles/old-1/', content: 'كورسك', score: 1 * bundleWeight(1) },
    ];
    const pagefind = fakePagefind({ كورسك: pages });
    const search = await preparePagefind(pagefind, [bundle('2024-01-01'), bundle('2025-01-01')]);
    const found = await search.debouncedSearch('كورسك', { filters: {}, sort: { date: 'desc' } }, 0);
    const urls = await Promise.all(found!.results.map(async (r) => (await r.data()).url));
    expect(urls).toEqual(['/articles/new-2/', '/articles/new-1/', '/articles/old-2/', '/articles/old-1/']);
  });

  it('passes on a search that a newer keystroke replaced', async () => {
    const search = await preparePagefind(fakePagefind({}, { superseded: ['كورسك'] }), []);
    expect(await search.debouncedSearch('كورسك', { filters: {}, sort: { date: 'desc' } }, 0)).toBeNull();
  });
});

describe('searchOptions', () => {
  it('passes no filter and no sort for a plain search: Pagefind ranks by relevance', () => {
    expect(searchOptions(state('كورسك'))).toEqual({ filters: {} });
  });

  it('passes only the chosen filters, any of their values, and newest first by date', () => {
    const chosen = state('كورسك', { filters: { topic: ['russia-ukraine-war'], source: [], year: ['2025', '2024'] }, sort: 'newest' });
    expect(searchOptions(chosen)).toEqual({
      filters: { topic: { any: ['russia-ukraine-war'] }, year: { any: ['2025', '2024'] } },
      sort: { date: 'desc' },
    });
  });
});

describe('findResults', () => {
  it('searches once for the query as the index spells it, after the typing delay', async () => {
    const found25 = pages(25, 'قال بوتين إن القوات في كورسك');
    const pagefind = fakePagefind({ 'بوتين كورسك': found25, بوتين: found25, كورسك: found25 });
    const found = await findResults(pagefind, state('بوتين  كورسك'), fresh);
    expect(pagefind.searches()).toEqual([['debouncedSearch', 'بوتين كورسك', { filters: {} }, 250]]);
    expect(found?.words).toEqual(['بوتين', 'كورسك']);
    expect(found?.results).toHaveLength(25);
    // Only the first page of results is loaded, with the best of it checked (Pagefind caches
    // what it has loaded; the stand-in counts each call).
    expect(new Set(pagefind.loaded())).toEqual(new Set(pages(PAGE_OF_RESULTS, '').map((p) => p.url)));
  });

  it('leaves out the results of a bundle whose best result lacks a word, which Pagefind shortened there', async () => {
    const real = { url: '/articles/real/', content: 'زيلينسكي يتحدث عن كورسك', bundle: 2 };
    const alsoReal = { url: '/articles/also-real/', content: 'قال زيلينسكي إن القوات في كورسك', bundle: 2 };
    // Bundle 1 has no page with "زيلينسكي": Pagefind found a shorter word there instead.
    const shortened = { url: '/articles/shortened/', content: 'زيارة إلى كورسك', bundle: 1 };
    const alsoShortened = { url: '/articles/also-shortened/', content: 'القوات في كورسك', bundle: 1 };
    const pagefind = fakePagefind({ 'كورسك زيلينسك': [real, shortened, alsoReal, alsoShortened] });
    const found = await findResults(pagefind, state('كورسك زيلينسكي'), fresh);
    expect(found?.results.map((r) => r.id)).toEqual([real.url, alsoReal.url]);
    // Searched by stems («زيلينسكي» → زيلينسك); by relevance, the search is run sorted by date
    // as well, to learn each result's bundle.
    const sorted = { filters: {}, sort: { date: 'desc' } };
    expect(pagefind.calls.filter(([name]) => name === 'search')).toEqual([['search', 'كورسك زيلينسك', sorted]]);
    // A bundle whose best result holds the words is kept whole: found with the same words.
    const bundleOneReal = fakePagefind({ 'كورسك زيلينسك': [real, { ...shortened, content: 'زيلينسكي في كورسك' }, alsoShortened] });
    expect((await findResults(bundleOneReal, state('كورسك زيلينسكي'), fresh))?.results).toHaveLength(3);
  });

  it('passes the filters and the sort to every search it makes, the retry too', async () => {
    const pagefind = fakePagefind({ بوتين: [{ url: '/articles/road/', content: 'قال بوتين إن' }] });
    const chosen = state('لبوتين', { filters: { topic: [], source: ['fox-news'], year: [] }, sort: 'newest' });
    await findResults(pagefind, chosen, fresh);
    const options = { filters: { source: { any: ['fox-news'] } }, sort: { date: 'desc' } };
    expect(pagefind.searches()).toEqual([
      ['debouncedSearch', 'لبوت', options, 250],
      ['debouncedSearch', 'بوتين', options, 0],
    ]);
  });

  it('finds nothing when the best result does not hold every word (Pagefind shortened one)', async () => {
    // No indexed word begins with «زير», so Pagefind matched «زي»: a false friend.
    const pagefind = fakePagefind({ زير: [{ url: '/articles/uniform/', content: 'أشارت التقارير إلى الزي الرسمي' }] });
    const found = await findResults(pagefind, state('زير'), fresh);
    expect(found).toEqual({ words: ['زير'], results: [] });
    // «زير» has no leading particle to read another way: no second search.
    expect(pagefind.searches()).toHaveLength(1);
  });

  it('guards every word, not just one: a result with one of two words is no result', async () => {
    const pagefind = fakePagefind({ 'زير كورسك': [{ url: '/articles/kursk/', content: 'وصلت القوات إلى كورسك' }] });
    expect((await findResults(pagefind, state('زير كورسك'), fresh))?.results).toEqual([]);
  });

  it('when no page holds every word, searches each word alone and ranks pages by how many they hold', async () => {
    const both = { url: '/articles/both/', content: 'قال بوتين إن القوات في كورسك' };
    const kursk = { url: '/articles/kursk/', content: 'وصلت القوات إلى كورسك' };
    const putin = { url: '/articles/putin/', content: 'قال بوتين إن الحرب طويلة' };
    const pagefind = fakePagefind({ كورسك: [both, kursk], بوتين: [both, putin] });
    const found = await findResults(pagefind, state('كورسك بوتين زرافة'), fresh);
    expect(found?.words).toEqual(['كورسك', 'بوتين', 'زراف']);
    expect(found?.results.map((r) => r.id)).toEqual([both.url, kursk.url, putin.url]);
    expect(found?.missing).toEqual(
      new Map([
        [both.url, [2]],
        [kursk.url, [1, 2]],
        [putin.url, [0, 2]],
      ]),
    );
    // The whole query once, then each word alone (by relevance, each also sorted by date to
    // learn its bundles): one more round of searches.
    expect(pagefind.searches().map(([, term]) => term)).toEqual(['كورسك بوتين زراف']);
    expect(
      pagefind.calls.filter(([name, , options]) => name === 'search' && !(options as { sort?: object }).sort).map(([, term]) => term),
    ).toEqual(['كورسك', 'بوتين', 'زراف']);
  });

  it('in a partial search loads only each word’s best result, not a first page of each word', async () => {
    const kursk = pages(25, 'وصلت القوات إلى كورسك').map((p) => ({ ...p, url: p.url.replace('/articles/', '/articles/kursk-') }));
    const putin = pages(25, 'قال بوتين إن الحرب طويلة').map((p) => ({ ...p, url: p.url.replace('/articles/', '/articles/putin-') }));
    const pagefind = fakePagefind({ كورسك: kursk, بوتين: putin });
    const found = await findResults(pagefind, state('كورسك بوتين'), fresh);
    expect(found?.results).toHaveLength(50);
    // The merged first page is loaded by the search session, as for any search.
    expect(pagefind.loaded()).toEqual([kursk[0]!.url, putin[0]!.url]);
  });

  it('answers a whole match as before: no partial search, nothing said missing', async () => {
    const pagefind = fakePagefind({ 'كورسك بوتين': [{ url: '/articles/both/', content: 'قال بوتين إن القوات في كورسك' }] });
    const found = await findResults(pagefind, state('كورسك بوتين'), fresh);
    expect(found).toEqual({ words: ['كورسك', 'بوتين'], results: [expect.objectContaining({ id: '/articles/both/' })] });
  });

  it('retries with a leading particle read as such, and keeps only whole-word matches', async () => {
    const whole = { url: '/articles/road/', content: 'قال بوتين إن' };
    const prefix = { url: '/articles/her-way/', content: 'قال بوتينسكي إن' };
    const pagefind = fakePagefind({ لبوت: [{ url: '/articles/patriarch/', content: 'قال البطريرك' }], بوتين: [prefix, whole] });
    const found = await findResults(pagefind, state('لبوتين'), fresh);
    expect(found?.words).toEqual(['بوتين']);
    expect(await Promise.all(found!.results.map(async (r) => (await r.data()).url))).toEqual([whole.url]);
  });

  it('checks at most the first results of a retry, one by one', async () => {
    const pagefind = fakePagefind({ بوتين: pages(RETRY_CHECKED + 10, 'قال بوتين') });
    const found = await findResults(pagefind, state('لبوتين'), fresh);
    expect(found?.results).toHaveLength(RETRY_CHECKED);
    expect(pagefind.loaded()).toEqual(pages(RETRY_CHECKED, '').map((p) => p.url));
  });

  it('gives up when Pagefind says a newer keystroke replaced the search', async () => {
    const pagefind = fakePagefind({ كورسك: pages(3, 'كورسك') }, { superseded: ['كورسك'] });
    expect(await findResults(pagefind, state('كورسك'), fresh)).toBeUndefined();
    expect(pagefind.loaded()).toEqual([]);
  });

  it('gives up, without a retry, when a newer search started while this one loaded its results', async () => {
    const pagefind = fakePagefind({ لبوت: [{ url: '/articles/patriarch/', content: 'قال البطريرك' }] });
    expect(await findResults(pagefind, state('لبوتين'), () => true)).toBeUndefined();
    expect(pagefind.searches()).toHaveLength(1);
  });

  it('gives up when a newer search started while the retry was checked', async () => {
    const pagefind = fakePagefind({ بوتين: pages(2, 'قال بوتين') });
    let checks = 0;
    expect(await findResults(pagefind, state('لبوتين'), () => ++checks > 2)).toBeUndefined();
    expect(pagefind.searches()).toHaveLength(2);
  });
});

describe('loadPage', () => {
  it('loads the data of one page of results at a time, after those shown', async () => {
    const pagefind = fakePagefind({ كورسك: pages(25, 'كورسك') });
    const { results } = (await pagefind.search('كورسك')) as { results: Parameters<typeof loadPage>[0] };
    const urls = async (shown: number) => (await loadPage(results, shown)).map((d) => d.url);
    expect(await urls(0)).toEqual(pages(10, '').map((p) => p.url));
    expect(await urls(10)).toEqual(
      pages(20, '')
        .slice(10)
        .map((p) => p.url),
    );
    expect(await urls(20)).toEqual(
      pages(25, '')
        .slice(20)
        .map((p) => p.url),
    );
    expect(await urls(25)).toEqual([]);
    expect(pagefind.loaded()).toHaveLength(25);
  });
});

describe('resultView', () => {
  const data: PagefindResultData = {
    url: '/articles/north-korean-troops-withdraw-from-kursk/',
    content: `أكدت الاستخبارات أن القوات قد انسحبت من منطقة كورسك. ${SEARCH_EXTRAS_MARK} كورسك قوات`,
    meta: { title: 'انسحاب القوات من كورسك', date: '2025-02-04', date_text: '4 فبراير 2025', outlet: 'فوكس نيوز' },
  };

  it('turns a result into a link that highlights the matched words, its date in Arabic, and our excerpt', () => {
    expect(resultView(data, ['كورسك'])).toEqual({
      href: `/articles/north-korean-troops-withdraw-from-kursk/#:~:text=${encodeURIComponent('كورسك')}`,
      title: 'انسحاب القوات من كورسك',
      date: '2025-02-04',
      dateText: '4 فبراير 2025',
      outlet: 'فوكس نيوز',
      excerptHtml: 'أكدت الاستخبارات أن القوات قد انسحبت من منطقة <mark>كورسك</mark>.',
      marked: 1,
    });
  });

  it('says when nothing is marked: the words are there in another spelling', () => {
    const view = resultView(data, ['موسكو']);
    expect([view.href, view.marked, view.excerptHtml.includes('<mark>')]).toEqual([data.url, 0, false]);
  });

  it('falls back to the address for a page without a title, and leaves out what it lacks', () => {
    const view = resultView({ ...data, meta: {} }, ['كورسك']);
    expect([view.title, view.date, view.dateText, view.outlet]).toEqual([data.url, '', '', '']);
  });
});

describe('filterGroups', () => {
  it('offers each filter Pagefind has values for, years newest first, the rest in Arabic order', () => {
    const available = { topic: { 'حرب روسيا': 3, 'القوات الكورية': 2 }, source: {}, year: { '2024': 1, '2025': 4 } };
    const chosen = state('', { filters: { topic: ['حرب روسيا'], source: [], year: [] } });
    expect(filterGroups(available, chosen)).toEqual([
      {
        name: 'topic',
        values: [
          { value: 'القوات الكورية', checked: false },
          { value: 'حرب روسيا', checked: true },
        ],
      },
      {
        name: 'year',
        values: [
          { value: '2025', checked: false },
          { value: '2024', checked: false },
        ],
      },
    ]);
  });
});

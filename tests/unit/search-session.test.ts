import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../../src/lib/search/extras.ts';
import { SEARCH_EXTRAS_MARK } from '../../src/lib/search/excerpt.ts';
import { PAGE_OF_RESULTS, type Pagefind } from '../../src/lib/search/pagefind-adapter.ts';
import { SearchSession, type SearchReply } from '../../src/lib/search/search-session.ts';
import type { SearchState } from '../../src/lib/search/url.ts';
import { fakePagefind, type Page } from './fixtures/fake-pagefind.ts';

const state = (query: string): SearchState => ({ query, filters: { topic: [], source: [], year: [] }, sort: 'relevance' });
const pages = (count: number, content: string): Page[] =>
  Array.from({ length: count }, (_, i) => ({
    url: `/articles/a${i}/`,
    content,
    meta: { title: `مقال ${i}`, date: '2025-02-04', date_text: '4 فبراير 2025' },
  }));

/** A session over a fake index, counting how often it fetched the lexicon. */
function session(pagefind: Pagefind, lexicon: Lexicon = { entities: [], plurals: [] }) {
  let fetched = 0;
  const s = new SearchSession(pagefind, () => {
    fetched++;
    return Promise.resolve(lexicon);
  });
  return { s, lexiconFetches: () => fetched };
}

const results = (reply: SearchReply | undefined) => {
  if (reply?.kind !== 'results') throw new Error(`expected results, got ${JSON.stringify(reply)}`);
  return reply;
};

describe('SearchSession', () => {
  it('answers a search with its first page of results, ready to draw, and the rest on request', async () => {
    const { s } = session(fakePagefind({ كورسك: pages(25, 'انسحبت القوات من كورسك.') }));
    const first = results(await s.answer({ kind: 'search', id: 1, state: state('كورسك') }));
    expect([first.id, first.first, first.total, first.views.length, first.hasMore]).toEqual([1, true, 25, PAGE_OF_RESULTS, true]);
    expect(first.views[0]).toMatchObject({ title: 'مقال 0', dateText: '4 فبراير 2025', marked: 1 });
    expect(first.views[0]!.excerptHtml).toContain('<mark>كورسك</mark>');

    const second = results(await s.answer({ kind: 'more', id: 1 }));
    expect([second.first, second.views[0]!.title, second.hasMore]).toEqual([false, 'مقال 10', true]);
    const last = results(await s.answer({ kind: 'more', id: 1 }));
    expect([last.views.length, last.hasMore]).toEqual([5, false]);
  });

  it('drops a search overtaken by a newer one, and "more" for any search but the latest', async () => {
    const { s } = session(fakePagefind({ كورسك: pages(12, 'كورسك'), روسي: pages(3, 'روسيا') }));
    const older = s.answer({ kind: 'search', id: 1, state: state('كورسك') });
    const newer = s.answer({ kind: 'search', id: 2, state: state('روسيا') });
    expect(await older).toBeUndefined();
    expect(results(await newer).total).toBe(3);
    expect(await s.answer({ kind: 'more', id: 1 })).toBeUndefined();
  });

  it('answers a query no article holds whole with the articles that hold some of it, naming the words each lacks as typed', async () => {
    const both = { url: '/articles/both/', content: 'قال بوتين إن القوات في كورسك' };
    const kursk = { url: '/articles/kursk/', content: 'وصلت القوات إلى كورسك' };
    const { s } = session(fakePagefind({ كورسك: [both, kursk], بوتين: [both] }));
    const reply = results(await s.answer({ kind: 'search', id: 1, state: state('كورسك بوتين زرافة') }));
    expect(reply.partial).toBe(true);
    expect(reply.views.map((view) => view.missing)).toEqual([['زرافة'], ['بوتين', 'زرافة']]);
    expect(reply.views[0]!.excerptHtml).toContain('<mark>كورسك</mark>');
  });

  it('fetches the lexicon only when an excerpt marks nothing, then marks the article’s own spelling', async () => {
    const plural = `وصل آلاف الجنود إلى الجبهة. ${SEARCH_EXTRAS_MARK} جندي`;
    const lexicon: Lexicon = { entities: [], plurals: [['جندي', 'جنود']] };
    const withPlural = session(fakePagefind({ جندي: [{ url: '/articles/p/', content: plural }] }), lexicon);
    const view = results(await withPlural.s.answer({ kind: 'search', id: 1, state: state('جندي') })).views[0]!;
    expect([view.marked, view.excerptHtml.includes('<mark>الجنود</mark>'), withPlural.lexiconFetches()]).toEqual([1, true, 1]);

    const spelledAsTyped = session(fakePagefind({ كورسك: pages(3, 'كورسك') }), lexicon);
    await spelledAsTyped.s.answer({ kind: 'search', id: 1, state: state('كورسك') });
    expect(spelledAsTyped.lexiconFetches()).toBe(0);
  });

  it('says search is unavailable when the index fails the search', async () => {
    const broken = { ...fakePagefind(), debouncedSearch: () => Promise.reject(new Error('a bundle failed to load')) };
    expect(await session(broken).s.answer({ kind: 'search', id: 7, state: state('كورسك') })).toEqual({ kind: 'unavailable', id: 7 });
  });

  it('answers the filters with Pagefind’s counts, or none when it cannot count them', async () => {
    const counts = { year: { '2025': 4 } };
    expect(await session(fakePagefind({}, { filterCounts: counts })).s.answer({ kind: 'filters' })).toEqual({ kind: 'filters', counts });
    const failing = { ...fakePagefind(), filters: () => Promise.reject(new Error('no')) };
    expect(await session(failing).s.answer({ kind: 'filters' })).toEqual({ kind: 'filters', counts: {} });
  });
});

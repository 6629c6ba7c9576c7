import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article, Catalog } from '../../src/data/catalog.ts';
import { articlePage } from '../../src/data/routes/article.ts';
import { articleListingPaths } from '../../src/data/routes/listing.ts';
import { sourceListingPaths } from '../../src/data/routes/source.ts';
import { timelineMonthPaths, topicLedger, topicListingPage, topicListingPaths, topicTimelineMonth } from '../../src/data/routes/topic.ts';
import { pageKey } from '../../src/lib/site/page-keys.ts';
import { LEDGER_WINDOW } from '../../src/lib/figures/ledger.ts';

// A small catalog, built by hand: what an article page shows comes from it alone, through
// articlePage(). Each case edits one thing the page shows and expects the page's key to move.

const ref = <C extends string>(collection: C, id: string) => ({ collection, id });

function article(id: string, overrides: Partial<Article['data']> = {}): Article {
  return {
    id,
    collection: 'articles',
    filePath: `content/articles/${id}.mdx`,
    digest: `digest-${id}`,
    // The HTML is on disk, in a file named by the digest (src/data/loader/rendered-html.ts).
    rendered: { html: '', metadata: { headings: [], imagePaths: [], htmlFile: `/cache/rendered-articles/digest-${id}.html` } },
    data: {
      title: `عنوان ${id}`,
      summary: `ملخص ${id}`,
      date: new Date('2025-02-04T00:00:00Z'),
      source: ref('sources', 'cnn-arabic'),
      topics: [ref('topics', 'war')],
      figures: [
        {
          metric: ref('metrics', 'killed'),
          value: 300,
          qualifier: 'about',
          claimant: 'الاستخبارات',
          claimantId: ref('entities', 'nis'),
          quote: 'قتل نحو 300 جندي',
        },
      ],
      ...overrides,
    },
  } as unknown as Article;
}

const change = (subject: string, hash = 'a'.repeat(40)) => ({
  kind: 'modified',
  path: 'main.mdx',
  commit: { hash, subject, date: new Date('2025-03-01T10:00:00Z') },
});

function catalog(): Catalog {
  const main = article('main');
  const related = article('related', { source: ref('sources', 'fox-news') } as Partial<Article['data']>);
  const older = article('older');
  const entry = <T>(id: string, data: T) => [id, { id, data }] as const;
  return {
    articles: [main, related, older],
    articlesById: new Map([main, related, older].map((a) => [a.id, a])),
    sources: new Map([
      entry('cnn-arabic', { name: 'سي إن إن', url: 'https://arabic.cnn.com', unattributed: false }),
      entry('fox-news', { name: 'فوكس نيوز', unattributed: false }),
    ]),
    topics: new Map([entry('war', { title: 'الحرب', description: 'حرب' })]),
    metrics: new Map([entry('killed', { label: 'القتلى', unit: 'قتيل', description: '' })]),
    entities: new Map([
      entry('nis', { name: 'جهاز الاستخبارات الوطني', kind: 'organisation', names: ['NIS'] }),
      entry('reuters', { name: 'رويترز', kind: 'organisation', names: ['Reuters'] }),
      entry('new-york-times', { name: 'نيويورك تايمز', kind: 'outlet', names: ['New York Times'] }),
    ]),
    byTopic: new Map(),
    bySource: new Map(),
    lexicon: { entities: [], plurals: [] },
    analysis: new Map([['main', { readingTime: '3 دقائق', searchExtras: 'a1' }]]),
    claims: [],
    claimsById: new Map(),
    appearances: new Map(),
    claimsByClaimant: new Map(),
    claimsByTopic: new Map(),
    related: new Map([['main', ['related']]]),
    neighbours: new Map([['main', { newer: undefined, older }]]),
    // Its change log, as one git log pass gives it (src/data/history.ts).
    history: {
      available: true,
      folder: resolve('content/articles'),
      files: new Map([['main.mdx', { changes: [change('Add main')], more: 0 }]]),
    },
  } as unknown as Catalog;
}

const keyOf = (c: Catalog) => pageKey(articlePage(c.articlesById.get('main')!, c));

type Edit = (c: Catalog) => void;
const data = (c: Catalog, id: string) => (c.articlesById.get(id)! as { data: Record<string, unknown> }).data;
const yaml = (map: Map<string, unknown>, id: string) => (map.get(id) as { data: Record<string, unknown> }).data;

const EDITS: Record<string, Edit> = {
  'its headline': (c) => (data(c, 'main').title = 'عنوان آخر'),
  'its summary': (c) => (data(c, 'main').summary = 'ملخص آخر'),
  'its date': (c) => (data(c, 'main').date = new Date('2025-02-05T00:00:00Z')),
  // An edited file has a new digest, and its render a new file named by it.
  'its body': (c) =>
    Object.assign(c.articlesById.get('main')!, {
      digest: 'digest-main-2',
      rendered: { html: '', metadata: { headings: [], imagePaths: [], htmlFile: '/cache/rendered-articles/digest-main-2.html' } },
    }),
  'its reading time': (c) => (c.analysis.get('main')!.readingTime = '12 دقيقة'),
  'a figure': (c) => ((data(c, 'main').figures as { value: number }[])[0]!.value = 301),
  'a figure’s relay': (c) => ((data(c, 'main').figures as { via?: unknown }[])[0]!.via = [ref('entities', 'reuters')]),
  'its outlet’s name': (c) => (yaml(c.sources, 'cnn-arabic').name = 'سي إن إن عربية'),
  'its outlet’s address': (c) => (yaml(c.sources, 'cnn-arabic').url = 'https://cnnarabic.com'),
  'its topic’s title': (c) => (yaml(c.topics, 'war').title = 'حرب أوكرانيا'),
  'a metric’s label': (c) => (yaml(c.metrics, 'killed').label = 'عدد القتلى'),
  'a related article’s headline': (c) => (data(c, 'related').title = 'عنوان مصحح'),
  'a related article’s outlet': (c) => (yaml(c.sources, 'fox-news').name = 'فوكس'),
  'the older article’s headline': (c) => (data(c, 'older').title = 'عنوان أقدم مصحح'),
  // The search forms' file is named by their digest (src/data/analysis.ts).
  'its search words': (c) => (c.analysis.get('main')!.searchExtras = 'b2'),
  'its related articles': (c) => c.related.set('main', []),
  // A commit to its file: a new change in its change log, and a new "last changed".
  'a new commit to its file': (c) => {
    if (c.history.available) (c.history.files.get('main.mdx')!.changes as unknown[]).unshift(change('Fix a figure', 'b'.repeat(40)));
  },
};

describe('an article page’s key', () => {
  it('is the same when nothing changed', () => {
    expect(keyOf(catalog())).toBe(keyOf(catalog()));
  });

  it.each(Object.entries(EDITS))('changes with %s', (_, edit) => {
    const edited = catalog();
    edit(edited);
    expect(keyOf(edited)).not.toBe(keyOf(catalog()));
  });

  it('changes with the name of a relay its figures show', () => {
    const relayed = () => {
      const c = catalog();
      (data(c, 'main').figures as { via?: unknown }[])[0]!.via = [ref('entities', 'reuters')];
      return c;
    };
    const renamed = relayed();
    yaml(renamed.entities, 'reuters').name = 'وكالة رويترز';
    expect(keyOf(relayed())).toBe(keyOf(relayed()));
    expect(keyOf(renamed)).not.toBe(keyOf(relayed()));
  });

  it('does not change with what the page does not show: the older article’s summary', () => {
    const edited = catalog();
    data(edited, 'older').summary = 'ملخص آخر';
    expect(keyOf(edited)).toBe(keyOf(catalog()));
  });
});

describe('a topic’s ledger', () => {
  const claim = (metric: string, value: number) => ({
    id: `${metric}-${value}`,
    metric,
    value,
    qualifier: 'exact' as const,
    claimant: 'أ',
    via: [],
    when: '2025-01-01',
    quote: 'ق',
    article: { id: 'main', title: 'ع', date: '2025-01-01', source: 'cnn-arabic', topics: ['russia-ukraine-war'] },
  });

  it('lists the metrics with the most claims first, each with its label', () => {
    const c = catalog();
    (c.metrics as Map<string, unknown>).set('wounded', { id: 'wounded', data: { label: 'الجرحى', unit: 'جريح' } });
    const ledger = topicLedger([claim('killed', 1), claim('wounded', 2), claim('wounded', 3)], c);
    expect(ledger.map((s) => s.metric.label)).toEqual(['الجرحى', 'القتلى']);
    expect(ledger[0]!.rows.map((r) => r.source.title)).toEqual(['سي إن إن', 'سي إن إن']);
  });

  it('shows a relayed claim’s chain, its relays by name and then its outlet', () => {
    const [section] = topicLedger([{ ...claim('killed', 1), via: ['reuters', 'new-york-times'] }, claim('killed', 2)], catalog());
    expect(section!.rows.map((r) => r.chain)).toEqual([{ relays: ['رويترز', 'نيويورك تايمز'], outlet: 'سي إن إن' }, undefined]);
  });

  it('gives each metric its range line over every claim, not only those it draws, and its definition', () => {
    const many = Array.from({ length: LEDGER_WINDOW + 5 }, (_, i) => ({ ...claim('killed', i + 1), claimant: `جهة ${i}` }));
    const [section] = topicLedger(many, catalog());
    expect(section!.rows).toHaveLength(LEDGER_WINDOW);
    expect(section!.range).toMatchObject({
      kind: 'range',
      claimants: LEDGER_WINDOW + 5,
      lowest: { value: 1 },
      highest: { value: LEDGER_WINDOW + 5 },
    });
    expect(section!.definitionPath).toBe('/figures/#metric-killed');
  });

  it('draws the latest claims of a metric only, and says how many there are in all', () => {
    const c = catalog();
    const many = Array.from({ length: LEDGER_WINDOW + 15 }, (_, i) => ({
      ...claim('killed', i),
      when: `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    }));
    const [section] = topicLedger(many, c);
    expect(section!.total).toBe(LEDGER_WINDOW + 15);
    expect(section!.rows).toHaveLength(LEDGER_WINDOW);
    expect(section!.chart.claims.at(-1)!.when).toBe(
      [...many]
        .map((m) => m.when)
        .sort()
        .at(-1),
    );
  });
});

// Listing pages: `count` articles of the topic and outlet of catalog(), one day apart, the
// newest first. Adding one is adding the newest: a-<count>, the day after a-<count - 1>.
function listingCatalog(count: number): Catalog {
  const articles = Array.from({ length: count }, (_, i) => article(`a-${i}`, { date: new Date(Date.UTC(2025, 0, 1 + i)) })).reverse();
  return {
    ...catalog(),
    articles,
    articlesById: new Map(articles.map((a) => [a.id, a])),
    byTopic: new Map([['war', articles]]),
    bySource: new Map([['cnn-arabic', articles]]),
  } as Catalog;
}

/** Each page's incremental-build key, by its address. */
const keysByPath = (paths: readonly { params: object; cacheKey: string }[]) =>
  new Map(paths.map((p) => [JSON.stringify(p.params), p.cacheKey]));

const LISTINGS = {
  'a topic': { routes: topicListingPaths, params: { id: 'war' } },
  'an outlet': { routes: sourceListingPaths, params: { id: 'cnn-arabic' } },
  'all articles': { routes: articleListingPaths, params: {} },
};

describe('a listing when an article is added', () => {
  it.each(Object.entries(LISTINGS))(
    '%s: only the first page’s key changes, every archive page keeps its address and key',
    (_, { routes, params }) => {
      const at = (page: string | undefined) => JSON.stringify({ ...params, page });
      for (const count of [25, 39, 40, 45, 59, 99]) {
        const before = keysByPath(routes(listingCatalog(count)));
        const after = keysByPath(routes(listingCatalog(count + 1)));
        const changed = [...after].filter(([path, key]) => before.get(path) !== key).map(([path]) => path);
        // Every 20th article, the page being filled is full: it becomes an archive page and the next one starts.
        const filled = (count + 1) % 20 === 0 ? (count + 1) / 20 : undefined;
        expect(changed).toEqual(filled === undefined ? [at(undefined)] : [at(undefined), at(String(filled)), at(String(filled + 1))]);
        for (const path of before.keys()) expect(after.has(path)).toBe(true);
      }
    },
  );

  it('numbers archive pages from the oldest article, and counts articles on the first page only', () => {
    const listingCatalog45 = listingCatalog(45);
    const paths = topicListingPaths(listingCatalog45);
    const at = (p: string | undefined) => {
      const path = paths.find(({ params }) => params.page === p);
      if (!path) throw new Error(`no page ${p}`);
      return topicListingPage(path.params, listingCatalog45);
    };
    const page = (p: string | undefined) => at(p).listing;
    expect(page('1')).toMatchObject({ kind: 'archive', number: 1 });
    const oldest = page('1') as { articles: { path: string }[] };
    expect(oldest.articles.map((a) => a.path)).toEqual(Array.from({ length: 20 }, (_, i) => `/articles/a-${19 - i}/`));
    expect(page(undefined)).toMatchObject({ kind: 'first', total: 45 });
    expect(page('2')).not.toHaveProperty('total');
    expect(page('3')).toEqual({ kind: 'pending', number: 3 });
    expect(at('1').ledger).toEqual([]);
  });
});

describe('a topic’s timeline by month', () => {
  it('puts every article on its month’s page, newest month first, each page linking the months beside it', () => {
    const listing = listingCatalog(45); // 1 January to 14 February 2025
    const pages = timelineMonthPaths(listing).map(({ params }) => topicTimelineMonth(params, listing));
    expect(pages.map((p) => p.month)).toEqual(['2025-02', '2025-01']);
    expect(pages.map((p) => p.articles.length)).toEqual([14, 31]);
    expect(pages[0]!.newer).toBeUndefined();
    expect(pages[0]!.older).toEqual({ month: '2025-01', path: '/topics/war/timeline/2025-01/' });
    expect(pages[1]!.newer).toMatchObject({ month: '2025-02' });
    expect(() => topicTimelineMonth({ id: 'war', month: '2024-12' }, listing)).toThrow(/no article in "2024-12"/);
  });

  it('leaves a past month’s page as it was when an article is added in the current month', () => {
    const before = keysByPath(timelineMonthPaths(listingCatalog(45)));
    const after = keysByPath(timelineMonthPaths(listingCatalog(46)));
    expect(after.get(JSON.stringify({ id: 'war', month: '2025-01' }))).toBe(before.get(JSON.stringify({ id: 'war', month: '2025-01' })));
    expect(after.get(JSON.stringify({ id: 'war', month: '2025-02' }))).not.toBe(
      before.get(JSON.stringify({ id: 'war', month: '2025-02' })),
    );
  });
});

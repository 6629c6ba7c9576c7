import { describe, expect, it } from 'vitest';
import { claimIds, oldestReportFirst, sameClaimKey } from '../../src/lib/figures/claim-ids.ts';
import { claimCitations } from '../../src/lib/figures/citation.ts';
import { dataPackage, DATA_LICENCE } from '../../src/lib/figures/data-package.ts';
import { EXPORT_COLUMNS, EXPORT_FIELDS, exportRows, toCsv } from '../../src/lib/figures/export.ts';
import type { Claim } from '../../src/lib/figures/ledger.ts';
import { openDataIndex } from '../../src/lib/figures/open-data-months.ts';

const killed = { metric: 'killed', claimant: 'المعلومات الاستخباراتية' };
const wounded = { metric: 'wounded', claimant: 'المعلومات الاستخباراتية' };

describe('claimIds', () => {
  it('gives each figure sixteen hex digits, the same in every build', () => {
    const [id] = claimIds('a', [killed]);
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(claimIds('a', [killed])).toEqual([id]);
  });

  it('keeps an id when the list is reordered, another figure is added or the claimant is spelled with a hamza or tatweel', () => {
    const [k, w] = claimIds('a', [killed, wounded]);
    expect(claimIds('a', [wounded, { metric: 'captured', claimant: 'كييف' }, killed])).toEqual([w, expect.any(String), k]);
    expect(claimIds('a', [{ metric: 'killed', claimant: 'المعلومات الإستخباراتيـة' }])).toEqual([k]);
  });

  it('changes it when the article, the metric or the claimant changes: that is another claim', () => {
    const [k] = claimIds('a', [killed]);
    expect(claimIds('b', [killed])[0]).not.toBe(k);
    expect(claimIds('a', [{ ...killed, metric: 'casualties' }])[0]).not.toBe(k);
    expect(claimIds('a', [{ ...killed, claimant: 'كييف' }])[0]).not.toBe(k);
  });

  it('numbers the same claimant counting the same thing twice in one article, in the order written', () => {
    const [first, second, third] = claimIds('a', [killed, killed, killed]);
    expect(second).toBe(`${first}-2`);
    expect(third).toBe(`${first}-3`);
  });
});

describe('sameClaimKey', () => {
  const claim = { metric: 'troops-sent', value: 12000, claimant: 'جهاز الاستخبارات', claimantId: 'nis' };
  it('is one claim whoever relays it: the same claimant (by entity, else by words), metric and number', () => {
    expect(sameClaimKey(claim)).toBe(sameClaimKey({ ...claim, claimant: 'الاستخبارات الكورية الجنوبية' }));
    expect(sameClaimKey({ ...claim, claimantId: undefined })).toBe(
      sameClaimKey({ ...claim, claimantId: undefined, claimant: 'جهاز الإستخبارات' }),
    );
  });
  it('is another claim for another number, upper end, metric or claimant', () => {
    for (const other of [{ value: 14000 }, { valueMax: 15000 }, { metric: 'troops-planned' }, { claimantId: 'kcna' }]) {
      expect(sameClaimKey({ ...claim, ...other })).not.toBe(sameClaimKey(claim));
    }
  });
  it('orders reports by the article’s date, then its id', () => {
    const report = (id: string, date: string) => ({ article: { id, date } });
    expect(
      [report('b', '2025-02-01'), report('c', '2025-01-01'), report('a', '2025-02-01')].sort(oldestReportFirst).map((r) => r.article.id),
    ).toEqual(['c', 'a', 'b']);
  });
});

describe('claimCitations', () => {
  const cited = claimCitations({
    claim: 'القتلى: نحو 300 جندي',
    claimant: 'المعلومات الاستخباراتية',
    outlet: { name: 'فوكس نيوز', latinName: 'Fox News Digital' },
    title: 'انسحاب القوات',
    published: new Date('2025-02-04T00:00:00Z'),
    site: { name: 'مرصد الأخبار', latinName: 'Marsad al-Akhbar' },
    permalink: 'https://example.org/claims/0123456789abcdef/',
  });
  it('names the claim, the outlet, the headline, the date, the site and the permalink, in Arabic and in English', () => {
    expect(`${cited.ar.lead}${cited.ar.permalink}${cited.ar.accessed}[…]${cited.ar.end}`).toBe(
      'المعلومات الاستخباراتية: القتلى: نحو 300 جندي. فوكس نيوز، «انسحاب القوات»، 4 فبراير 2025. في مرصد الأخبار: https://example.org/claims/0123456789abcdef/ (تاريخ الاطلاع: […]).',
    );
    expect(`${cited.en.lead}${cited.en.permalink}${cited.en.accessed}[…]${cited.en.end}`).toBe(
      'Fox News Digital. 4 February 2025. “انسحاب القوات.” Claim by المعلومات الاستخباراتية: القتلى: نحو 300 جندي. In Marsad al-Akhbar. https://example.org/claims/0123456789abcdef/ (accessed […]).',
    );
  });
});

describe('dataPackage', () => {
  const claim: Claim = {
    id: '0123456789abcdef',
    metric: 'killed',
    value: 300,
    qualifier: 'about',
    claimant: 'كييف',
    via: [],
    when: '2025-02-04',
    quote: 'قُتل نحو 300 جندي.',
    article: { id: 'a', title: 'عنوان', date: '2025-02-04', source: 'fox-news', topics: ['war'] },
  };
  const pack = dataPackage(openDataIndex([claim]), {
    homepage: 'https://example.org/figures/',
    siteName: 'مرصد الأخبار',
    lastUpdated: '2026-12-02T10:00:00.000Z',
  }) as {
    profile: string;
    name: string;
    licenses: unknown[];
    created: string;
    resources: {
      name: string;
      path: string;
      schema: { fields: { name: string; type: string; description: string }[]; primaryKey: string };
    }[];
  };

  it('is a tabular Data Package with its licence and when it was built', () => {
    expect(pack.profile).toBe('tabular-data-package');
    expect(pack.name).toMatch(/^[-a-z0-9._/]+$/);
    expect(pack.licenses).toEqual([DATA_LICENCE]);
    expect(pack.created).toBe('2026-12-02T10:00:00.000Z');
  });

  it('describes each month file with every column, in the files’ order, each with a Table Schema type and a description', () => {
    expect(pack.resources).toEqual([expect.objectContaining({ name: 'figures-2025-02', path: '2025-02.csv', format: 'csv' })]);
    const { fields, primaryKey } = pack.resources[0]!.schema;
    const header = toCsv(exportRows([claim]))
      .slice(1)
      .split('\r\n')[0]!
      .split(',');
    expect(fields.map((f) => f.name)).toEqual(header);
    expect(fields.map((f) => f.name)).toEqual(EXPORT_COLUMNS);
    for (const field of fields) {
      expect(['string', 'number', 'integer', 'boolean', 'date', 'datetime', 'year', 'yearmonth', 'array', 'object']).toContain(field.type);
      expect(field.description.length).toBeGreaterThan(10);
    }
    expect(primaryKey).toBe('id');
    expect(EXPORT_FIELDS[0].name).toBe('id');
  });
});

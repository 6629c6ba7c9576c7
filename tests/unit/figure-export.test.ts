import { describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS, exportRows, toCsv } from '../../src/lib/figures/export.ts';
import type { Claim } from '../../src/lib/figures/ledger.ts';

const claim: Claim = {
  id: '0123456789abcdef',
  metric: 'troops-sent',
  value: 14000,
  qualifier: 'about',
  claimant: 'مصادر من كوريا الجنوبية، وأوكرانيا',
  via: ['reuters'],
  when: '2025-11-14',
  quote: 'قال "إنهم" أرسلوا 14,000 جندي.',
  article: {
    id: 'a',
    title: 'عنوان',
    date: '2025-11-14',
    source: 'fox-news',
    topics: ['russia-ukraine-war', 'north-korean-troops-in-russia'],
  },
};

describe('exportRows', () => {
  it('has every documented column, empty optional ones as null', () => {
    const [row] = exportRows([claim]);
    expect(Object.keys(row!)).toEqual([...EXPORT_COLUMNS]);
    expect(row).toMatchObject({ article: '/articles/a/', value: 14000, valueMax: null, claimantId: null, asOf: null });
    expect(row!.topics).toEqual(['russia-ukraine-war', 'north-korean-troops-in-russia']);
    expect(row!.via).toEqual(['reuters']);
    const [unrelayed] = exportRows([{ ...claim, via: [] }]);
    expect(unrelayed!.via).toEqual([]);
  });
});

describe('toCsv', () => {
  const csv = toCsv(exportRows([claim]));

  it('starts with a byte order mark and a header row, lines ending CRLF', () => {
    expect(
      csv.startsWith('\uFEFFid,article,title,source,topics,date,metric,value,valueMax,qualifier,claimant,claimantId,via,asOf,quote\r\n'),
    ).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('lists the topics as space-separated ids in one field', () => {
    expect(csv).toContain(',fox-news,russia-ukraine-war north-korean-troops-in-russia,2025-11-14,');
  });

  it('lists the relays as space-separated ids in one field, in order, and leaves it empty without any', () => {
    expect(toCsv(exportRows([{ ...claim, via: ['reuters', 'new-york-times'] }]))).toContain(',,reuters new-york-times,,');
    expect(toCsv(exportRows([{ ...claim, claimantId: 'nis', via: [] }]))).toContain(',nis,,,');
  });

  it('quotes fields with commas and doubles quotation marks', () => {
    expect(csv).toContain(',"قال ""إنهم"" أرسلوا 14,000 جندي."');
    expect(csv).toContain(',مصادر من كوريا الجنوبية، وأوكرانيا,');
  });
});

import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import ClaimsTable from '../../src/components/ClaimsTable.astro';
import type { ClaimRow } from '../../src/data/views.ts';

// The claims table of a ledger and of a claimant's page (/claimants/<id>/, which shows each row's
// metric): a relayed claim says its chain after its claimant, an arrow for the eye and «عبر» for
// a screen reader, each name isolated.
const row = (more: Partial<ClaimRow>): ClaimRow => ({
  claimPath: '/claims/0123456789abcdef/',
  metric: { label: 'الجنود المرسلون', unit: 'جندي' },
  value: 14000,
  qualifier: 'about',
  claimant: 'جهاز المخابرات الوطنية',
  claimantPath: '/claimants/nis/',
  when: '2025-11-14',
  source: { path: '/sources/fox-news/', title: 'فوكس نيوز' },
  article: { path: '/articles/a/#quote-1', title: 'عنوان' },
  ...more,
});

describe('the claims table', async () => {
  const container = await AstroContainer.create();
  const html = await container.renderToString(ClaimsTable, {
    props: {
      caption: 'أرقام جهاز المخابرات الوطنية',
      showMetric: true,
      claims: [row({ chain: { relays: ['رويترز', 'Yonhap'], outlet: 'فوكس نيوز' } }), row({ value: 1500, qualifier: 'exact' })],
    },
  });
  // Vitest renders as the dev server does, marking each element with its source: not the site's markup.
  const markup = html.replace(/ data-astro-source-(?:file|loc)="[^"]*"/g, '');
  const cells = [...markup.matchAll(/<td class="claimant"[^>]*>(.*?)<\/td>/gs)].map((m) => m[1]!);

  it('shows a relayed claim’s chain after its claimant, linked to its page', () => {
    const text = cells[0]!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(text).toBe('جهاز المخابرات الوطنية ← عبر رويترز ← عبر Yonhap ← عبر فوكس نيوز');
    expect(cells[0]).toMatch(/^<a href="\/claimants\/nis\/">جهاز المخابرات الوطنية<\/a>/);
  });

  it('draws the arrow for the eye only, says «عبر» to a screen reader, and isolates each name', () => {
    expect(cells[0]!.match(/<span class="arrow" aria-hidden="true"> ← <\/span>/g)).toHaveLength(3);
    expect(cells[0]!.match(/<span class="visually-hidden"> عبر <\/span>/g)).toHaveLength(3);
    expect(cells[0]).toContain('<bdi><bdi dir="ltr">Yonhap</bdi></bdi>');
  });

  it('shows a claim nobody relayed with its claimant alone', () => {
    expect(cells[1]).not.toContain('relay-chain');
  });
});

import { describe, expect, it } from 'vitest';
import { impossibleDates } from '../../src/lib/raw-dates.ts';

const file = (frontmatter: string) => `---\n${frontmatter}\n---\n\nنص المقال.\n`;

describe('impossibleDates', () => {
  it('accepts real days, quoted or not, and ignores the body', () => {
    expect(impossibleDates('a.mdx', file('date: 2024-02-29\nupdated: "2025-03-01"'))).toEqual([]);
    expect(impossibleDates('a.mdx', '---\ndate: 2025-01-01\n---\ndate: 2025-02-30\n')).toEqual([]);
  });

  it('reports a day YAML would roll into the next month, with its line and field', () => {
    expect(impossibleDates('content/articles/a.mdx', file('title: عنوان\ndate: 2025-02-30'))).toEqual([
      {
        file: 'content/articles/a.mdx:3',
        field: 'date',
        message: '"2025-02-30" is not a real calendar day — write the date as YYYY-MM-DD, a real calendar day',
      },
    ]);
  });

  it('checks figure dates and tolerates a BOM and CRLF line endings', () => {
    const text = '\uFEFF---\r\ndate: 2025-01-01\r\nfigures:\r\n  - metric: killed\r\n    asOf: 2023-02-29\r\n---\r\n';
    expect(impossibleDates('a.mdx', text).map((p) => [p.file, p.field])).toEqual([['a.mdx:5', 'asOf']]);
  });
});

import { describe, expect, it } from 'vitest';
import { articleTemplate } from '../../scripts/editor/article-template.ts';
import { escapeMdx, importText, sentences, suggestFigures } from '../../scripts/editor/import-text.ts';

describe('importText', () => {
  const raw = [
    'اخر الاخبار',
    '',
    'بعد اعتراف روسيا.. كوريا الشمالية تعلق على تورط قواتها',
    'قالت الوكالة إن القوات شاركت في القتال.  ',
    'تفاصيل الانسحاب',
    'وأرسلت كوريا حوالي 14,000 جندي عام 2024.',
    'المصدر: وكالة ستيب الاخبارية',
    'اترك تعليقاً',
    'لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *',
  ].join('\r\n');
  const imported = importText(raw);

  it('takes a short first line as the headline', () => {
    expect(imported.title).toBe('بعد اعتراف روسيا.. كوريا الشمالية تعلق على تورط قواتها');
  });

  it('keeps paragraphs and makes short lines without final punctuation headings', () => {
    expect(imported.body).toBe(
      'قالت الوكالة إن القوات شاركت في القتال.\n\n## تفاصيل الانسحاب\n\nوأرسلت كوريا حوالي 14,000 جندي عام 2024.\n',
    );
  });

  it('drops page furniture and says what it dropped', () => {
    expect(imported.dropped).toEqual(['اخر الاخبار', 'المصدر: وكالة ستيب الاخبارية', 'اترك تعليقاً', expect.stringMatching(/^لن يتم نشر/)]);
  });

  it('drops a byline that is an outlet’s name, and a lone dash', () => {
    const cnn = importText('سي إن إن\n—\nتم تصوير جنود كوريين شماليين وهم يتلقون الزي الرسمي في ساحة تدريب.', ['سي إن إن', 'CNN']);
    expect(cnn.dropped).toEqual(['سي إن إن', '—']);
    expect(cnn.title).toBe('');
  });

  it('leaves the headline empty when the text starts with a paragraph', () => {
    expect(
      importText('نُشرت صور جديدة بواسطة وزارة الدفاع الروسية تظهر جنودًا من كوريا الشمالية يقومون بإزالة الألغام في منطقة كورسك.').title,
    ).toBe('');
  });
});

describe('escapeMdx', () => {
  it('escapes what MDX would read as code or markup', () => {
    expect(escapeMdx('العدد {غير معروف} و<5 آلاف')).toBe('العدد \\{غير معروف\\} و&lt;5 آلاف');
    expect(escapeMdx('# ليس عنوانًا')).toBe('\\# ليس عنوانًا');
    expect(escapeMdx('مشار إليها بـ *')).toBe('مشار إليها بـ \\*');
  });
});

describe('suggestFigures', () => {
  it('reads the number, its qualifier and what it counts', () => {
    expect(suggestFigures('أرسلت كوريا حوالي 14,000 جنديًا وأن أكثر من 6,000 قُتلوا.')).toEqual([
      expect.objectContaining({ value: 14000, qualifier: 'about', metric: 'troops-sent' }),
      expect.objectContaining({ value: 6000, qualifier: 'at-least', metric: 'killed' }),
    ]);
  });

  it('reads numbers in words and projections', () => {
    expect(suggestFigures('مع توقعات بزيادة العدد إلى 100 ألف جندي.')).toEqual([
      expect.objectContaining({ value: 100000, qualifier: 'planned', metric: 'troops-planned' }),
    ]);
  });

  it('skips years', () => {
    expect(suggestFigures('صادق البلدان في نوفمبر 2024 على معاهدة.')).toEqual([]);
  });
});

describe('sentences', () => {
  it('splits on final punctuation and keeps it', () => {
    expect(sentences('قال كيم. وأضاف “نعم”. ثم؟')).toEqual(['قال كيم.', 'وأضاف “نعم”.', 'ثم؟']);
  });
});

describe('articleTemplate', () => {
  it('writes every field with a comment, the required ones empty for the editor', () => {
    const text = articleTemplate({ date: '2025-11-21', source: 'fox-news', topics: ['russia-ukraine-war'] });
    expect(text).toMatch(/^---\n# The headline/);
    for (const field of ['title: ""', 'summary: ""', 'date: 2025-11-21', 'source: fox-news', '  - russia-ukraine-war', 'figures: []']) {
      expect(text).toContain(field);
    }
    for (const optional of ['# updated:', '# sourceUrl:', '# translatedFrom:']) expect(text).toContain(optional);
  });
});

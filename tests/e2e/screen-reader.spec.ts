import { expect, test } from '@playwright/test';

const ARTICLE = '/articles/north-korean-troops-clear-mines-in-kursk/';

// What a screen reader gets is the accessibility tree chromium builds: landmarks to jump
// between, the headline as the one level-1 heading, the outlet and date as a labelled list,
// sections as level-2 headings, the figures as a table whose every cell has its headers, and
// the change log as a group named by its summary.
test('a screen reader gets the article whole: landmarks, headings, source, date, figures', async ({ page }) => {
  await page.goto(ARTICLE);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('body')).toMatchAriaSnapshot(`
    - link "انتقل إلى المحتوى"
    - banner:
      - navigation "الأقسام"
      - search:
        - searchbox "ابحث في المقالات"
    - main:
      - article:
        - heading "وزارة الدفاع الروسية تنشر صورًا لجنود كوريين شماليين يزيلون الألغام في منطقة كورسك" [level=1]
        - term: "المصدر:"
        - definition:
          - link "فوكس نيوز"
        - term: "تاريخ النشر:"
        - definition:
          - time: /14 نوفمبر\\/تشرين الثاني 2025/
          - text: /جمادى الأولى 1447 هـ/
        - term: "آخر تعديل لهذه الصفحة:"
        - definition:
          - link:
            - time: /^\\d{1,2} \\S+ \\d{4}$/
        - term: "اللغة:"
        - definition: مترجم عن الإنجليزية
        - navigation "مواضيع المقال"
        - navigation "في هذا المقال"
        - heading "التعاون العسكري بين روسيا وكوريا الشمالية" [level=2]
        - heading "التدريب والتعاون" [level=2]
        - heading "التداعيات والنتائج المحتملة" [level=2]
        - complementary "الأرقام في هذا المقال":
          - table:
            - rowgroup:
              - row:
                - columnheader "ما يُعدّ"
                - columnheader "الرقم"
                - columnheader "بحسب"
                - columnheader "المصدر في النص"
            - rowgroup:
              - row:
                - rowheader "الجنود المرسلون"
                - cell "نحو 14,000 جندي"
        - group: /^سجل التعديلات \\(.+\\)$/
      - region "تغطيات ذات صلة"
    - contentinfo
  `);
});

test('the index-only search text never reaches a reader: the page carries only its digest', async ({ page, request }) => {
  const html = await (await request.get(ARTICLE)).text();
  expect(html).not.toContain('⁂');
  await page.goto(ARTICLE);
  expect(await page.locator('body').ariaSnapshot()).not.toContain('⁂');
  await expect(page.locator('article[data-pagefind-body]')).toHaveAttribute('data-search-extras', /^[0-9a-f]{24}$/);
});

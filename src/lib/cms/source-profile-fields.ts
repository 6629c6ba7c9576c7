import { OWNERSHIP_KIND_LABELS, OWNERSHIP_KINDS } from '../content/ownership.ts';
import type { CmsField } from './config.ts';

const optional = { required: false } as const;
const HTTP_URL: [string, string] = ['^https?://\\S+$', 'اكتب رابط الصفحة كاملًا يبدأ بـ http:// أو https://'];
const NEVER_GUESS = 'اتركه فارغًا إن لم تجد صفحة عامة تذكره: يُحفظ unknown (غير معروف)، ولا يُخمَّن أبدًا.';

/**
 * The outlet's profile in the editors' form (src/lib/content/source-profile.ts): each fact with
 * the page that states it. The form cannot say "unknown" for an object, so a fact left blank is
 * saved as `unknown` and an `unknown` one opens blank (unknown-facts.ts); the unattributed
 * entry's blanks are saved as nothing, since it has no profile.
 */
export const PROFILE_FIELDS: CmsField[] = [
  {
    name: 'countryCite',
    label: 'مصدر بلد المقر',
    widget: 'string',
    ...optional,
    pattern: HTTP_URL,
    hint: 'رابط صفحة عامة تذكر بلد مقر الوسيلة. إن لم تجد صفحة تذكره فاكتب unknown في البلد واترك هذا الحقل فارغًا.',
  },
  {
    name: 'owner',
    label: 'المالك',
    widget: 'object',
    ...optional,
    hint: `من يملك الوسيلة، مع رابط صفحة عامة تسمّيه. ${NEVER_GUESS}`,
    fields: [
      { name: 'ar', label: 'اسم المالك بالعربية', widget: 'string', ...optional },
      { name: 'latin', label: 'اسم المالك بالحروف اللاتينية', widget: 'string', ...optional },
      { name: 'cite', label: 'رابط صفحة تسمّي المالك', widget: 'string', ...optional, pattern: HTTP_URL },
    ],
  },
  {
    name: 'ownership',
    label: 'نوع الملكية',
    widget: 'object',
    ...optional,
    hint: 'مملوكة للدولة، أو خدمة عامة، أو خاصة، أو تابعة لحزب أو حركة أو جهة حكومية، مع رابط صفحة تذكر ذلك. اختر «الملكية غير معروفة» إن لم تجد صفحة تذكره.',
    fields: [
      {
        name: 'kind',
        label: 'النوع',
        widget: 'select',
        ...optional,
        options: OWNERSHIP_KINDS.map((value) => ({ value, label: OWNERSHIP_KIND_LABELS[value] })),
      },
      { name: 'cite', label: 'رابط صفحة تذكر نوع الملكية', widget: 'string', ...optional, pattern: HTTP_URL },
    ],
  },
  {
    name: 'funding',
    label: 'التمويل',
    widget: 'object',
    ...optional,
    hint: `من يموّل الوسيلة، في سطر واحد، مع رابط صفحة عامة تذكره. ${NEVER_GUESS}`,
    fields: [
      { name: 'note', label: 'التمويل في سطر واحد', widget: 'string', ...optional },
      { name: 'cite', label: 'رابط صفحة تذكر التمويل', widget: 'string', ...optional, pattern: HTTP_URL },
    ],
  },
];

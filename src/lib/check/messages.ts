import { QUALIFIERS } from '../figures/format.ts';
import { OWNERSHIP_KINDS } from '../content/ownership.ts';

/** How to fix each field, in Arabic, by its path without list indexes, or else by its own name (the last part of its path). */
const ARABIC_HOW: Record<string, string> = {
  title: 'اكتب عنوان المقال بالعربية، ومن الجملة الأولى إن لم يكن للنص عنوان',
  summary: 'اكتب جملة أو جملتين تقولان ما يرويه المقال (400 حرف على الأكثر)',
  date: 'اكتب تاريخ النشر بالشكل YYYY-MM-DD، يومًا حقيقيًا، مثل 2025-11-14',
  updated: 'اكتب تاريخ آخر تعديل بالشكل YYYY-MM-DD، ولا يسبق تاريخ النشر',
  source: 'اكتب معرّف مصدر موجود في content/sources/ (اسم الملف دون .yaml)',
  sourceUrl: 'اكتب عنوان المقال الأصلي كاملًا، يبدأ بـ http:// أو https://',
  translatedFrom: 'اكتب رمز اللغة الأصلية، مثل en',
  topics: 'اذكر موضوعًا واحدًا على الأقل من content/topics/، الموضوع الرئيسي أولًا',
  figures: 'اكتب الأرقام قائمةً، كل رقم بحقوله',
  metric: 'اكتب معرّف ما يُعدّ من content/metrics/',
  value: 'اكتب الرقم بأرقام فقط دون فواصل، أكبر من صفر، مثل 14000',
  valueMax: 'اكتب الحد الأعلى بأرقام فقط، أكبر من value',
  qualifier: `استخدم إحدى القيم: ${QUALIFIERS.join(' أو ')}`,
  claimant: 'اكتب الجهة التي تذكر الرقم بكلمات المقال نفسها',
  claimantId: 'اكتب معرّف جهة من content/entities/',
  via: 'اكتب معرّفات الجهات التي نقلت الرقم من content/entities/، بالترتيب من القائل إلى المصدر، كلًّا مرة واحدة ودون القائل نفسه',
  asOf: 'اكتب التاريخ الذي يشير إليه الرقم بالشكل YYYY-MM-DD أو YYYY-MM',
  quote: 'انسخ من نص المقال الجملة التي تذكر الرقم، كلمة بكلمة',
  image: 'اكتب الصورة بحقولها: src وalt وcredit',
  src: 'اكتب اسم ملف الصورة بجانب المقال، مثل ./photo.jpg',
  alt: 'صِف الصورة بالعربية لمن لا يراها',
  caption: 'اكتب تعليق الصورة نصًّا',
  credit: 'اكتب صاحب الصورة أو مصوّرها',
  name: 'اكتب الاسم بالعربية',
  latinName: 'اكتب الاسم بالحروف اللاتينية',
  url: 'اكتب العنوان كاملًا، يبدأ بـ http:// أو https://',
  country: 'اكتب رمز البلد من حرفين كبيرين، مثل US',
  kind: 'اكتب نوع الجهة بإحدى القيم المسموح بها',
  description: 'اكتب الوصف نصًّا',
  parent: 'اكتب معرّف موضوع موجود في content/topics/',
  label: 'اكتب ما يُعدّ بالعربية، مثل «القتلى»',
  unit: 'اكتب المعدود بالعربية، مثل «جندي»',
  names: 'اذكر كتابات الاسم الأخرى قائمةً',
  countryCite: 'اكتب رابط صفحة عامة تذكر بلد المقر، يبدأ بـ https://',
  owner: 'اكتب unknown، أو المالك بحقوله ar وlatin وcite',
  ar: 'اكتب الاسم بالعربية',
  latin: 'اكتب الاسم بالحروف اللاتينية',
  ownership: 'اكتب نوع الملكية في kind ورابط صفحة تذكره في cite',
  'ownership.kind': `اكتب نوع الملكية بإحدى القيم: ${OWNERSHIP_KINDS.join(' أو ')}`,
  funding: 'اكتب unknown، أو التمويل بحقلين note وcite',
  note: 'اكتب سطرًا واحدًا بالعربية',
  cite: 'اكتب رابط صفحة عامة تذكر هذه المعلومة، يبدأ بـ https://',
  counts: 'اكتب بجملة عربية واحدة ما الذي يُعدّ، مثل «الجنود الذين قُتلوا»',
  sumOf: 'اذكر مقياسين أو أكثر من content/metrics/ يجمعهما هذا المقياس، مثل [killed, wounded]',
  projectionOf: 'اكتب معرّف المقياس الذي يتوقّعه هذا المقياس من content/metrics/',
};

const ARABIC_WHAT: Record<string, string> = {
  missing: 'الحقل ناقص',
  empty: 'الحقل فارغ',
  type: 'نوع القيمة غير صحيح',
  invalid: 'القيمة غير صالحة',
  unknown: 'المعرّف غير موجود',
};

export type ProblemKind = keyof typeof ARABIC_WHAT;

/** The Arabic line of a field's problem: what is wrong, then how to fix it. */
export function arabicFor(field: string, kind: ProblemKind): string {
  const path = field.replace(/\[\d+\]/g, '');
  const name = path.split('.').at(-1) ?? field;
  return `${ARABIC_WHAT[kind]}: ${ARABIC_HOW[path] ?? ARABIC_HOW[name] ?? 'راجع قيمة هذا الحقل'}`;
}

/** A zod issue path as editors write it: figures[0].value. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i > 0 ? '.' : ''}${String(part)}`)).join('') || 'frontmatter';
}

const ENGLISH_WHAT: Record<ProblemKind, string> = {
  missing: 'is missing',
  empty: 'is empty',
  type: 'has the wrong kind of value',
  invalid: 'is not valid',
  unknown: 'names an entry that does not exist',
};

/** A schema issue as editors read it: what is wrong, and the schema's own word on how to fix it. */
export function describeIssue(
  issue: { code: string; message: string; expected?: unknown },
  value: unknown,
): { kind: ProblemKind; en: string } {
  const kind: ProblemKind =
    value === undefined
      ? 'missing'
      : issue.code === 'invalid_type'
        ? 'type'
        : issue.code === 'too_small' && (typeof value === 'string' || Array.isArray(value))
          ? 'empty'
          : 'invalid';
  // Zod's own wording ("Invalid input: expected string…") is replaced where our schema gave none.
  const how = /^Invalid/.test(issue.message)
    ? `write ${issue.expected === 'number' ? 'a number, without quotation marks' : issue.expected === 'array' ? 'a list' : 'text'} here`
    : issue.message.replace(/^required: /, '');
  // Quote the editor's own value, so the line shows what was written.
  const shown = typeof value === 'string' || typeof value === 'number' ? `"${value}" ` : '';
  return { kind, en: `${shown}${ENGLISH_WHAT[kind]} — ${how}` };
}

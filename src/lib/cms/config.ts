/**
 * The editors' web app (/admin/, Decap CMS): its collections, one per content folder, with
 * every field of the content schemas (src/lib/content/schemas.ts) in Arabic. Written by hand
 * for its labels, hints and widgets, and held to the schemas by tests/unit/cms-config.test.ts:
 * a field added to a schema and not here fails it. What only the build can check (a quote
 * that is not in the body) is left to `npm run check` and the pull-request report.
 */
import { QUALIFIERS, type Qualifier } from '../figures/format.ts';
import { ENTITY_KINDS } from '../content/schemas.ts';
import { SOURCE_KIND_LABELS } from '../content/source-kinds.ts';
import { PROFILE_FIELDS } from './source-profile-fields.ts';

/** A field as Decap CMS reads it (the options this site uses). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  /** select */
  options?: { label: string; value: string }[];
  /** relation */
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  multiple?: boolean;
  /** list */
  fields?: CmsField[];
  field?: CmsField;
  min?: number;
  max?: number;
  label_singular?: string;
  summary?: string;
  collapsed?: boolean;
  /** number */
  value_type?: 'int' | 'float';
  /** markdown */
  buttons?: string[];
  editor_components?: string[];
  modes?: string[];
  /** image */
  media_folder?: string;
  public_folder?: string;
  choose_url?: boolean;
}

export interface CmsCollection {
  name: string;
  label: string;
  label_singular: string;
  description: string;
  folder: string;
  extension: string;
  format: string;
  create: boolean;
  slug: string;
  identifier_field: string;
  summary?: string;
  sortable_fields?: string[];
  media_folder?: string;
  public_folder?: string;
  fields: CmsField[];
}

/**
 * The field that asks for an entry's file name (its URL slug), which Decap names the file by
 * and the app's formats never write into the file (src/admin/formats.ts).
 */
export const SLUG_FIELD = 'slug';
/** The article's picture: one object in the file, a list of at most one in the form. */
export const IMAGE_FIELD = 'image';
/** The article's text: the MDX file's body, not a frontmatter field. */
export const BODY_FIELD = 'body';

/** What each qualifier means, as an editor reads an article's wording. */
export const QUALIFIER_LABELS: Record<Qualifier, string> = {
  exact: 'عدد محدد (كما ورد)',
  about: 'تقريبي («نحو»، «حوالي»)',
  'at-least': 'حد أدنى («أكثر من»، «ما لا يقل عن»)',
  'up-to': 'حد أقصى («ما يصل إلى»)',
  planned: 'متوقَّع أو مخطط له، لا حصيلة',
};

const ENTITY_KIND_LABELS: Record<(typeof ENTITY_KINDS)[number], string> = {
  person: 'شخص',
  place: 'مكان',
  organisation: 'منظمة أو هيئة',
  outlet: 'وسيلة إعلام',
};

/** The schemas' rules as form patterns, each with its message in Arabic. */
export const PATTERNS = {
  httpUrl: ['^https?://\\S+$', 'اكتب الرابط كاملًا يبدأ بـ http:// أو https://'],
  language: ['^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$', 'اكتب رمز اللغة بحروف لاتينية صغيرة، مثل en أو fr'],
  country: ['^(?:[A-Z]{2}|unknown)$', 'اكتب رمز البلد من حرفين لاتينيين كبيرين، مثل US أو QA، أو unknown'],
  summary: ['^[\\s\\S]{1,400}$', 'الملخص جملة أو جملتان: 400 حرف على الأكثر'],
  positive: ['^(?:0*[1-9]\\d*(?:\\.\\d+)?|0*\\.\\d*[1-9]\\d*)$', 'اكتب عددًا أكبر من صفر بالأرقام، دون فواصل: 14000 لا 14,000 ولا «ألف»'],
} as const satisfies Record<string, [string, string]>;

const optional = { required: false } as const;

function selectOf<T extends string>(labels: Record<T, string>, order: readonly T[]): CmsField['options'] {
  return order.map((value) => ({ value, label: labels[value] }));
}

const figureFields: CmsField[] = [
  {
    name: 'metric',
    label: 'ما الذي يُعَدّ',
    widget: 'relation',
    collection: 'metrics',
    value_field: '{{slug}}',
    search_fields: ['label', 'unit'],
    display_fields: ['label'],
    hint: 'اختر المقياس: القتلى، الجنود المرسلون… وإن لم تجده فأضفه في «المقاييس» أولًا.',
  },
  {
    name: 'value',
    label: 'الرقم',
    widget: 'number',
    value_type: 'float',
    pattern: [...PATTERNS.positive],
    hint: 'بالأرقام ودون فواصل: 14000',
  },
  {
    name: 'valueMax',
    label: 'الحد الأعلى (إن ذكر المقال مدى)',
    widget: 'number',
    value_type: 'float',
    ...optional,
    pattern: [...PATTERNS.positive],
    hint: 'لمقال يقول «من 10 آلاف إلى 12 ألفًا»: 12000، والرقم أعلاه 10000.',
  },
  {
    name: 'qualifier',
    label: 'كيف ورد الرقم',
    widget: 'select',
    options: selectOf(QUALIFIER_LABELS, QUALIFIERS),
    default: 'exact',
  },
  { name: 'claimant', label: 'من يقول هذا الرقم', widget: 'string', hint: 'بكلمات المقال نفسه، مثل «الاستخبارات الكورية الجنوبية».' },
  {
    name: 'claimantId',
    label: 'قائل الرقم في قائمة الجهات',
    widget: 'relation',
    collection: 'entities',
    value_field: '{{slug}}',
    search_fields: ['name', 'names.*'],
    display_fields: ['name'],
    ...optional,
    hint: 'إن كان القائل جهة في «الجهات»، لتتبع أرقامه عبر المقالات.',
  },
  {
    name: 'via',
    label: 'من نقل الرقم إلى المصدر',
    widget: 'relation',
    collection: 'entities',
    value_field: '{{slug}}',
    search_fields: ['name', 'names.*'],
    display_fields: ['name'],
    multiple: true,
    ...optional,
    hint: 'إن ذكر النص من نقل الرقم عن قائله (مثل «لوكالة رويترز»): الجهات بالترتيب من القائل إلى المصدر، دون المصدر نفسه ودون القائل. اتركه فارغًا إن لم يذكر النص ناقلًا.',
  },
  {
    name: 'asOf',
    label: 'تاريخ الرقم (إن لم يكن تاريخ المقال)',
    widget: 'day-or-month',
    ...optional,
    hint: 'YYYY-MM-DD، أو YYYY-MM إن ذكر المقال الشهر وحده.',
  },
  {
    name: 'quote',
    label: 'الجملة التي ورد فيها الرقم',
    widget: 'text',
    hint: 'انسخها من نص المقال كما هي: يتحقق البناء من وجودها فيه.',
  },
];

const articles: CmsCollection = {
  name: 'articles',
  label: 'المقالات',
  label_singular: 'مقال',
  description: 'مقال واحد لكل ملف، بنصه كما نشره مصدره، وكل رقم فيه مع قائله.',
  folder: 'content/articles',
  extension: 'mdx',
  format: 'mdx-frontmatter',
  create: true,
  slug: `{{fields.${SLUG_FIELD}}}`,
  identifier_field: 'title',
  // The date isolated left to right (U+2066…U+2069): in a right-to-left line «2025-10-24» would read «24-10-2025».
  summary: '{{title}} — \u2066{{date}}\u2069',
  sortable_fields: ['date', 'title'],
  media_folder: '',
  public_folder: '',
  fields: [
    {
      name: SLUG_FIELD,
      label: 'رابط المقال',
      widget: 'file-slug',
      // Asked of a new entry only, by the control itself (src/admin/widgets.ts).
      ...optional,
      hint: 'يصير جزءًا من عنوان الصفحة ولا يتغير بعد النشر: حروف لاتينية صغيرة وأرقام وشرطات، مثل north-korean-troops-leave-kursk.',
    },
    { name: 'title', label: 'العنوان', widget: 'string' },
    { name: 'summary', label: 'الملخص', widget: 'text', pattern: [...PATTERNS.summary], hint: 'جملة أو جملتان تقولان ما ينقله المقال.' },
    { name: 'date', label: 'تاريخ النشر', widget: 'calendar-day', hint: 'اليوم الذي نشر فيه المصدر المقال: YYYY-MM-DD.' },
    { name: 'updated', label: 'تاريخ التحديث', widget: 'calendar-day', ...optional, hint: 'إن عدّل المصدر المقال بعد نشره.' },
    {
      name: 'source',
      label: 'المصدر',
      widget: 'relation',
      collection: 'sources',
      value_field: '{{slug}}',
      search_fields: ['name', 'latinName'],
      display_fields: ['name'],
    },
    { name: 'sourceUrl', label: 'رابط المقال الأصلي', widget: 'string', ...optional, pattern: [...PATTERNS.httpUrl] },
    {
      name: 'translatedFrom',
      label: 'مترجم عن',
      widget: 'string',
      ...optional,
      pattern: [...PATTERNS.language],
      hint: 'رمز لغة الأصل إن كان النص العربي ترجمة، مثل en.',
    },
    {
      name: 'topics',
      label: 'المواضيع',
      widget: 'relation',
      collection: 'topics',
      value_field: '{{slug}}',
      search_fields: ['title'],
      display_fields: ['title'],
      multiple: true,
      min: 1,
      hint: 'الموضوع الرئيسي أولًا: به تُربط المقالات السابقة واللاحقة.',
    },
    {
      name: 'figures',
      label: 'الأرقام',
      label_singular: 'رقم',
      widget: 'list',
      ...optional,
      // An article may report no number: no empty figure to fill in until the editor adds one.
      default: [],
      summary: '{{fields.value}} — {{fields.claimant}}',
      fields: figureFields,
      hint: 'كل رقم يذكره المقال، مع قائله والجملة التي ورد فيها.',
    },
    {
      // A list of at most one: Decap checks an optional object's required fields even when
      // it is left empty, and a list's only when it has an item (formats.ts keeps it an object in the file).
      name: IMAGE_FIELD,
      label: 'الصورة',
      label_singular: 'صورة',
      widget: 'list',
      ...optional,
      max: 1,
      default: [],
      fields: [
        { name: 'src', label: 'ملف الصورة', widget: 'image', choose_url: false },
        { name: 'alt', label: 'وصف الصورة لمن لا يراها', widget: 'string' },
        { name: 'caption', label: 'التعليق', widget: 'string', ...optional },
        { name: 'credit', label: 'حقوق الصورة', widget: 'string' },
      ],
    },
    {
      name: BODY_FIELD,
      label: 'نص المقال',
      widget: 'markdown',
      modes: ['rich_text', 'raw'],
      buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
      editor_components: [],
      hint: 'انسخ نص المقال كما نشره مصدره.',
    },
  ],
};

/** A YAML collection: one file per entry under content/<name>/, named by its slug field. */
function yamlCollection(collection: Omit<CmsCollection, 'folder' | 'extension' | 'format' | 'create' | 'slug'>): CmsCollection {
  return {
    ...collection,
    folder: `content/${collection.name}`,
    extension: 'yaml',
    format: 'content-yaml',
    create: true,
    slug: `{{fields.${SLUG_FIELD}}}`,
  };
}

/** The slug field of a YAML entry: its file name. */
function slugField(example: string): CmsField {
  return {
    name: SLUG_FIELD,
    label: 'المعرّف (اسم الملف)',
    widget: 'file-slug',
    ...optional,
    hint: `به يُشار إليه من المقالات ويصير رابط صفحته: حروف لاتينية صغيرة وأرقام وشرطات، مثل ${example}.`,
  };
}

const sources = yamlCollection({
  name: 'sources',
  label: 'المصادر',
  label_singular: 'مصدر',
  description: 'وسائل الإعلام التي تُنقل عنها المقالات.',
  identifier_field: 'name',
  fields: [
    slugField('al-jazeera'),
    { name: 'name', label: 'الاسم بالعربية', widget: 'string' },
    { name: 'latinName', label: 'الاسم بالحروف اللاتينية', widget: 'string' },
    { name: 'url', label: 'الموقع', widget: 'string', ...optional, pattern: [...PATTERNS.httpUrl] },
    {
      name: 'country',
      label: 'بلد المقر',
      widget: 'string',
      ...optional,
      pattern: [...PATTERNS.country],
      hint: 'مطلوب لكل مصدر مسمّى: رمز من حرفين مثل US، أو unknown إن لم تجد صفحة عامة تذكره.',
    },
    {
      name: 'kind',
      label: 'النوع',
      widget: 'select',
      ...optional,
      options: Object.entries(SOURCE_KIND_LABELS).map(([value, label]) => ({ value, label })),
      hint: 'مطلوب لكل مصدر مسمّى.',
    },
    { name: 'description', label: 'نبذة', widget: 'text', ...optional },
    {
      name: 'unattributed',
      label: 'مقالات بلا مصدر مسمّى',
      widget: 'boolean',
      ...optional,
      default: false,
      hint: 'للمدخل الوحيد الذي يجمع المقالات التي لا يسمّي نصها مصدرًا.',
    },
    ...PROFILE_FIELDS,
  ],
});

const topics = yamlCollection({
  name: 'topics',
  label: 'المواضيع',
  label_singular: 'موضوع',
  description: 'القصص التي تُجمع حولها المقالات والأرقام.',
  identifier_field: 'title',
  fields: [
    slugField('north-korean-troops-in-russia'),
    { name: 'title', label: 'العنوان', widget: 'string' },
    { name: 'description', label: 'الوصف', widget: 'text' },
    {
      name: 'parent',
      label: 'الموضوع الأعم',
      widget: 'relation',
      collection: 'topics',
      value_field: '{{slug}}',
      search_fields: ['title'],
      display_fields: ['title'],
      ...optional,
    },
  ],
});

const metrics = yamlCollection({
  name: 'metrics',
  label: 'المقاييس',
  label_singular: 'مقياس',
  description: 'ما تعدّه الأرقام: القتلى، الجنود المرسلون…',
  identifier_field: 'label',
  fields: [
    slugField('troops-deployed'),
    { name: 'label', label: 'ما الذي يُعَدّ', widget: 'string', hint: 'مثل «الجنود المرسلون».' },
    { name: 'unit', label: 'المعدود', widget: 'string', hint: 'الاسم المعدود، مثل «جندي».' },
    {
      name: 'counts',
      label: 'ما الذي يعدّه',
      widget: 'text',
      hint: 'جملة عربية واحدة للقراء، مثل «الجنود الذين قُتلوا». تظهر في صفحة البيانات المفتوحة.',
    },
    {
      name: 'sumOf',
      label: 'مجموع المقاييس',
      widget: 'relation',
      collection: 'metrics',
      value_field: '{{slug}}',
      search_fields: ['label'],
      display_fields: ['label'],
      multiple: true,
      min: 2,
      ...optional,
      hint: 'إن كان هذا المقياس يجمع مقاييس أخرى (الخسائر البشرية: القتلى والجرحى). لا يُقارن سجل الأرقام بينها.',
    },
    {
      name: 'projectionOf',
      label: 'توقّعٌ لمقياس',
      widget: 'relation',
      collection: 'metrics',
      value_field: '{{slug}}',
      search_fields: ['label'],
      display_fields: ['label'],
      ...optional,
      hint: 'إن كانت أرقامه توقّعًا لا عدًّا (الجنود المتوقَّع إرسالهم: توقّع للجنود المرسلين).',
    },
    { name: 'description', label: 'ما يدخل فيه وما لا يدخل', widget: 'text', ...optional },
  ],
});

const entities = yamlCollection({
  name: 'entities',
  label: 'الجهات',
  label_singular: 'جهة',
  description: 'الأشخاص والأماكن والهيئات ووسائل الإعلام، بكل طرق كتابة أسمائها.',
  identifier_field: 'name',
  fields: [
    slugField('kim-jong-un'),
    { name: 'name', label: 'الاسم كما يكتبه الموقع', widget: 'string' },
    { name: 'kind', label: 'النوع', widget: 'select', options: selectOf(ENTITY_KIND_LABELS, ENTITY_KINDS) },
    {
      name: 'names',
      label: 'طرق الكتابة الأخرى',
      label_singular: 'طريقة كتابة',
      widget: 'list',
      field: { name: 'name', label: 'الاسم', widget: 'string' },
      min: 1,
      hint: 'كل طريقة يكتب بها الناس الاسم: بالجيم أو الغين، بالهمزة أو دونها، الاسم المختصر، بالحروف اللاتينية. يجد البحث بأي منها كل المقالات.',
    },
  ],
});

/** Every collection the editors' app offers, in the order of its menu. */
export const CMS_COLLECTIONS: readonly CmsCollection[] = [articles, sources, topics, metrics, entities];

/** Where the app saves: GitHub through an OAuth proxy in production, the local decap-server otherwise. */
export interface CmsBackend {
  /** owner/name of the GitHub repository; none: only `npm run cms` (decap-server) can save. */
  repo?: string;
  branch?: string;
  /** The OAuth proxy's address (see README «Editing in the browser»). */
  authBaseUrl?: string;
}

/**
 * The app's commit messages, in Arabic: readers see them, each article page's change log
 * lists its commits' subjects. Decap fills {{collection}} with the collection's singular
 * label («مقال»), {{slug}} with the file name and {{path}} with a picture's path.
 */
export const COMMIT_MESSAGES = {
  create: 'إضافة {{collection}} «{{slug}}»',
  update: 'تعديل {{collection}} «{{slug}}»',
  delete: 'حذف {{collection}} «{{slug}}»',
  uploadMedia: 'رفع الصورة «{{path}}»',
  deleteMedia: 'حذف الصورة «{{path}}»',
  openAuthoring: '{{message}}',
} as const;

/** The whole configuration, as `CMS.init({ config })` takes it. */
export function cmsConfig(backend: CmsBackend) {
  return {
    load_config_file: false,
    locale: 'ar',
    backend: backend.repo
      ? {
          name: 'github',
          repo: backend.repo,
          branch: backend.branch ?? 'main',
          ...(backend.authBaseUrl ? { base_url: backend.authBaseUrl } : {}),
          commit_messages: COMMIT_MESSAGES,
        }
      : { name: 'proxy', proxy_url: 'http://localhost:8081/api/v1', branch: backend.branch ?? 'main', commit_messages: COMMIT_MESSAGES },
    // `npm run cms`: decap-server on this machine, in its git mode, whatever the production backend.
    local_backend: true,
    publish_mode: 'editorial_workflow',
    media_folder: 'content/articles',
    public_folder: '',
    site_url: '/',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: CMS_COLLECTIONS,
  };
}

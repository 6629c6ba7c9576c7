import { OWNERSHIP_KINDS, UNKNOWN, type OwnershipKind } from './ownership.ts';

/**
 * An outlet's profile: who owns it, what kind of owner that is, who pays for it and where its
 * headquarters are, each fact with the public page that states it. A fact no public page
 * states is written `unknown` and needs no citation: the site never guesses one.
 */

/** A fact that is known: its value and the page that states it. */
export interface Cited {
  /** The address of a public page that states the fact. */
  cite?: string | undefined;
}

/** The profile's fields as the schema reads them (a named outlet has them all; the unattributed entry none). */
export interface ProfileFields {
  unattributed: boolean;
  country?: string | undefined;
  countryCite?: string | undefined;
  owner?: typeof UNKNOWN | (Cited & { ar: string; latin: string }) | undefined;
  ownership?: (Cited & { kind?: OwnershipKind | undefined }) | undefined;
  funding?: typeof UNKNOWN | (Cited & { note: string }) | undefined;
}

/** The profile's own fields, which only a named outlet has. */
export const PROFILE_FACTS = ['owner', 'ownership', 'funding', 'countryCite'] as const;

/** A problem with a profile: where, in English and Arabic, and the line to show it at when the field is missing. */
export interface ProfileIssue {
  path: PropertyKey[];
  message: string;
  params: { ar: string; linePath: PropertyKey[] };
}

const issue = (path: PropertyKey[], message: string, ar: string, linePath: PropertyKey[] = path): ProfileIssue => ({
  path,
  message,
  params: { ar, linePath },
});

const NEVER_GUESS_AR = 'ولا تخمّن أبدًا';

/** What a named outlet's profile must say, field by field. */
const REQUIRED: Record<(typeof PROFILE_FACTS)[number] & string, { en: string; ar: string } | undefined> = {
  owner: {
    en: 'a named outlet needs its owner: ar, latin and cite (a public page that names it), or unknown when no public page does',
    ar: 'الحقل ناقص: اكتب مالك الوسيلة بحقوله ar وlatin وcite (رابط صفحة عامة تسمّيه)، أو unknown إن لم تجد صفحة تسمّيه',
  },
  ownership: {
    en: 'a named outlet needs its kind of ownership: kind (state, public-service, private, affiliated or unknown) and cite (a public page that states it)',
    ar: 'الحقل ناقص: اكتب نوع الملكية kind (state أو public-service أو private أو affiliated أو unknown) ورابط صفحة عامة تذكره في cite',
  },
  funding: {
    en: 'a named outlet needs its funding: note (one line in Arabic) and cite (a public page that states it), or unknown when no public page does',
    ar: 'الحقل ناقص: اكتب تمويل الوسيلة بحقلين note (سطر واحد بالعربية) وcite (رابط صفحة عامة تذكره)، أو unknown إن لم تجد صفحة تذكره',
  },
  countryCite: undefined,
};

/** A known fact without its citation. */
function uncited(field: 'owner' | 'ownership' | 'funding', what: string, whatAr: string): ProfileIssue {
  return issue(
    [field, 'cite'],
    `cite a public page that states ${what} — its full https:// address; where no public page states it, write ${field === 'ownership' ? 'kind: unknown' : `${field}: unknown`} instead, never a guess`,
    `الاستشهاد ناقص: اكتب في cite رابط صفحة عامة تذكر ${whatAr}، يبدأ بـ https://؛ وإن لم تجد صفحة تذكره فاكتب ${field === 'ownership' ? 'kind: unknown' : `${field}: unknown`}، ${NEVER_GUESS_AR}`,
  );
}

/**
 * Every problem with an outlet's profile: a named outlet without a fact, a known fact without
 * its citation, a citation on an unknown fact, or a profile on the unattributed entry (its
 * articles name no outlet, so there is none to profile).
 */
export function profileIssues(source: ProfileFields): ProfileIssue[] {
  const issues: ProfileIssue[] = [];
  if (source.unattributed) {
    for (const field of PROFILE_FACTS) {
      if (source[field] === undefined) continue;
      issues.push(
        issue(
          [field],
          'the unattributed entry names no outlet, so it has no profile — remove this field (its articles count as unattributed, never as an ownership kind)',
          'هذا المدخل لا يسمّي وسيلة، فلا ملف تعريف له — احذف هذا الحقل (تُعدّ مقالاته «غير منسوبة»، لا نوعًا من الملكية)',
        ),
      );
    }
    return issues;
  }
  for (const [field, required] of Object.entries(REQUIRED)) {
    if (required && source[field as keyof ProfileFields] === undefined) issues.push(issue([field], required.en, required.ar));
  }
  const { owner, ownership, funding, country, countryCite } = source;
  if (owner !== undefined && owner !== UNKNOWN && owner.cite === undefined) issues.push(uncited('owner', 'who owns the outlet', 'مالك الوسيلة'));
  if (ownership !== undefined) {
    if (ownership.kind === undefined)
      issues.push(
        issue(
          ['ownership', 'kind'],
          `write the kind of ownership: one of ${OWNERSHIP_KINDS.join(', ')}`,
          `الحقل ناقص: اكتب نوع الملكية بإحدى القيم: ${OWNERSHIP_KINDS.join(' أو ')}`,
          ['ownership'],
        ),
      );
    else if (ownership.kind !== UNKNOWN && ownership.cite === undefined)
      issues.push(uncited('ownership', `that its ownership is ${ownership.kind}`, 'نوع ملكيتها'));
    if (ownership.kind === UNKNOWN && ownership.cite !== undefined)
      issues.push(
        issue(
          ['ownership', 'cite'],
          'a page that states the kind of ownership makes it known — write the kind it states, or remove cite when the kind is unknown',
          'صفحة تذكر نوع الملكية تجعله معروفًا — اكتب النوع الذي تذكره، أو احذف cite إن كان النوع غير معروف',
        ),
      );
  }
  if (funding !== undefined && funding !== UNKNOWN && funding.cite === undefined) issues.push(uncited('funding', 'how the outlet is funded', 'تمويل الوسيلة'));
  if (country !== undefined && country !== UNKNOWN && countryCite === undefined)
    issues.push(
      issue(
        ['countryCite'],
        `cite a public page that states where the outlet's headquarters are — its full https:// address; where no public page states it, write country: unknown instead, never a guess`,
        `الاستشهاد ناقص: اكتب في countryCite رابط صفحة عامة تذكر بلد مقر الوسيلة، يبدأ بـ https://؛ وإن لم تجد صفحة تذكره فاكتب country: unknown، ${NEVER_GUESS_AR}`,
        ['country'],
      ),
    );
  if (country === UNKNOWN && countryCite !== undefined)
    issues.push(
      issue(
        ['countryCite'],
        'a page that states the country makes it known — write its two-letter code in country, or remove countryCite',
        'صفحة تذكر بلد المقر تجعله معروفًا — اكتب رمزه من حرفين في country، أو احذف countryCite',
      ),
    );
  return issues;
}

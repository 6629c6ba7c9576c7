/**
 * Who owns an outlet, in kinds readers weigh a report by: the one list the schema, the check,
 * the editors' app, the pages and the docs' tests read. Each kind has two Arabic wordings:
 * its name in a list, a table or a form, and an outlet of that kind, in the few words of an
 * article's meta line and of what a topic's coverage lacks («لم تغطه أي وسيلة مملوكة للدولة»).
 */
export const OWNERSHIP_KIND_WORDS = {
  state: { label: 'مملوكة للدولة', outlets: 'وسيلة مملوكة للدولة' },
  'public-service': { label: 'خدمة عامة', outlets: 'وسيلة إعلام خدمة عامة' },
  private: { label: 'خاصة', outlets: 'وسيلة خاصة' },
  affiliated: { label: 'تابعة لجهة سياسية أو حكومية', outlets: 'وسيلة تابعة لجهة سياسية أو حكومية' },
  unknown: { label: 'الملكية غير معروفة', outlets: 'وسيلة مجهولة الملكية' },
} as const;

export type OwnershipKind = keyof typeof OWNERSHIP_KIND_WORDS;

/** The kinds of ownership, in the order pages list them. */
export const OWNERSHIP_KINDS = Object.keys(OWNERSHIP_KIND_WORDS) as [OwnershipKind, ...OwnershipKind[]];

/** What each kind is called in Arabic, for forms and tables. */
export const OWNERSHIP_KIND_LABELS = Object.fromEntries(OWNERSHIP_KINDS.map((kind) => [kind, OWNERSHIP_KIND_WORDS[kind].label])) as Record<
  OwnershipKind,
  string
>;

/** «مملوكة للدولة»: the kind's name, as a source page and a topic's coverage table say it. */
export function ownershipLabel(kind: OwnershipKind): string {
  return OWNERSHIP_KIND_WORDS[kind].label;
}

/** «وسيلة مملوكة للدولة»: an outlet of this kind, in the few words of an article's meta line. */
export function ownedOutlet(kind: OwnershipKind): string {
  return OWNERSHIP_KIND_WORDS[kind].outlets;
}

/** «لم تغطه أي وسيلة مملوكة للدولة»: a story no outlet of this kind covered. */
export function noCoverageBy(kind: OwnershipKind): string {
  return `لم تغطه أي ${OWNERSHIP_KIND_WORDS[kind].outlets}`;
}

/** The word a fact is written as when no public page states it: it then needs no citation. */
export const UNKNOWN = 'unknown';

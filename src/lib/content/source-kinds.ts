/** What each kind of outlet is called in Arabic. */
export const SOURCE_KIND_LABELS = {
  agency: 'وكالة أنباء',
  broadcaster: 'شبكة إذاعة وتلفزيون',
  newspaper: 'صحيفة',
  website: 'موقع إخباري',
} as const;

export type SourceKind = keyof typeof SOURCE_KIND_LABELS;

/** The kinds of outlet, the one list the schema, the check and the docs' test read. */
export const SOURCE_KINDS = Object.keys(SOURCE_KIND_LABELS) as [SourceKind, ...SourceKind[]];

export function sourceKindLabel(kind: SourceKind): string {
  return SOURCE_KIND_LABELS[kind];
}

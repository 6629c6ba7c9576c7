/** The site's identity and language, decided in one place. */
export const SITE = {
  name: 'مرصد الأخبار',
  /** The name in Latin script, for citations in other languages. */
  latinName: 'Marsad al-Akhbar',
  tagline: 'أخبار من مصادر متعددة، وكل رقم منسوب إلى قائله',
  lang: 'ar',
  dir: 'rtl',
} as const;

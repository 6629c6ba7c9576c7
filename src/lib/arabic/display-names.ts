const languages = new Intl.DisplayNames('ar', { type: 'language' });
const regions = new Intl.DisplayNames('ar', { type: 'region' });

/** "الإنجليزية" for "en": the Arabic name of a language code. */
export function languageName(code: string): string {
  return languages.of(code) ?? code;
}

/** "الولايات المتحدة" for "US": the Arabic name of an ISO 3166 country code. */
export function countryName(code: string): string {
  return regions.of(code) ?? code;
}

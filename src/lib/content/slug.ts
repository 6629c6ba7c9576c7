// No node: imports: the editors' web app (src/admin/) checks slugs in the browser with this rule.

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * True for Latin kebab-case names such as "kim-praises-russia-alliance", but not a number
 * alone: /articles/2/ is a page of the archive, which an article named "2" would silently take
 * the place of. (Every kind of content follows the one rule: a number says nothing as an id.)
 */
export function isKebabSlug(name: string): boolean {
  return KEBAB.test(name) && !/^\d+$/.test(name);
}

/** How to name a file so that its name is a URL slug; every message about a bad name says it. */
export const SLUG_RULE = {
  en: 'lowercase a-z, digits and single hyphens, and not a number alone, which is an archive page’s address',
  ar: 'حروف لاتينية صغيرة وأرقام وشرطات، لا رقم وحده فهو رابط صفحة من الأرشيف',
};

/**
 * The URL slug of a content file: its name without folder or extension. File names are the
 * URLs, so a name that is not Latin kebab-case stops the build with a message that says how
 * to rename it, instead of being silently rewritten into a URL the editor never chose.
 */
export function slugFromFilePath(filePath: string): string {
  const name = (filePath.split(/[\\/]/).pop() ?? '').replace(/\.[^.]*$/, '');
  if (!isKebabSlug(name)) {
    throw new Error(
      `${filePath}: file name "${name}" is not a valid URL slug. ` +
        `Rename the file in Latin kebab-case: ${SLUG_RULE.en} ` +
        '(for example "north-korean-troops-leave-kursk.mdx"). ' +
        `اسم الملف "${name}" لا يصلح رابطًا: استخدم ${SLUG_RULE.ar}.`,
    );
  }
  return name;
}

import { basename, extname } from 'node:path';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True for Latin kebab-case names such as "kim-praises-russia-alliance". */
export function isKebabSlug(name: string): boolean {
  return KEBAB.test(name);
}

/**
 * The URL slug of a content file: its name without folder or extension. File names are the
 * URLs, so a name that is not Latin kebab-case stops the build with a message that says how
 * to rename it, instead of being silently rewritten into a URL the editor never chose.
 */
export function slugFromFilePath(filePath: string): string {
  const name = basename(filePath, extname(filePath));
  if (!isKebabSlug(name)) {
    throw new Error(
      `${filePath}: file name "${name}" is not a valid URL slug. ` +
        'Rename the file in Latin kebab-case: lowercase a-z, digits and single hyphens ' +
        '(for example "north-korean-troops-leave-kursk.mdx"). ' +
        `اسم الملف "${name}" لا يصلح رابطًا: استخدم حروفًا لاتينية صغيرة وأرقامًا وشرطات فقط.`,
    );
  }
  return name;
}

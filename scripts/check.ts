/**
 * `npm run check`: every content file checked as the build will, every problem printed as
 * `file:line  field  what is wrong — how to fix it`, in English then Arabic. Exits 1 when
 * anything is wrong. `npm run build` runs the same check first.
 */
import { checkContent } from '../src/lib/check/content.ts';
import { formatProblem } from '../src/lib/check/problem.ts';
import { contentCheckCacheFile } from '../src/lib/site/build-folders.ts';

const contentDir = process.argv[2] ?? process.env.ARABIC_NEWS_CONTENT_DIR ?? 'content';
const { problems, filesChecked } = checkContent(contentDir, { cacheFile: contentCheckCacheFile() });
if (problems.length > 0) {
  console.error(problems.map(formatProblem).join('\n'));
  console.error(
    `\n${problems.length} problem(s) in ${new Set(problems.map((p) => p.file)).size} file(s) — fix them and run npm run check again.`,
  );
  console.error(`${problems.length} مشكلة في ${new Set(problems.map((p) => p.file)).size} ملف — أصلحها ثم شغّل npm run check من جديد.`);
  process.exit(1);
}
console.log(`${filesChecked} content files checked: no problems. فُحص ${filesChecked} ملفًا: لا مشكلات.`);

/**
 * `npm run new -- --source <id> --topic <id> [--topic <id>…] [--date YYYY-MM-DD] [--slug name]`
 * writes a new article file with every field commented, and says where it wrote it.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { articleTemplate } from './editor/article-template.ts';
import { articlePath, dateOption, requireId } from './editor/cli.ts';

const { values } = parseArgs({
  options: {
    source: { type: 'string' },
    topic: { type: 'string', multiple: true },
    date: { type: 'string' },
    slug: { type: 'string' },
  },
});
const source = requireId(values.source, 'sources', 'source');
const topics = (values.topic ?? []).map((topic) => requireId(topic, 'topics', 'topic'));
if (topics.length === 0) requireId(undefined, 'topics', 'topic');
const date = dateOption(values.date);
const path = articlePath(values.slug ?? `new-article-${date}`);
writeFileSync(path, articleTemplate({ date, source, topics }));
console.log(`wrote ${path}: fill in the fields and the text, rename it to a slug of the headline, then run npm run check`);
console.log(`كُتب الملف ${path}: املأ الحقول والنص، وسمِّه باسم يدل على العنوان، ثم شغّل npm run check`);

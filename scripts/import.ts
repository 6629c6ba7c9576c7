/**
 * `npm run import -- <file.txt> --source <id> [--topic <id>…] [--date YYYY-MM-DD] [--slug name]`
 * turns text copied from a web page into an article file: paragraphs kept, short lines made
 * headings, page furniture dropped, MDX-hostile characters escaped, and the numbers it finds
 * offered as commented figures for the editor to confirm.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { articleTemplate } from './editor/article-template.ts';
import { importText } from './editor/import-text.ts';
import { articlePath, dateOption, fail, idsIn, outletNames, requireId } from './editor/cli.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    source: { type: 'string' },
    topic: { type: 'string', multiple: true },
    date: { type: 'string' },
    slug: { type: 'string' },
  },
});
const input = positionals[0];
if (!input)
  fail(
    'usage: npm run import -- <file.txt> --source <id> [--topic <id>] [--date YYYY-MM-DD] [--slug name]',
    'الاستخدام: npm run import -- <ملف.txt> --source <معرّف> [--topic <معرّف>] [--date YYYY-MM-DD]',
  );
const source = requireId(values.source, 'sources', 'source');
const topics = (values.topic ?? []).map((topic) => requireId(topic, 'topics', 'topic'));
const date = dateOption(values.date);

const bytes = readFileSync(input);
let raw: string;
try {
  raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
} catch {
  // Arabic text from older Windows editors is often Windows-1256: read it as such and say so.
  raw = new TextDecoder('windows-1256').decode(bytes);
  console.warn(`${input} is not UTF-8: read it as Windows-1256; check the Arabic in the result`);
}
const slug =
  values.slug ??
  basename(input, extname(input))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const path = articlePath(slug || `imported-${date}`);
const imported = importText(raw, outletNames());
writeFileSync(path, articleTemplate({ ...imported, date, source, topics, metrics: idsIn('metrics') }));
console.log(`wrote ${path}`);
if (imported.dropped.length > 0) console.log(`dropped as page furniture: ${imported.dropped.map((l) => `«${l}»`).join(', ')}`);
if (!imported.title) console.log('the text has no headline: write one in title (لا عنوان في النص: اكتب عنوانًا في title)');
console.log(`${imported.figures.length} number(s) offered as figures to confirm; then run npm run check`);

import { QUALIFIERS } from '../../src/lib/figures/format.ts';
import type { FigureSuggestion } from './import-text.ts';

export interface TemplateFields {
  title?: string;
  date: string;
  source: string;
  topics: readonly string[];
  body?: string;
  figures?: readonly FigureSuggestion[];
  metrics?: readonly string[];
}

const yamlString = (text: string) => JSON.stringify(text);

/**
 * A new article file: every field with a comment saying what it is for, the required ones
 * left empty where the editor must write them, so `npm run check` says what is still missing.
 */
export function articleTemplate(fields: TemplateFields): string {
  const lines = [
    '---',
    '# The headline, in Arabic. Where the text has none, write one from its first sentence.',
    `title: ${yamlString(fields.title ?? '')}`,
    '# One or two Arabic sentences saying what the article reports.',
    'summary: ""',
    '# The day the outlet published it, YYYY-MM-DD.',
    `date: ${fields.date}`,
    '# The day the outlet last changed it, if it did:',
    '# updated: YYYY-MM-DD',
    '# The outlet: a file name (without .yaml) in content/sources/ — `unattributed` when the text names none.',
    `source: ${fields.source}`,
    '# The original article’s address, http(s) only:',
    '# sourceUrl: https://…',
    '# When the Arabic text is a translation, the original language:',
    '# translatedFrom: en',
    '# Topics from content/topics/, the main story first.',
    'topics:',
    ...fields.topics.map((topic) => `  - ${topic}`),
    '# Every number the article states, with who says it and the sentence that says it.',
    '# Each: metric (content/metrics/), value (digits, no commas), claimant (in the article’s words),',
    `# qualifier (${QUALIFIERS.join(', ')}), claimantId (optional, content/entities/),`,
    '# asOf (optional, YYYY-MM-DD or YYYY-MM), quote (copied from the text).',
  ];
  if (fields.figures && fields.figures.length > 0) {
    lines.push('# Numbers found in the text — confirm each one the article reports, add its claimant,');
    lines.push('# uncomment it under `figures:` and delete the rest.');
    if (fields.metrics) lines.push(`# metrics: ${fields.metrics.join(', ')}`);
    for (const f of fields.figures) {
      lines.push(
        `#  - metric: ${f.metric}`,
        `#    value: ${f.value}`,
        `#    qualifier: ${f.qualifier}`,
        '#    claimant: ""',
        `#    quote: ${yamlString(f.quote)}`,
      );
    }
  }
  lines.push(
    'figures: []',
    '# A picture, if any: src (a file next to this one), alt, caption, credit.',
    '---',
    '',
    fields.body?.trimEnd() ?? '',
    '',
  );
  return lines.join('\n');
}

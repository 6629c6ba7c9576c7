/**
 * `npm run pr-report -- --base <ref>`: what the checked-out branch does to the content,
 * against its base, as Markdown for a pull request (src/lib/pr-report/markdown.ts): the
 * check's verdict, the articles it adds, changes or removes, their figures against each
 * topic's ledger, and the outlets, topics, metrics and entities it adds. CI posts it as one
 * comment on the pull request and updates it on every push (.github/workflows/ci.yml).
 *
 *   --base <ref>          the branch the pull request merges into, e.g. origin/main (required)
 *   --head-name <name>    what to call this branch in the report (CI passes the PR's branch)
 *   --preview-url <url>   where the built branch is served: article links point into it
 *   --artifact-url <url>  the CI run's download of the built site
 *   --out <file>          write the report there as well as printing it
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { reportMarkdown } from '../src/lib/pr-report/markdown.ts';
import { contentCheckCacheFile } from '../src/lib/site/build-folders.ts';
import { gatherReport } from './pr-report/gather.ts';
import { ReportError } from './pr-report/git.ts';

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    'head-name': { type: 'string' },
    'preview-url': { type: 'string' },
    'artifact-url': { type: 'string' },
    out: { type: 'string' },
  },
});

try {
  if (!values.base)
    throw new ReportError(
      'name the branch to compare with: npm run pr-report -- --base origin/main\nاكتب الفرع الذي يُقارن به: npm run pr-report -- --base origin/main',
    );
  const { report, names } = gatherReport({
    repo: '.',
    base: values.base,
    headName: values['head-name'] || undefined,
    checkCacheFile: contentCheckCacheFile(),
  });
  const markdown = reportMarkdown(report, names, {
    siteUrl: values['preview-url'] || undefined,
    artifactUrl: values['artifact-url'] || undefined,
  });
  if (values.out) writeFileSync(values.out, markdown);
  process.stdout.write(markdown);
} catch (error) {
  if (!(error instanceof ReportError)) throw error;
  console.error(`pr-report: ${error.message}`);
  process.exit(2);
}

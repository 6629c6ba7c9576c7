/**
 * The pull-request report as Markdown for a GitHub comment: English for the reviewers who
 * maintain the site, Arabic for the editors, the content's own words in Arabic. Long lists
 * are cut with a count of what was left out, so the comment stays under GitHub's 65,536
 * characters whatever the pull request holds (an import of thousands of articles).
 */
import { countNoun, FIGURES, FILES, PROBLEMS } from '../arabic/plural.ts';
import { formatFigure, formatNumber } from '../figures/format.ts';
import type { Claim } from '../figures/ledger.ts';
import { chainText } from '../figures/relay-chain.ts';
import { formatProblem } from '../check/problem.ts';
import { pushTo } from '../listing/grouping.ts';
import { articlePath } from '../site/urls.ts';
import type { FigureChange } from './figure-diff.ts';
import type { ArticleChange, ChangeKind, DataCollection, Names, PreviewLinks, PrReport } from './report.ts';

/** Marks the comment, so that CI finds and updates it instead of adding another. */
export const REPORT_MARKER = '<!-- arabic-news:pr-report -->';

export const LIMITS = { problems: 100, articles: 100, figures: 300, entries: 100, characters: 60_000 };

/** Text that Markdown would otherwise read as markup, or that would break a table cell. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/[\\`*_[\]<>|#~]/g, (c) => `\\${c}`);
}

/** "1 claim", "3 claims". */
const counted = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;

const KIND_HEADINGS: Record<ChangeKind, string> = {
  added: 'Added · أُضيفت',
  changed: 'Changed · عُدّلت',
  removed: 'Removed · حُذفت',
};

const COLLECTION_HEADINGS: Record<DataCollection, string> = {
  sources: 'Outlets · المصادر',
  topics: 'Topics · المواضيع',
  metrics: 'Metrics · المقاييس',
  entities: 'Entities · الجهات',
};

/** At most `limit` lines, then how many were left out. */
function capped(lines: string[], limit: number, what: string): string[] {
  if (lines.length <= limit) return lines;
  return [...lines.slice(0, limit), '', `…and ${lines.length - limit} more ${what} · وغيرها: ${lines.length - limit}`];
}

/** A page's address on the served branch, when it is served and the branch still has the page. */
const previewHref = (path: string, kind: ChangeKind, preview: PreviewLinks) =>
  kind !== 'removed' && preview.siteUrl ? `${preview.siteUrl.replace(/\/$/, '')}${path}` : undefined;

function articleLink(change: ArticleChange, preview: PreviewLinks): string {
  const title = escapeMarkdown(change.facts.title || change.facts.id);
  const path = articlePath(change.facts.id);
  const href = previewHref(path, change.kind, preview);
  return href ? `[${title}](${href})` : `${title}<br>${code(path)}`;
}

function checkSection(report: PrReport): string[] {
  const { problems, filesChecked } = report.check;
  if (problems.length === 0)
    return [
      '### Content check · فحص المحتوى',
      '',
      `✅ ${counted(filesChecked, 'content file')} checked: no problems. · فُحص من ملفات المحتوى ${countNoun(filesChecked, FILES)}: لا مشكلات.`,
    ];
  const files = new Set(problems.map((p) => p.file));
  const ours = problems.filter((p) => report.changedFiles.has(p.file)).length;
  // The pull request's own files first: those are what its author can fix.
  const ordered = [...problems].sort((a, b) => Number(report.changedFiles.has(b.file)) - Number(report.changedFiles.has(a.file)));
  return [
    '### Content check · فحص المحتوى',
    '',
    `❌ ${counted(problems.length, 'problem')} in ${counted(files.size, 'file')}, ${ours} of them in files this pull request changes — fix them and push again. · ` +
      `${countNoun(problems.length, PROBLEMS)} في ${countNoun(files.size, FILES)}، منها في ملفات يغيّرها هذا الطلب: ${ours} — أصلحها ثم ادفع التعديل من جديد.`,
    '',
    '```text',
    ...capped(
      ordered.map((p) => formatProblem(p)),
      LIMITS.problems,
      'problems',
    ),
    '```',
  ];
}

function articlesSection(report: PrReport, names: Names, preview: PreviewLinks): string[] {
  if (report.articles.length === 0) return [];
  const lines = ['### Articles · المقالات'];
  for (const kind of ['added', 'changed', 'removed'] as const) {
    const changes = report.articles.filter((a) => a.kind === kind);
    if (changes.length === 0) continue;
    lines.push('', `#### ${KIND_HEADINGS[kind]} (${changes.length})`, '');
    lines.push(
      `| Headline · العنوان | Outlet · المصدر | Date · التاريخ | Topics · المواضيع |${kind === 'changed' ? ' Changed · ما تغيّر |' : ''}`,
      `| --- | --- | --- | --- |${kind === 'changed' ? ' --- |' : ''}`,
    );
    const rows = changes.map((change) => {
      const { facts } = change;
      const cells = [
        articleLink(change, preview),
        facts.source ? escapeMarkdown(names.source(facts.source)) : '—',
        facts.date ? code(facts.date) : '—',
        facts.topics.map((t) => escapeMarkdown(names.topic(t))).join('، ') || '—',
      ];
      if (kind === 'changed') cells.push(change.parts.map(code).join(' ') || '—');
      return `| ${cells.join(' | ')} |`;
    });
    lines.push(...capped(rows, LIMITS.articles, 'articles'));
  }
  return lines;
}

/** A figure, its claimant and whoever relayed it (claimant ← relay), and the date it refers to. */
const said = (claim: Claim, names: Names) =>
  `${formatFigure(claim, names.metric(claim.metric).unit)} (${escapeMarkdown(chainText([claim.claimant || '—', ...claim.via.map((id) => names.entity(id))]))}، ${claim.when || '—'})`;

const range = (low: number, high: number) => (low === high ? formatNumber(low) : `${formatNumber(low)}–${formatNumber(high)}`);

/** One figure change in a topic's ledger, with what the ledger held before. */
function figureLine(change: FigureChange, topic: string, report: PrReport, names: Names, preview: PreviewLinks): string {
  const { claim } = change;
  const metric = names.metric(claim.metric);
  const what = `**${code(claim.metric)} · ${escapeMarkdown(metric.label)}:**`;
  const path = articlePath(claim.article.id);
  const href = previewHref(path, change.kind, preview);
  const source = `— ${href ? `[${code(path)}](${href})` : code(path)}`;
  if (change.kind === 'removed') return `- ➖ ${what} ${said(claim, names)} ${source}`;
  const line =
    change.kind === 'changed'
      ? `- ✏️ ${what} ${said(change.before, names)} → ${said(claim, names)} ${source}`
      : `- ➕ ${what} ${said(claim, names)} ${source}`;
  const before = report.ledgerBefore(topic, claim.metric);
  if (!before) return `${line} — first claim of this metric in the topic · أول رقم لهذا المقياس في الموضوع`;
  const latest = before.latest;
  const differs = latest.value !== claim.value || latest.valueMax !== claim.valueMax;
  const outside = claim.value < before.lowest || (claim.valueMax ?? claim.value) > before.highest;
  return [
    line,
    differs
      ? ` — ⚠️ differs from the latest figure · يخالف آخر رقم: ${said(latest, names)}`
      : ` — same as the latest figure · يطابق آخر رقم`,
    ` — ledger range before · المدى قبل: ${range(before.lowest, before.highest)} (${counted(before.count, 'claim')} · ${countNoun(before.count, FIGURES)})`,
    outside ? ' — ⚠️ outside that range · خارج هذا المدى' : '',
  ].join('');
}

function figuresSection(report: PrReport, names: Names, preview: PreviewLinks): string[] {
  const byTopic = new Map<string, string[]>();
  for (const article of report.articles) {
    for (const change of article.figures) {
      // A figure is in the ledger of each topic of its article (the base's topics, for a removed one).
      for (const topic of change.claim.article.topics) pushTo(byTopic, topic, figureLine(change, topic, report, names, preview));
    }
  }
  if (byTopic.size === 0) return [];
  const lines = ['### Figures, by topic · الأرقام بحسب الموضوع'];
  let budget = LIMITS.figures;
  let left = 0;
  // In the order the articles name their topics: the main topic first.
  for (const [topic, figureLines] of byTopic) {
    if (budget <= 0) {
      left += figureLines.length;
      continue;
    }
    lines.push('', `#### ${escapeMarkdown(names.topic(topic))} (${code(topic)})`, '', ...figureLines.slice(0, budget));
    left += Math.max(0, figureLines.length - budget);
    budget -= figureLines.length;
  }
  if (left > 0) lines.push('', `…and ${left} more figure lines · وغيرها: ${left}`);
  return lines;
}

function entriesSection(report: PrReport, names: Names): string[] {
  if (report.entries.length === 0) return [];
  const nameOf = (collection: DataCollection, id: string) =>
    collection === 'sources'
      ? names.source(id)
      : collection === 'topics'
        ? names.topic(id)
        : collection === 'metrics'
          ? names.metric(id).label
          : names.entity(id);
  const rows = report.entries.map(
    (e) =>
      `- ${KIND_HEADINGS[e.kind]}: ${COLLECTION_HEADINGS[e.collection]} — ${escapeMarkdown(nameOf(e.collection, e.id))} (${code(e.id)})`,
  );
  return [
    '### Outlets, topics, metrics and entities · المصادر والمواضيع والمقاييس والجهات',
    '',
    ...capped(rows, LIMITS.entries, 'entries'),
  ];
}

function summary(report: PrReport): string {
  const count = (kind: ChangeKind) => report.articles.filter((a) => a.kind === kind).length;
  const figures = report.articles.flatMap((a) => a.figures);
  const figureCount = (kind: ChangeKind) => figures.filter((f) => f.kind === kind).length;
  return (
    `Articles: ${count('added')} added, ${count('changed')} changed, ${count('removed')} removed; ` +
    `figures: ${figureCount('added')} added, ${figureCount('changed')} changed, ${figureCount('removed')} removed. · ` +
    `المقالات — أُضيف: ${count('added')}، عُدّل: ${count('changed')}، حُذف: ${count('removed')}؛ ` +
    `الأرقام — أُضيف: ${figureCount('added')}، عُدّل: ${figureCount('changed')}، حُذف: ${figureCount('removed')}.`
  );
}

/** The whole report. */
export function reportMarkdown(report: PrReport, names: Names, preview: PreviewLinks = {}): string {
  const lines = [
    REPORT_MARKER,
    '## Content report · تقرير المحتوى',
    '',
    `${code(report.head.ref)} (${report.head.commit.slice(0, 7)}) against ${code(report.base.ref)} (${report.base.commit.slice(0, 7)}). ${summary(report)}`,
  ];
  if (preview.artifactUrl)
    lines.push(
      '',
      `Preview · المعاينة: [the built site · الموقع مبنيًا](${preview.artifactUrl}) — unzip it into \`dist/\` of a clone and run \`npm run preview\`. · فُكّ ضغطه في المجلد dist/ من نسخة المستودع ثم شغّل npm run preview.`,
    );
  for (const section of [
    checkSection(report),
    articlesSection(report, names, preview),
    figuresSection(report, names, preview),
    entriesSection(report, names),
  ]) {
    if (section.length > 0) lines.push('', ...section);
  }
  const text = `${lines.join('\n')}\n`;
  if (text.length <= LIMITS.characters) return text;
  // The caps above keep a report far below this; a pathological one (enormous headlines) is cut, not refused.
  let kept = text.slice(0, text.lastIndexOf('\n', LIMITS.characters));
  // A cut inside the problems' code block closes it, or the rest of the comment would be code.
  if ((kept.match(/^```/gm) ?? []).length % 2 === 1) kept += '\n```';
  return `${kept}\n\n…the report is cut here: run \`npm run pr-report -- --base ${report.base.ref}\` for all of it. · بقية التقرير في الأمر نفسه.\n`;
}

/**
 * The article as a reader will see it, beside the form: its headline, summary, date, text and
 * figures box, with the site's own stylesheet (registered in main.ts), right to left.
 *
 * A figure's metric is named as the site's figures box names it (src/components/FiguresBox.astro):
 * its label, and its unit after the number, read from the metric's own entry. Decap hands the
 * entry a relation field chose to the preview as `fieldsMetaData` (both when the editor chooses
 * and when the form loads a saved choice), so the names live in content/metrics/ only.
 */
import { createElement as h, type ReactNode } from 'react';
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import { formatFigure, QUALIFIERS, type Qualifier } from '../lib/figures/format.ts';

/** Where `fieldsMetaData` keeps a chosen metric's entry: field, relation field, its collection (src/lib/cms/config.ts). */
const METRIC_ENTRIES = ['figures', 'metric', 'metrics'];

interface Metric {
  label?: string;
  unit?: string;
}

interface FigureData {
  metric?: string;
  value?: number;
  valueMax?: number;
  qualifier?: string;
  claimant?: string;
  asOf?: string;
}

const asQualifier = (q: unknown): Qualifier => (QUALIFIERS.includes(q as Qualifier) ? (q as Qualifier) : 'exact');

function figuresBox(figures: FigureData[], metricOf: (id: string) => Metric | undefined): ReactNode {
  const shown = figures.filter((f) => typeof f.value === 'number');
  if (shown.length === 0) return null;
  return h(
    'aside',
    { className: 'figures', 'aria-labelledby': 'figures-title' },
    h('h2', { id: 'figures-title' }, 'الأرقام في هذا المقال'),
    h(
      'table',
      null,
      h(
        'thead',
        null,
        h('tr', null, h('th', { scope: 'col' }, 'ما يُعدّ'), h('th', { scope: 'col' }, 'الرقم'), h('th', { scope: 'col' }, 'بحسب')),
      ),
      h(
        'tbody',
        null,
        shown.map((f, i) => {
          const metric = f.metric ? metricOf(f.metric) : undefined;
          return h(
            'tr',
            { key: i },
            // Until Decap has loaded the metric's entry, its file name, which is Latin.
            metric?.label ? h('th', { scope: 'row' }, metric.label) : h('th', { scope: 'row', dir: 'ltr' }, f.metric ?? ''),
            h(
              'td',
              { className: 'value' },
              formatFigure({ value: f.value!, valueMax: f.valueMax, qualifier: asQualifier(f.qualifier) }, metric?.unit),
            ),
            h('td', null, f.claimant ?? ''),
          );
        }),
      ),
    ),
  );
}

export function ArticlePreview({ entry, widgetFor, fieldsMetaData }: PreviewTemplateComponentProps) {
  const metricOf = (id: string) => {
    const chosen = fieldsMetaData?.getIn([...METRIC_ENTRIES, id]) as { toJS(): Metric } | undefined;
    return chosen?.toJS();
  };
  const data = (entry.get('data')?.toJS?.() ?? {}) as { title?: string; summary?: string; date?: string; figures?: FigureData[] };
  return h(
    'main',
    { className: 'wrap site-main', dir: 'rtl', lang: 'ar' },
    h(
      'article',
      { className: 'article' },
      h(
        'header',
        { className: 'article-header' },
        h('h1', null, data.title ?? ''),
        data.summary ? h('p', { className: 'lede' }, data.summary) : null,
        data.date ? h('p', { className: 'article-meta' }, h('time', { dateTime: data.date }, data.date)) : null,
      ),
      figuresBox(data.figures ?? [], metricOf),
      h('div', { className: 'body' }, widgetFor('body')),
    ),
  );
}

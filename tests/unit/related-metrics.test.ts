import { describe, expect, it } from 'vitest';
import { relatedNotes, type MetricRelations } from '../../src/lib/figures/related-metrics.ts';
import { badRelations, metricReferences } from '../../src/lib/content/metric-relations.ts';
import { brokenMetricRelations } from '../../src/lib/content/references.ts';

const RELATIONS: Record<string, MetricRelations> = {
  casualties: { sumOf: ['killed', 'wounded'] },
  'troops-planned': { projectionOf: 'troops-sent' },
};
const relationsOf = (id: string) => RELATIONS[id] ?? {};

describe('the notes on related metrics a ledger shows', () => {
  it('says a sum is not its parts where the sum and a part are both shown', () => {
    expect(relatedNotes(['killed', 'casualties'], relationsOf)).toEqual([
      { kind: 'sum', metric: 'casualties', parts: ['killed', 'wounded'] },
    ]);
  });

  it('says a projection is not a count where both are shown', () => {
    expect(relatedNotes(['troops-sent', 'troops-planned', 'killed'], relationsOf)).toEqual([
      { kind: 'projection', metric: 'troops-planned', of: 'troops-sent' },
    ]);
  });

  it('says nothing of metrics shown without their relations', () => {
    expect(relatedNotes(['casualties', 'troops-planned', 'army-size'], relationsOf)).toEqual([]);
    expect(relatedNotes(['killed', 'wounded'], relationsOf)).toEqual([]);
  });
});

describe('the rules of a metric’s relations', () => {
  it('reads the metrics it names, as ids or as Astro’s references', () => {
    expect(metricReferences({ sumOf: ['killed', { id: 'wounded' }], projectionOf: 'troops-sent' })).toEqual([
      { path: ['sumOf', 0], id: 'killed', collection: 'metrics' },
      { path: ['sumOf', 1], id: 'wounded', collection: 'metrics' },
      { path: ['projectionOf'], id: 'troops-sent', collection: 'metrics' },
    ]);
  });

  it('refuses a metric that adds itself up or projects itself, and a part named twice', () => {
    expect(badRelations('casualties', { sumOf: ['killed', 'wounded'] })).toEqual([]);
    expect(badRelations('casualties', { sumOf: ['killed', 'casualties', 'killed'] }).map((p) => [p.field, p.en])).toEqual([
      ['sumOf[1]', expect.stringContaining('cannot add itself up')],
      ['sumOf[2]', expect.stringContaining('list each metric of the sum once')],
    ]);
    expect(badRelations('troops-planned', { projectionOf: 'troops-planned' }).map((p) => p.field)).toEqual(['projectionOf']);
  });

  it('stops the build at a relation to a metric that does not exist, and at one to itself', () => {
    const metrics = [
      { id: 'casualties', filePath: 'content/metrics/casualties.yaml', data: { sumOf: [{ id: 'killed' }, { id: 'wonded' }] } },
      { id: 'troops-planned', filePath: 'content/metrics/troops-planned.yaml', data: { projectionOf: { id: 'troops-planned' } } },
    ];
    const problems = brokenMetricRelations(metrics, new Set(['casualties', 'killed', 'wounded', 'troops-planned']));
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['content/metrics/casualties.yaml', 'sumOf[1]'],
      ['content/metrics/troops-planned.yaml', 'projectionOf'],
    ]);
    expect(problems[0]!.message).toContain('did you mean "wounded"?');
  });
});

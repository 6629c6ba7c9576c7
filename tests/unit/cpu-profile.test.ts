import { describe, expect, it } from 'vitest';
import { summarizeProfile, type CpuProfile } from '../../scripts/bench/cpu-profile.ts';

const root = '/site/';
const frame = (functionName: string, url = '', lineNumber = 0) => ({ functionName, url, lineNumber });

// (root) → main (ours) → parse (a package) ; main → walk → walk (recursion, ours)
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)'), children: [2, 6, 7] },
    { id: 2, callFrame: frame('main', 'file:///site/src/main.ts', 4), children: [3, 4] },
    { id: 3, callFrame: frame('parse', 'file:///site/node_modules/micromark/index.js', 9) },
    { id: 4, callFrame: frame('walk', 'file:///site/src/walk.ts', 0), children: [5] },
    { id: 5, callFrame: frame('walk', 'file:///site/src/walk.ts', 0) },
    { id: 6, callFrame: frame('(idle)') },
    { id: 7, callFrame: frame('(garbage collector)') },
  ],
  samples: [3, 3, 5, 4, 2, 6, 7],
  timeDeltas: [10_000, 10_000, 4_000, 1_000, 2_000, 30_000, 5_000],
};

describe('summarizeProfile', () => {
  const summary = summarizeProfile(profile, root);

  it('adds up the time sampled, idle and collecting garbage', () => {
    expect(summary).toMatchObject({ totalMs: 62, idleMs: 30, garbageMs: 5 });
  });

  it('ranks functions by their own time, naming their file and line', () => {
    expect(summary.self).toEqual([
      { name: 'parse (micromark/index.js:10)', ms: 20 },
      { name: 'walk (src/walk.ts:1)', ms: 5 },
      { name: 'main (src/main.ts:5)', ms: 2 },
    ]);
  });

  it('ranks the project’s own functions with what they called, a recursive one counted once a sample', () => {
    expect(summary.inclusive).toEqual([
      { name: 'main (src/main.ts:5)', ms: 27 },
      { name: 'walk (src/walk.ts:1)', ms: 5 },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/lib/figures/ledger.ts';
import { changedAspects, figureHistories, type ArticleVersion } from '../../src/lib/history/figure-history.ts';
import { figureHistoryView } from '../../src/lib/history/figure-history-view.ts';
import type { Commit } from '../../src/lib/history/git-log.ts';

const commit = (n: number, subject = `commit ${n}`): Commit => ({
  hash: String(n).repeat(40).slice(0, 40),
  date: new Date(`2025-01-${String(n).padStart(2, '0')}T09:00:00Z`),
  subject,
});

const claim = (id: string, changes: Partial<Claim> = {}): Claim => ({
  id,
  metric: 'killed',
  value: 300,
  qualifier: 'about',
  claimant: 'وزارة الصحة',
  via: [],
  when: '2025-01-01',
  quote: 'قُتل نحو 300.',
  article: { id: 'a', title: 'عنوان', date: '2025-01-01', source: 's', topics: [] },
  ...changes,
});

/** Versions as the change log lists them: newest first. */
const versions = (...oldestFirst: (readonly Claim[])[]): ArticleVersion[] =>
  oldestFirst.map((claims, i) => ({ commit: commit(i + 1), claims })).reverse();

const kinds = (history: Map<string, { kind: string; commit: Commit }[]>, id: string) =>
  history.get(id)?.map((change) => `${change.kind}@${change.commit.subject}`);

describe('changedAspects', () => {
  it('names each thing a reader would see change, and nothing else', () => {
    const before = claim('x');
    expect(changedAspects(before, claim('x'))).toEqual([]);
    expect(changedAspects(before, claim('x', { value: 320 }))).toEqual(['number']);
    expect(changedAspects(before, claim('x', { qualifier: 'exact' }))).toEqual(['number']);
    expect(changedAspects(before, claim('x', { valueMax: 400 }))).toEqual(['number']);
    expect(changedAspects(before, claim('x', { when: '2025-02' }))).toEqual(['when']);
    expect(changedAspects(before, claim('x', { via: ['reuters'] }))).toEqual(['via']);
    expect(changedAspects(before, claim('x', { quote: 'جملة أخرى.' }))).toEqual(['quote']);
    expect(changedAspects(before, claim('x', { claimantId: 'moh' }))).toEqual(['claimant-page']);
    expect(changedAspects(before, claim('x', { value: 1, quote: 'ب' }))).toEqual(['number', 'quote']);
  });

  it('ignores what the claim id ignores in the claimant’s words (a tatweel) and spaces around a quote', () => {
    expect(changedAspects(claim('x'), claim('x', { claimant: 'وزارة الصحـــة', quote: ' قُتل نحو 300. ' }))).toEqual([]);
    expect(changedAspects(claim('x'), claim('x', { claimant: 'وزارة الصحة الفلسطينية' }))).toEqual(['claimant']);
  });
});

describe('figureHistories', () => {
  it('lists, newest first, only the commits that added, changed, removed or restored each figure', () => {
    const history = figureHistories(
      versions(
        [claim('a')],
        [claim('a'), claim('b')], // a: untouched (the commit changed another figure)
        [claim('a', { value: 320 }), claim('b')],
        [claim('a', { value: 320 })], // b removed
        [claim('a', { value: 320 }), claim('b', { value: 5 })], // b restored
      ),
    );
    expect(kinds(history, 'a')).toEqual(['changed@commit 3', 'added@commit 1']);
    expect(kinds(history, 'b')).toEqual(['restored@commit 5', 'removed@commit 4', 'added@commit 2']);
    const [changed] = history.get('a')!;
    expect(changed).toMatchObject({ kind: 'changed', aspects: ['number'], before: { value: 300 }, after: { value: 320 } });
  });

  it('reads a deleted article (a version with no figures) as every figure removed', () => {
    const history = figureHistories(versions([claim('a')], [], [claim('a')]));
    expect(kinds(history, 'a')).toEqual(['restored@commit 3', 'removed@commit 2', 'added@commit 1']);
  });

  it('has no history for a figure no version has', () => {
    expect(figureHistories(versions([claim('a')])).has('b')).toBe(false);
    expect(figureHistories([]).size).toBe(0);
  });
});

describe('figureHistoryView', () => {
  const history = figureHistories(
    versions([claim('a')], [claim('a', { value: 320, qualifier: 'exact', when: '2025-02', claimant: 'الوزارة', claimantId: 'moh' })]),
  );
  const changes = history.get('a');

  it('says when the history is not available or not recorded', () => {
    expect(figureHistoryView(false, changes, 'قتيل', false, undefined)).toEqual({ state: 'unavailable' });
    expect(figureHistoryView(true, undefined, 'قتيل', false, undefined)).toEqual({ state: 'unrecorded' });
  });

  it('says what each change did, in Arabic, with what the figure was and what it became', () => {
    const view = figureHistoryView(true, changes, 'قتيل', false, commit(1).hash);
    expect(view).toEqual({
      state: 'recorded',
      older: false,
      entries: [
        {
          date: commit(2).date,
          subject: 'commit 2',
          commit: commit(2).hash.slice(0, 7),
          edits: [
            { what: 'عُدّل الرقم', from: 'نحو 300 قتيل', to: '320 قتيل' },
            { what: 'عُدّل التاريخ الذي يشير إليه', from: '1 يناير 2025', to: 'فبراير 2025' },
            { what: 'عُدّل اسم القائل', from: 'وزارة الصحة', to: 'الوزارة' },
            { what: 'رُبط القائل بصفحته في الموقع' },
          ],
        },
        { date: commit(1).date, subject: 'commit 1', commit: '1111111', edits: [{ what: 'أُضيف الرقم', to: 'نحو 300 قتيل' }] },
      ],
    });
  });

  it('does not call a figure added in the oldest version it read when its article’s log was cut there', () => {
    const cut = figureHistoryView(true, changes, 'قتيل', true, commit(1).hash);
    expect(cut.state === 'recorded' && cut.older).toBe(true);
    expect(cut.state === 'recorded' && cut.entries[1]!.edits).toEqual([{ what: 'الرقم في أقدم نسخة يعرضها السجل', to: 'نحو 300 قتيل' }]);
    // Added after the oldest version read: its whole history is shown, cut log or not.
    const later = figureHistoryView(true, changes, 'قتيل', true, commit(9).hash);
    expect(later.state === 'recorded' && later.older).toBe(false);
  });

  it('names a removed and a restored figure, and a claimant unlinked from its page', () => {
    const unlinked = figureHistories(versions([claim('a', { claimantId: 'moh' })], [], [claim('a')])).get('a');
    const view = figureHistoryView(true, unlinked, undefined, false, undefined);
    expect(view.state === 'recorded' && view.entries.map((entry) => entry.edits)).toEqual([
      [{ what: 'أُعيد الرقم إلى المقال', to: 'نحو 300' }],
      [{ what: 'حُذف الرقم من المقال' }],
      [{ what: 'أُضيف الرقم', to: 'نحو 300' }],
    ]);
    const relinked = figureHistories(versions([claim('a', { claimantId: 'moh' })], [claim('a')], [claim('a', { claimantId: 'x' })])).get(
      'a',
    );
    const edits = figureHistoryView(true, relinked, undefined, false, undefined);
    expect(edits.state === 'recorded' && edits.entries.slice(0, 2).map((entry) => entry.edits[0]!.what)).toEqual([
      'رُبط القائل بصفحته في الموقع',
      'فُكّ ربط القائل بصفحته في الموقع',
    ]);
    const moved = figureHistories(versions([claim('a', { claimantId: 'moh' })], [claim('a', { claimantId: 'x' })])).get('a');
    const other = figureHistoryView(true, moved, undefined, false, undefined);
    expect(other.state === 'recorded' && other.entries[0]!.edits).toEqual([{ what: 'رُبط القائل بصفحة أخرى في الموقع' }]);
  });
});

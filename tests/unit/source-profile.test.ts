import { describe, expect, it } from 'vitest';
import { sourceSchema } from '../../src/lib/content/schemas.ts';
import { noCoverageBy, ownedOutlet, OWNERSHIP_KINDS, ownershipLabel } from '../../src/lib/content/ownership.ts';

// An outlet's profile (src/lib/content/source-profile.ts): every fact of a named outlet, each
// known one with the public page that states it; none on the unattributed entry.
const CITE = 'https://example.org/about';
const named = {
  name: 'وكالة',
  latinName: 'Agency',
  country: 'QA',
  countryCite: CITE,
  kind: 'agency',
  owner: { ar: 'مالك', latin: 'Owner', cite: CITE },
  ownership: { kind: 'state', cite: CITE },
  funding: { note: 'تموّلها الحكومة.', cite: CITE },
};

/** The schema's problems as "field: message". */
function problems(data: Record<string, unknown>): string[] {
  const result = sourceSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('an outlet’s profile', () => {
  it('takes a named outlet with every fact cited, and one whose facts are all unknown, uncited', () => {
    expect(problems(named)).toEqual([]);
    expect(
      problems({
        ...named,
        country: 'unknown',
        countryCite: undefined,
        owner: 'unknown',
        ownership: { kind: 'unknown' },
        funding: 'unknown',
      }),
    ).toEqual([]);
  });

  it('requires every fact of a named outlet', () => {
    expect(problems({ ...named, owner: undefined, ownership: undefined, funding: undefined })).toEqual([
      expect.stringMatching(/^owner: a named outlet needs its owner/),
      expect.stringMatching(/^ownership: a named outlet needs its kind of ownership/),
      expect.stringMatching(/^funding: a named outlet needs its funding/),
    ]);
    expect(problems({ ...named, ownership: { cite: CITE } })).toEqual([
      expect.stringMatching(/^ownership.kind: write the kind of ownership: one of state, /),
    ]);
  });

  it('refuses each known fact without its citation, and says to write unknown rather than guess', () => {
    const uncited = {
      ...named,
      countryCite: undefined,
      owner: { ar: 'مالك', latin: 'Owner' },
      ownership: { kind: 'private' },
      funding: { note: 'الإعلانات.' },
    };
    expect(problems(uncited)).toEqual([
      expect.stringMatching(/^owner.cite: cite a public page that states who owns the outlet .* owner: unknown instead, never a guess$/),
      expect.stringMatching(/^ownership.cite: cite a public page that states that its ownership is private .* kind: unknown instead/),
      expect.stringMatching(/^funding.cite: cite a public page that states how the outlet is funded .* funding: unknown instead/),
      expect.stringMatching(/^countryCite: cite a public page that states where the outlet's headquarters are .* country: unknown instead/),
    ]);
  });

  it('takes only http(s) addresses as citations', () => {
    expect(problems({ ...named, owner: { ...named.owner, cite: 'javascript:alert(1)' } })).toEqual([
      'owner.cite: cite a public page by its full http:// or https:// address',
    ]);
    expect(problems({ ...named, countryCite: 'example.org' })).toEqual([
      'countryCite: cite a public page by its full http:// or https:// address',
    ]);
  });

  it('refuses a citation on an unknown fact: a page that states it makes it known', () => {
    expect(problems({ ...named, ownership: { kind: 'unknown', cite: CITE } })).toEqual([
      expect.stringMatching(/^ownership.cite: a page that states the kind/),
    ]);
    expect(problems({ ...named, country: 'unknown' })).toEqual([
      expect.stringMatching(/^countryCite: a page that states the country makes it known/),
    ]);
  });

  it('refuses an ownership kind outside the list, and a fact that is neither unknown nor its fields', () => {
    expect(problems({ ...named, ownership: { kind: 'public', cite: CITE } })).toEqual([
      `ownership.kind: use one of: ${OWNERSHIP_KINDS.join(', ')}`,
    ]);
    expect(problems({ ...named, owner: 'Fox' })).toEqual([expect.stringMatching(/^owner: write unknown, or the owner as three fields/)]);
    expect(problems({ ...named, funding: { cite: CITE } })).toEqual([
      expect.stringMatching(/^funding: write unknown, or the funding as two fields/),
    ]);
  });

  it('refuses any profile on the unattributed entry, whose articles are counted as unattributed', () => {
    const unattributed = { name: 'غير مسمّى', latinName: 'Unattributed', unattributed: true };
    expect(problems(unattributed)).toEqual([]);
    expect(problems({ ...unattributed, owner: 'unknown', ownership: { kind: 'unknown' } })).toEqual([
      expect.stringMatching(/^owner: the unattributed entry names no outlet, so it has no profile/),
      expect.stringMatching(/^ownership: the unattributed entry names no outlet/),
    ]);
  });
});

describe('the kinds of ownership in Arabic', () => {
  it('names each kind, an outlet of that kind, and a story none covered', () => {
    expect(OWNERSHIP_KINDS).toEqual(['state', 'public-service', 'private', 'affiliated', 'unknown']);
    expect(ownershipLabel('state')).toBe('مملوكة للدولة');
    expect(ownedOutlet('private')).toBe('وسيلة خاصة');
    expect(noCoverageBy('state')).toBe('لم تغطه أي وسيلة مملوكة للدولة');
    expect(noCoverageBy('affiliated')).toBe('لم تغطه أي وسيلة تابعة لجهة سياسية أو حكومية');
    for (const kind of OWNERSHIP_KINDS) expect(noCoverageBy(kind)).toMatch(/^لم تغطه أي وسيلة [\u0600-\u06FF ]+$/);
  });
});

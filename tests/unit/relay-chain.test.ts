import { describe, expect, it } from 'vitest';
import { badRelays } from '../../src/lib/content/relays.ts';
import { chainLinks, chainSpoken, chainText, relayChain } from '../../src/lib/figures/relay-chain.ts';

const names: Record<string, string> = { reuters: 'رويترز', 'new-york-times': 'نيويورك تايمز' };
const nameOf = (id: string) => names[id] ?? id;

describe('a relay chain', () => {
  it('names the relays in order, then the outlet', () => {
    const chain = relayChain(['reuters', 'new-york-times'], nameOf, 'فوكس نيوز')!;
    expect(chain).toEqual({ relays: ['رويترز', 'نيويورك تايمز'], outlet: 'فوكس نيوز' });
    const links = chainLinks('جهاز الاستخبارات الكورية الجنوبية', chain);
    expect(chainText(links)).toBe('جهاز الاستخبارات الكورية الجنوبية ← رويترز ← نيويورك تايمز ← فوكس نيوز');
    expect(chainSpoken(links)).toBe('جهاز الاستخبارات الكورية الجنوبية عبر رويترز عبر نيويورك تايمز عبر فوكس نيوز');
  });

  it('is not drawn when no one relayed the figure', () => {
    expect(relayChain([], nameOf, 'فوكس نيوز')).toBeUndefined();
  });
});

describe('the rules of a chain', () => {
  it('accepts relays named once, none of them the claimant', () => {
    expect(badRelays(['reuters', 'new-york-times'], 'nis')).toEqual([]);
    expect(badRelays(['reuters'], undefined)).toEqual([]);
  });

  it('refuses a relay named twice, at its second place', () => {
    expect(badRelays(['reuters', 'nis', 'reuters'], undefined)).toEqual([
      { index: 2, message: 'name each relay once: it is already via[0]' },
    ]);
  });

  it('refuses the claimant as its own relay', () => {
    expect(badRelays(['nis', 'reuters'], 'nis')).toEqual([{ index: 0, message: expect.stringContaining('is not its own relay') }]);
  });
});

/**
 * A figure's relay chain: who says the number, who passed it on, and the outlet that published
 * it, as "جهاز المخابرات ← رويترز ← فوكس نيوز". Read right to left, the arrow points from each
 * link to the next; screen readers hear «عبر» ("via") instead of an arrow's name.
 */

/** The links after the claimant: the relays' names, in order, then the outlet's. */
export interface RelayChain {
  relays: string[];
  outlet: string;
}

/** The arrow drawn between two links. U+2190 is not mirrored, so in a right-to-left line it points to the next link. */
export const CHAIN_ARROW = '←';
/** What a screen reader says in the arrow's place. */
export const CHAIN_SPOKEN = 'عبر';

/**
 * The chain of a figure relayed by someone: undefined when `via` is empty, as the claimant and
 * the outlet are shown anyway and an arrow between them alone would say nothing.
 */
export function relayChain(via: readonly string[], nameOf: (id: string) => string, outlet: string): RelayChain | undefined {
  return via.length === 0 ? undefined : { relays: via.map(nameOf), outlet };
}

/** Every name of the chain, the claimant first. */
export const chainLinks = (claimant: string, chain: RelayChain): string[] => [claimant, ...chain.relays, chain.outlet];

/** The chain as one line of text: "القائل ← رويترز ← فوكس نيوز". */
export const chainText = (links: readonly string[]): string => links.join(` ${CHAIN_ARROW} `);

/** The chain as a screen reader says it: "القائل عبر رويترز عبر فوكس نيوز". */
export const chainSpoken = (links: readonly string[]): string => links.join(` ${CHAIN_SPOKEN} `);

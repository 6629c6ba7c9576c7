/**
 * The rules of a figure's relay chain (`via`) beyond its ids existing, in one place: the
 * article schema (src/lib/content/schemas.ts) applies them for the editors' check and the
 * build alike. A chain runs from the claimant outward to the outlet, so it names each relay
 * once and never the claimant itself.
 */
export interface BadRelay {
  /** The relay's place in `via`. */
  index: number;
  message: string;
}

export function badRelays(via: readonly string[], claimantId: string | undefined): BadRelay[] {
  const first = new Map<string, number>();
  const bad: BadRelay[] = [];
  via.forEach((id, index) => {
    const before = first.get(id);
    if (id === claimantId)
      bad.push({ index, message: 'the claimant (claimantId) is not its own relay: list only who passed the number on after it said it' });
    else if (before !== undefined) bad.push({ index, message: `name each relay once: it is already via[${before}]` });
    else first.set(id, index);
  });
  return bad;
}

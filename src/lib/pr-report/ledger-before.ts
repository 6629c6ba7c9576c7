/**
 * The ledger as it stood on the base branch, cut to what a pull request's figures touch: for
 * each topic and metric they add to, how many claims it held, its lowest and highest number,
 * and its latest claim. Fed one article at a time, it keeps a few numbers per touched pair,
 * never the corpus.
 */
import { byTime, type Claim } from '../figures/ledger.ts';

export interface LedgerSpan {
  count: number;
  lowest: number;
  highest: number;
  /** The claim that refers to the latest date (ledger.ts's time order). */
  latest: Claim;
}

const pairKey = (topic: string, metric: string) => `${topic}\u0000${metric}`;

export class LedgerBefore {
  private readonly spans = new Map<string, LedgerSpan | null>();
  private readonly topics = new Set<string>();

  /** Only these topic and metric pairs are kept. */
  constructor(pairs: Iterable<{ topic: string; metric: string }>) {
    for (const { topic, metric } of pairs) {
      this.spans.set(pairKey(topic, metric), null);
      this.topics.add(topic);
    }
  }

  /** The topics whose ledgers are kept: an article in none of them need not be read. */
  get topicIds(): ReadonlySet<string> {
    return this.topics;
  }

  /** Counts one base article's claims. */
  add(claims: readonly Claim[]): void {
    for (const claim of claims) {
      for (const topic of claim.article.topics) {
        const key = pairKey(topic, claim.metric);
        if (!this.spans.has(key)) continue;
        const span = this.spans.get(key);
        const high = claim.valueMax ?? claim.value;
        if (!span) {
          this.spans.set(key, { count: 1, lowest: claim.value, highest: high, latest: claim });
          continue;
        }
        span.count++;
        span.lowest = Math.min(span.lowest, claim.value);
        span.highest = Math.max(span.highest, high);
        if (byTime(claim, span.latest) > 0) span.latest = claim;
      }
    }
  }

  /** The pair's span on the base branch; undefined when it held no claim. */
  span(topic: string, metric: string): LedgerSpan | undefined {
    return this.spans.get(pairKey(topic, metric)) ?? undefined;
  }
}

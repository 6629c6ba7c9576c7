/**
 * A V8 CPU profile (`node --cpu-prof`) reduced to what a reader of the benchmark needs: where
 * one thread spent its time, by function (self time) and by call (inclusive time).
 */

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  /** Microseconds since the previous sample. */
  timeDeltas: number[];
}

export interface Timed {
  /** "function (file:line)", the file relative to the project or its package. */
  name: string;
  ms: number;
}

export interface ProfileSummary {
  totalMs: number;
  /** Time V8 sampled with nothing to run: waiting for I/O, workers or the other process. */
  idleMs: number;
  garbageMs: number;
  /** Functions by time spent in their own code. */
  self: Timed[];
  /** The project's own functions (not its packages' or Node's) by time spent in them and in everything they called. */
  inclusive: Timed[];
}

/** V8's pseudo-frames: not functions of any program. */
const PSEUDO = new Set(['(root)', '(program)', '(idle)', '(garbage collector)']);

function nameOf({ functionName, url, lineNumber }: CallFrame, root: string): string {
  const fn = functionName || '(anonymous)';
  if (!url) return fn;
  const path = url.replace(/^file:\/\//, '');
  const inPackage = path.lastIndexOf('/node_modules/');
  const file = inPackage >= 0 ? path.slice(inPackage + '/node_modules/'.length) : path.startsWith(root) ? path.slice(root.length) : path;
  return `${fn} (${file}:${lineNumber + 1})`;
}

const isProjectCode = (url: string, root: string) => url.startsWith(`file://${root}`) && !url.includes('/node_modules/');

const top = (times: Map<string, number>, count: number): Timed[] =>
  [...times]
    .map(([name, us]) => ({ name, ms: us / 1000 }))
    .sort((a, b) => b.ms - a.ms || (a.name < b.name ? -1 : 1))
    .slice(0, count);

/** Sums a profile's samples into self and inclusive times, the `count` largest of each. */
export function summarizeProfile(profile: CpuProfile, root: string, count = 20): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

  const sampled = new Map<number, number>();
  profile.samples.forEach((id, i) => sampled.set(id, (sampled.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let totalUs = 0;
  let idleUs = 0;
  let garbageUs = 0;
  for (const [id, us] of sampled) {
    totalUs += us;
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === '(idle)') idleUs += us;
    if (frame.functionName === '(garbage collector)') garbageUs += us;
    if (PSEUDO.has(frame.functionName)) continue;
    const own = nameOf(frame, root);
    self.set(own, (self.get(own) ?? 0) + us);
    // A recursive function counts once per sample, however deep the recursion.
    const counted = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const callFrame = byId.get(at)!.callFrame;
      if (!isProjectCode(callFrame.url, root)) continue;
      const name = nameOf(callFrame, root);
      if (counted.has(name)) continue;
      counted.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + us);
    }
  }
  return {
    totalMs: totalUs / 1000,
    idleMs: idleUs / 1000,
    garbageMs: garbageUs / 1000,
    self: top(self, count),
    inclusive: top(inclusive, count),
  };
}

/**
 * Peak memory of a process and everything it starts. A build is more than one process (ours
 * runs Astro as a child, and Pagefind's indexer is a child binary), so the child's own maximum
 * RSS, which is all `/usr/bin/time` reports, would miss part of it. Linux only: it reads /proc.
 *
 * The sum of RSS counts pages shared between processes of the tree (libraries, say) once per
 * process, so it slightly overstates a tree of several processes; both sides of a comparison
 * are measured the same way.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcessMemory {
  pid: number;
  ppid: number;
  rssBytes: number;
}

/** The parent and resident memory in /proc/<pid>/status; kernel threads have no VmRSS: 0. */
export function parseStatus(pid: number, status: string): ProcessMemory | undefined {
  const ppid = /^PPid:\s+(\d+)/m.exec(status);
  if (!ppid) return undefined;
  const rss = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  return { pid, ppid: Number(ppid[1]), rssBytes: rss ? Number(rss[1]) * 1024 : 0 };
}

/** Resident bytes of `root` and all its descendants, found by following parent links down. */
export function treeRssBytes(root: number, processes: readonly ProcessMemory[]): number {
  const children = new Map<number, ProcessMemory[]>();
  let rootProcess: ProcessMemory | undefined;
  for (const process of processes) {
    if (process.pid === root) rootProcess = process;
    const siblings = children.get(process.ppid);
    if (siblings) siblings.push(process);
    else children.set(process.ppid, [process]);
  }
  if (!rootProcess) return 0;
  let total = 0;
  const pending = [rootProcess];
  const seen = new Set<number>();
  while (pending.length > 0) {
    const next = pending.pop()!;
    // A pid reused while /proc was being read could make a loop; count each pid once.
    if (seen.has(next.pid)) continue;
    seen.add(next.pid);
    total += next.rssBytes;
    pending.push(...(children.get(next.pid) ?? []));
  }
  return total;
}

/** Every process now running; ones that exit while /proc is read are skipped. */
export function readProcesses(): ProcessMemory[] {
  const processes: ProcessMemory[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const parsed = parseStatus(Number(name), readFileSync(`/proc/${name}/status`, 'utf8'));
      if (parsed) processes.push(parsed);
    } catch {
      // It exited between the listing and the read.
    }
  }
  return processes;
}

/**
 * Samples the tree under `pid` every `intervalMs` until stopped; `stop()` returns the largest
 * sum seen. A peak shorter than the interval can be missed: at 100 ms, builds that last seconds
 * are measured to within their slowest swings.
 */
export function samplePeakMemory(pid: number, intervalMs = 100): { stop: () => number } {
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, treeRssBytes(pid, readProcesses()));
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}

import { describe, expect, it } from 'vitest';
import { parseStatus, treeRssBytes, type ProcessMemory } from '../../scripts/bench/process-tree-memory.ts';

const MB = 1024 * 1024;
const proc = (pid: number, ppid: number, mb: number): ProcessMemory => ({ pid, ppid, rssBytes: mb * MB });

describe('treeRssBytes', () => {
  // init → shell 10 → node 20 (the build) → pagefind 30, and node 21 beside it; 40 is unrelated.
  const processes = [
    proc(1, 0, 5),
    proc(10, 1, 3),
    proc(20, 10, 400),
    proc(30, 20, 150),
    proc(31, 30, 7),
    proc(21, 10, 50),
    proc(40, 1, 900),
  ];

  it('adds the root and every descendant, however deep', () => {
    expect(treeRssBytes(20, processes)).toBe(557 * MB);
  });

  it('leaves out siblings, parents and unrelated processes', () => {
    expect(treeRssBytes(30, processes)).toBe(157 * MB);
    expect(treeRssBytes(21, processes)).toBe(50 * MB);
  });

  it('is 0 once the root has exited', () => {
    expect(treeRssBytes(99, processes)).toBe(0);
  });

  it('counts each process once even when parent links make a loop', () => {
    expect(treeRssBytes(50, [proc(50, 51, 1), proc(51, 50, 2)])).toBe(3 * MB);
  });
});

describe('parseStatus', () => {
  it('reads the parent and the resident set in kB', () => {
    const status = 'Name:\tnode\nState:\tR (running)\nPid:\t20\nPPid:\t10\nVmPeak:\t 999 kB\nVmRSS:\t  409600 kB\nThreads:\t11\n';
    expect(parseStatus(20, status)).toEqual({ pid: 20, ppid: 10, rssBytes: 400 * MB });
  });

  it('gives a kernel thread, which has no VmRSS, no memory', () => {
    expect(parseStatus(2, 'Name:\tkthreadd\nPid:\t2\nPPid:\t0\n')).toEqual({ pid: 2, ppid: 0, rssBytes: 0 });
  });
});

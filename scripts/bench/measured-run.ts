/**
 * Runs a command as a child process and measures it as `npm run bench` reports it: wall time
 * from spawn to exit, and the peak memory of the child and everything it starts.
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { samplePeakMemory } from './process-tree-memory.ts';

export interface RunMeasure {
  seconds: number;
  peakBytes: number;
}

export interface MeasuredCommand {
  command: string;
  args: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** The child's output goes here rather than to the terminal: thousands of page lines. */
  log: string;
}

/** Runs `run` to its end; a non-zero exit throws with the end of its log. */
export async function measuredRun(run: MeasuredCommand): Promise<RunMeasure> {
  const out = openSync(run.log, 'a');
  try {
    const started = performance.now();
    const child = spawn(run.command, run.args, { cwd: run.cwd, env: run.env, stdio: ['ignore', out, out] });
    // No pid when the command could not start: the 'error' event below then says why.
    const sampler = samplePeakMemory(child.pid ?? -1);
    let code: number | null;
    let peakBytes = 0;
    try {
      code = await new Promise<number | null>((resolve, reject) => {
        child.once('error', reject);
        child.once('exit', (exitCode) => resolve(exitCode));
      });
    } finally {
      peakBytes = sampler.stop();
    }
    const seconds = (performance.now() - started) / 1000;
    if (code !== 0) {
      const tail = readFileSync(run.log, 'utf8').trimEnd().split('\n').slice(-30).join('\n');
      throw new Error(`${run.command} ${run.args.join(' ')} exited with ${code}; the end of ${run.log}:\n${tail}`);
    }
    return { seconds, peakBytes };
  } finally {
    closeSync(out);
  }
}

/** Two steps run one after the other count as one build: times add, the peak is the larger. */
export function inSequence(...steps: readonly RunMeasure[]): RunMeasure {
  return {
    seconds: steps.reduce((sum, step) => sum + step.seconds, 0),
    peakBytes: Math.max(...steps.map((step) => step.peakBytes)),
  };
}

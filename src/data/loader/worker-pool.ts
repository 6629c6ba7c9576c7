import { Worker } from 'node:worker_threads';

interface Pending<Reply> {
  resolve: (reply: Reply) => void;
  reject: (error: Error) => void;
}

/**
 * A few worker threads answering tasks, each task one message and one reply carrying its
 * `task` number. Idle workers neither keep the process alive nor stay around: after
 * `idleMs` with nothing to do they are ended, and started again if work comes back.
 */
export class WorkerPool<Request extends object, Reply extends { task: number }> {
  private readonly workers: Worker[] = [];
  private readonly busy = new Map<Worker, number>();
  private readonly pending = new Map<number, Pending<Reply>>();
  private nextTask = 0;
  private idleTimer: NodeJS.Timeout | undefined;
  private readonly script: URL;
  private readonly workerData: unknown;
  private readonly size: number;
  private readonly idleMs: number;

  constructor(script: URL, workerData: unknown, size: number, idleMs = 2000) {
    this.script = script;
    this.workerData = workerData;
    this.size = size;
    this.idleMs = idleMs;
  }

  run(request: Request): Promise<Reply> {
    clearTimeout(this.idleTimer);
    const worker = this.leastBusy();
    const task = this.nextTask++;
    this.busy.set(worker, (this.busy.get(worker) ?? 0) + 1);
    worker.ref();
    return new Promise<Reply>((resolve, reject) => {
      this.pending.set(task, { resolve, reject });
      worker.postMessage({ ...request, task });
    });
  }

  private leastBusy(): Worker {
    if (this.workers.length < this.size) return this.start();
    return this.workers.reduce((best, worker) => ((this.busy.get(worker) ?? 0) < (this.busy.get(best) ?? 0) ? worker : best));
  }

  private start(): Worker {
    // A render needs little memory, and a worker left to grow its heap as it likes would add
    // hundreds of megabytes to the build's peak: a small heap makes it collect as it goes.
    const worker = new Worker(this.script, { workerData: this.workerData, resourceLimits: { maxOldGenerationSizeMb: 384 } });
    this.workers.push(worker);
    this.busy.set(worker, 0);
    worker.on('message', (reply: Reply) => {
      const left = (this.busy.get(worker) ?? 1) - 1;
      this.busy.set(worker, left);
      if (left === 0) worker.unref();
      this.pending.get(reply.task)?.resolve(reply);
      this.pending.delete(reply.task);
      if (this.pending.size === 0) this.scheduleStop();
    });
    worker.on('error', (error) => this.fail(worker, error));
    worker.on('exit', (code) => {
      if (code !== 0) this.fail(worker, new Error(`a render worker stopped with exit code ${code}`));
    });
    return worker;
  }

  /** A crashed worker fails every task still waiting, so the build stops with the reason. */
  private fail(worker: Worker, error: Error): void {
    this.workers.splice(this.workers.indexOf(worker), 1);
    this.busy.delete(worker);
    for (const { reject } of this.pending.values()) reject(error);
    this.pending.clear();
  }

  private scheduleStop(): void {
    this.idleTimer = setTimeout(() => {
      const stopping = this.workers.splice(0);
      this.busy.clear();
      for (const worker of stopping) {
        worker.removeAllListeners('exit');
        void worker.terminate();
      }
    }, this.idleMs);
    this.idleTimer.unref();
  }
}

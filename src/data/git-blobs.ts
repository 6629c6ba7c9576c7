/**
 * Files as they were at earlier commits, read through one `git cat-file --batch` process that
 * lives for the whole build: a claim page asks for its article's versions when it renders, and
 * a build of 100,000 articles starts one process, not one a page.
 *
 * The process never keeps the build alive: it and its pipes are unreferenced while no request
 * waits, and referenced while one does, so the build neither exits under a pending read nor
 * waits for git at its end. When the build exits, git reads the end of its input and exits too.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';

interface Pending {
  resolve: (text: string | undefined) => void;
  reject: (error: Error) => void;
}

type Git = ChildProcessByStdio<Writable, Readable, null>;

/** Where a reply stands: its header not read yet, or so many bytes of its body (and a line end) to come. */
type Expecting = { header: true } | { header: false; size: number };

export class GitBlobReader {
  readonly #folder: string;
  #git: Git | undefined;
  #failed: Error | undefined;
  readonly #waiting: Pending[] = [];
  #chunks: Buffer[] = [];
  #buffered = 0;
  #expecting: Expecting = { header: true };

  /** `folder`: the directory git runs in; a path written `./x` in a request is relative to it. */
  constructor(folder: string) {
    this.#folder = folder;
  }

  /**
   * The text of each object (a blob's id, as the change log gives it; or `<commit>:./<path>`,
   * which makes git look the path up in its folder's tree, a cost that grows with the folder),
   * in the order asked; undefined where there is no such object. Rejects if git cannot be run
   * or stops.
   */
  read(objects: readonly string[]): Promise<(string | undefined)[]> {
    if (this.#failed) return Promise.reject(this.#failed);
    const bad = objects.find((object) => /[\n\r]/.test(object));
    if (bad !== undefined)
      return Promise.reject(new Error(`git cat-file: a name with a line break cannot be asked for: ${JSON.stringify(bad)}`));
    const git = this.#start();
    const replies = objects.map(
      (object) =>
        new Promise<string | undefined>((resolve, reject) => {
          this.#waiting.push({ resolve, reject });
          git.stdin.write(`${object}\n`);
        }),
    );
    this.#hold(true);
    return Promise.all(replies);
  }

  /** Stops git; later reads start it again. */
  close(): void {
    this.#git?.stdin.end();
    this.#git = undefined;
  }

  #start(): Git {
    if (this.#git) return this.#git;
    const git = spawn('git', ['-C', this.#folder, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'ignore'] });
    git.on('error', (error) => this.#fail(error));
    git.on('close', (code) => {
      if (this.#git === git) this.#git = undefined;
      if (this.#waiting.length > 0)
        this.#fail(new Error(`git cat-file stopped (exit code ${code}) with ${this.#waiting.length} files unread`));
    });
    git.stdin.on('error', (error) => this.#fail(error));
    git.stdout.on('data', (chunk: Buffer) => this.#receive(chunk));
    git.unref();
    this.#git = git;
    this.#hold(false);
    return git;
  }

  /** Keeps the build alive while replies are owed, and only then. */
  #hold(waiting: boolean): void {
    const pipes = this.#git && [this.#git.stdout as Readable & Partial<Ref>, this.#git.stdin as Writable & Partial<Ref>];
    for (const pipe of pipes ?? []) (waiting ? pipe.ref : pipe.unref)?.call(pipe);
  }

  #receive(chunk: Buffer): void {
    this.#chunks.push(chunk);
    this.#buffered += chunk.length;
    for (;;) {
      if (this.#expecting.header) {
        const buffer = this.#joined();
        const end = buffer.indexOf(10);
        if (end < 0) return;
        const header = buffer.subarray(0, end).toString('utf8');
        this.#consume(end + 1);
        if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
          this.#answer(undefined);
          continue;
        }
        const size = Number(header.split(' ')[2]);
        if (!Number.isSafeInteger(size))
          return this.#fail(new Error(`git cat-file: an answer that is not "<object> <type> <size>": ${header}`));
        this.#expecting = { header: false, size };
      }
      const { size } = this.#expecting as { size: number };
      if (this.#buffered < size + 1) return;
      const buffer = this.#joined();
      const text = buffer.subarray(0, size).toString('utf8');
      this.#consume(size + 1);
      this.#expecting = { header: true };
      this.#answer(text);
    }
  }

  /** The bytes received and not read yet, as one buffer (joined only when a reply needs it). */
  #joined(): Buffer {
    if (this.#chunks.length > 1) this.#chunks = [Buffer.concat(this.#chunks)];
    return this.#chunks[0] ?? Buffer.alloc(0);
  }

  #consume(bytes: number): void {
    const rest = this.#joined().subarray(bytes);
    this.#chunks = rest.length > 0 ? [rest] : [];
    this.#buffered = rest.length;
  }

  #answer(text: string | undefined): void {
    this.#waiting.shift()?.resolve(text);
    if (this.#waiting.length === 0) this.#hold(false);
  }

  #fail(error: Error): void {
    this.#failed = error;
    for (const pending of this.#waiting.splice(0)) pending.reject(error);
    this.#git?.kill();
    this.#git = undefined;
  }
}

interface Ref {
  ref(): void;
  unref(): void;
}

/**
 * One MDX compile worker (see mdx-workers.ts): the site's own unified pipeline, answering
 * compile requests from the build's main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { unified } from '@astrojs/markdown-remark';
import { MARKDOWN_OPTIONS } from '../lib/markdown-options.ts';

export interface CompileRequest {
  task: number;
  content: string;
  path: string;
  frontmatter: Record<string, unknown>;
}

export type CompileReply =
  | { task: number; result: { code: string; map?: string | null | undefined; astroMetadata: unknown } }
  | { task: number; error: { name: string; message: string; stack?: string | undefined; line?: number; column?: number } };

const { shared, mdx } = workerData as { shared: never; mdx: { srcDir?: string } & Record<string, unknown> };
const renderer = await unified(MARKDOWN_OPTIONS).createMdxRenderer!(shared, {
  ...mdx,
  srcDir: mdx.srcDir === undefined ? undefined : new URL(mdx.srcDir),
} as never);

parentPort!.on('message', async ({ task, content, path, frontmatter }: CompileRequest) => {
  try {
    const result = await renderer.process(content, path, frontmatter);
    parentPort!.postMessage({ task, result } satisfies CompileReply);
  } catch (caught) {
    const error = caught as Error & { line?: number; column?: number };
    parentPort!.postMessage({
      task,
      error: { name: error.name, message: error.message, stack: error.stack, line: error.line, column: error.column },
    } satisfies CompileReply);
  }
});

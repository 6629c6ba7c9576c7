/**
 * One article-rendering worker (see articles-loader.ts): the site's Markdown pipeline,
 * answering render requests from the content layer on the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createArticleRenderer, type RenderedArticle, type RendererSettings } from '../../lib/markdown/article-renderer.ts';

export interface RenderRequest {
  task: number;
  body: string;
  frontmatter: Record<string, unknown>;
  fileURL: string;
}

export type RenderReply =
  | { task: number; rendered: RenderedArticle }
  | { task: number; error: { name: string; message: string; stack?: string | undefined; line?: number | undefined } };

const render = await createArticleRenderer(workerData as RendererSettings);

// The Markdown processor logs every failure with console.error before throwing it; this worker
// reports each failure once, in its reply, where the loader names the file and line.
console.error = () => undefined;

parentPort!.on('message', async ({ task, body, frontmatter, fileURL }: RenderRequest) => {
  try {
    parentPort!.postMessage({ task, rendered: await render(body, frontmatter, new URL(fileURL)) } satisfies RenderReply);
  } catch (caught) {
    // A VFile message's reason is the message without the processor's "Failed to parse" prefix.
    const error = caught as Error & { line?: number; reason?: string };
    const reply = { name: error.name, message: error.reason ?? error.message, stack: error.stack, line: error.line };
    parentPort!.postMessage({ task, error: reply } satisfies RenderReply);
  }
});

import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import type { RendererSettings } from '../../lib/markdown/article-renderer.ts';
import type { StoredRender } from './rendered-html.ts';
import type { RenderReply, RenderRequest } from './render-worker.ts';

/**
 * An article's body rendered in a worker, its HTML written to `htmlFile` (rendered-html.ts);
 * rejects with the render's message and `line`.
 */
export type RenderInWorker = (body: string, frontmatter: Record<string, unknown>, file: string, htmlFile: string) => Promise<StoredRender>;

/**
 * Renders articles in one worker thread per core (render-worker.ts), with Piscina.
 *
 * Workers start when work comes and end after two idle seconds (`minThreads: 0`), and an idle
 * worker never keeps the process alive. A worker that crashes or exits fails the tasks it held
 * with the reason, so the build stops instead of waiting.
 */
export function createRenderPool(settings: RendererSettings): RenderInWorker {
  const pool = new Piscina<RenderRequest, RenderReply>({
    filename: new URL('./render-worker.ts', import.meta.url).href,
    workerData: settings,
    minThreads: 0,
    maxThreads: Math.max(1, availableParallelism()),
    idleTimeout: 2000,
    // A render needs little memory, and a worker left to grow its heap as it likes would add
    // hundreds of megabytes to the build's peak: a small heap makes it collect as it goes.
    resourceLimits: { maxOldGenerationSizeMb: 384 },
  });
  return async (body, frontmatter, file, htmlFile) => {
    const reply = await pool.run({ body, frontmatter, fileURL: pathToFileURL(file).href, htmlFile });
    if ('error' in reply) throw Object.assign(new Error(reply.error.message), reply.error);
    return reply.rendered;
  };
}

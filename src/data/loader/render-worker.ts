/**
 * One article-rendering worker (see render-pool.ts): the site's Markdown pipeline, answering
 * the content layer's render requests. Piscina calls the default export once per task.
 */
import { workerData } from 'piscina';
import { createArticleRenderer, type RendererSettings } from '../../lib/markdown/article-renderer.ts';
import { storeRender, type StoredRender } from './rendered-html.ts';

export interface RenderRequest {
  body: string;
  frontmatter: Record<string, unknown>;
  fileURL: string;
  /** Where the HTML goes (rendered-html.ts): written here, it never crosses back to the loader's thread. */
  htmlFile: string;
}

/**
 * A render error comes back as data, not thrown: a thrown error crosses the thread boundary
 * as a structured clone, which keeps its message but drops the `line` the loader names.
 */
export type RenderReply =
  { rendered: StoredRender } | { error: { name: string; message: string; stack?: string | undefined; line?: number | undefined } };

const render = await createArticleRenderer(workerData as RendererSettings);

// The Markdown processor logs every failure with console.error before throwing it; this worker
// reports each failure once, in its reply, where the loader names the file and line.
console.error = () => undefined;

export default async function renderArticle({ body, frontmatter, fileURL, htmlFile }: RenderRequest): Promise<RenderReply> {
  try {
    return { rendered: await storeRender(await render(body, frontmatter, new URL(fileURL)), htmlFile) };
  } catch (caught) {
    // A VFile message's reason is the message without the processor's "Failed to parse" prefix.
    const error = caught as Error & { line?: number; reason?: string };
    return { error: { name: error.name, message: error.reason ?? error.message, stack: error.stack, line: error.line } };
  }
}

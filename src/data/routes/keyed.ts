import { pageKey } from '../../lib/site/page-keys.ts';
import { styleVersion } from '../../lib/site/style-version.ts';

/** Read once a build: every page links the one stylesheet (style-version.ts). */
let stylesheet: string | undefined;

/** A page's route parameters, as getStaticPaths lists them and Astro gives them back to the page. */
export type RouteParams = Readonly<Record<string, string | undefined>>;

/**
 * getStaticPaths entries without props: each page finds its data again from its parameters
 * when it renders, with the same function that gives its incremental-build key here. Astro
 * keeps every route's paths, props included, for the whole build: at 100,000 articles the
 * pages' data held about 3.9 GB of heap and the build ran out of it. Parameters hold a few bytes
 * a page, and each page's data lives only while the page renders.
 *
 * The key is a hash of that data, which is all the page renders (its components take props and
 * load nothing), so an unchanged key means an unchanged page. The site's address is in every
 * key too (pages print absolute URLs), and the version of the stylesheet every page links.
 */
export function keyed<Params extends RouteParams>(paths: readonly Params[], page: (params: Params) => unknown) {
  stylesheet ??= styleVersion(process.cwd());
  return paths.map((params) => ({ params, cacheKey: pageKey([import.meta.env.SITE, stylesheet, page(params)]) }));
}

/** A parameter every path of the route has (its `[id]`). */
export function param(params: RouteParams, name: string): string {
  const value = params[name];
  if (value === undefined) throw new Error(`The route parameter "${name}" is missing: its getStaticPaths lists it for every page.`);
  return value;
}

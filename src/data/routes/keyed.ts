import { pageKey } from '../../lib/site/page-keys.ts';

/**
 * getStaticPaths entries with their incremental-build key: a hash of the props, which are all
 * the page renders (its components take props and load nothing), so an unchanged key means an
 * unchanged page. The site's address is in every key too: pages print absolute URLs.
 */
export function keyed<Params, Props extends object>(
  paths: readonly { params: Params; props: Props }[],
): { params: Params; props: Props & Record<string, unknown>; cacheKey: string }[] {
  return paths.map(({ params, props }) => ({
    params,
    props: props as Props & Record<string, unknown>,
    cacheKey: pageKey([import.meta.env.SITE, props]),
  }));
}

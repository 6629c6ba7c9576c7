import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * `npm run build` runs the editors' check beside Astro, not before it, to use both cores. But
 * articles are data, not code: no article's MDX may run before the check has refused imports,
 * expressions and scripts. Compiling and bundling MDX runs none of it; rendering does, and every
 * page reaches content through the catalog. So the catalog waits here until the build script
 * writes the file named in ARABIC_NEWS_CHECK_PASSED, which it does only when the check passed;
 * when it fails, the script stops Astro instead. Without the variable (astro dev, astro build
 * run by hand) there is nothing to wait for.
 */
export async function contentChecked(): Promise<void> {
  const signal = process.env.ARABIC_NEWS_CHECK_PASSED;
  if (!signal) return;
  while (!existsSync(signal)) await sleep(50);
}

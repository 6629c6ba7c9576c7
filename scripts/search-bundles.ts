/**
 * The search index of a site built with `npm run build -- --no-search`, bundle by bundle, so
 * that each bundle can be built by a job of its own (.github/workflows/deploy.yml):
 *
 *   node scripts/search-bundles.ts plan --site dist
 *       prints the bundles as a JSON array of { name, digest }, for a job matrix
 *   node scripts/search-bundles.ts build --site dist --bundle <name> --out <folder> [--extras <folder>]
 *       builds that bundle into <folder>/<name>, with the articles' search forms from
 *       --extras (by default the build's cache, node_modules/.astro/search-extras)
 *   node scripts/search-bundles.ts assemble --site dist --from <folder>
 *       writes dist/pagefind/ from the bundles in <folder>; fails if one is missing or was
 *       built from other pages
 *
 * `npm run build` does all of it in one process tree, one bundle after another.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { placeBundle, planSearchBundles, writeSearchIndex } from './build/search-index.ts';

const USAGE = `usage: node scripts/search-bundles.ts plan --site <dist>
       node scripts/search-bundles.ts build --site <dist> --bundle <name> --out <folder> [--extras <folder>]
       node scripts/search-bundles.ts assemble --site <dist> --from <folder>`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    site: { type: 'string' },
    bundle: { type: 'string' },
    out: { type: 'string' },
    from: { type: 'string' },
    extras: { type: 'string' },
  },
});
const [command] = positionals;
const site = values.site;

async function run(): Promise<void> {
  if (!site) throw new Error(USAGE);
  if (command === 'plan') {
    console.log(JSON.stringify(planSearchBundles(site).map(({ name, digest }) => ({ name, digest }))));
  } else if (command === 'build' && values.bundle && values.out) {
    const plans = planSearchBundles(site);
    const plan = plans.find((p) => p.name === values.bundle);
    if (!plan)
      throw new Error(`${site} has no search bundle "${values.bundle}"; its bundles: ${plans.map((p) => p.name).join(', ') || 'none'}`);
    await placeBundle(site, plan, join(values.out, plan.name), [], values.extras);
  } else if (command === 'assemble' && values.from) {
    const { pages, reused } = await writeSearchIndex(site, { reuseFrom: [values.from], build: false });
    console.log(`search index of ${pages} articles from ${reused.length} bundles`);
  } else {
    throw new Error(USAGE);
  }
}

try {
  await run();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

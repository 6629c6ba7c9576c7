import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema, entitySchema, metricSchema, pluralsSchema, sourceSchema, topicSchema } from './lib/content/schemas.ts';
import { slugFromFilePath } from './lib/content/slug.ts';
import { articlesLoader } from './data/loader/articles-loader.ts';
import { contentFolder } from './lib/site/build-folders.ts';

// Tests and benchmarks point this at another folder with the same layout.
const root = contentFolder();

/** File names are URL slugs: Latin kebab-case, checked, never silently rewritten. */
const idsIn =
  (folder: string) =>
  ({ entry }: { entry: string }) =>
    slugFromFilePath(`${root.replace(/^\.\//, '')}/${folder}/${entry}`);

// The schemas themselves, with a doc comment on every field, are in src/lib/content/schemas.ts.
const articles = defineCollection({
  // Rendered to HTML in the content layer and kept between builds (src/data/loader/articles-loader.ts).
  loader: articlesLoader({ base: `${root}/articles`, generateId: slugFromFilePath }),
  schema: ({ image }) => articleSchema({ reference, image }),
});
const sources = defineCollection({
  loader: glob({ base: `${root}/sources`, pattern: '*.yaml', generateId: idsIn('sources') }),
  schema: sourceSchema,
});
const topics = defineCollection({
  loader: glob({ base: `${root}/topics`, pattern: '*.yaml', generateId: idsIn('topics') }),
  schema: topicSchema({ reference }),
});
const metrics = defineCollection({
  loader: glob({ base: `${root}/metrics`, pattern: '*.yaml', generateId: idsIn('metrics') }),
  schema: metricSchema({ reference }),
});
const entities = defineCollection({
  loader: glob({ base: `${root}/entities`, pattern: '*.yaml', generateId: idsIn('entities') }),
  schema: entitySchema,
});
const plurals = defineCollection({
  loader: file(`${root}/search/plurals.yaml`),
  schema: pluralsSchema,
});

export const collections = { articles, sources, topics, metrics, entities, plurals };

import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

// The benchmark's generated articles; by default the site's own seed articles.
const base = process.env.PLAIN_CONTENT_DIR ?? '../../content/articles';

// A stock blog checks the two fields it shows and lets the rest of the frontmatter through.
const articles = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base }),
  schema: z.looseObject({ title: z.string(), date: z.coerce.date() }),
});

export const collections = { articles };

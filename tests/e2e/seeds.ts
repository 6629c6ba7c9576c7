import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** An article's frontmatter as the editor wrote it, read straight from content/. */
export interface SeedArticle {
  id: string;
  title: string;
  date: string;
  source: string;
  translatedFrom?: string;
  topics: string[];
  figures: { metric: string; value: number; claimant: string; claimantId?: string; via?: string[] }[];
  body: string;
}

const CONTENT = 'content';

function readYaml<T>(path: string): T {
  return parse(readFileSync(path, 'utf8')) as T;
}

/** The seed articles, newest first, as the tests expect the site to list them. */
export function seedArticles(): SeedArticle[] {
  const folder = join(CONTENT, 'articles');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const text = readFileSync(join(folder, name), 'utf8');
      const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
      return { id: name.slice(0, -4), ...(parse(yaml) as Omit<SeedArticle, 'id' | 'body'>), body };
    })
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

export function entityName(id: string): string {
  return readYaml<{ name: string }>(join(CONTENT, 'entities', `${id}.yaml`)).name;
}

export function sourceName(id: string): string {
  return readYaml<{ name: string }>(join(CONTENT, 'sources', `${id}.yaml`)).name;
}

export function topicTitle(id: string): string {
  return readYaml<{ title: string }>(join(CONTENT, 'topics', `${id}.yaml`)).title;
}

export function topicIds(): string[] {
  return readdirSync(join(CONTENT, 'topics')).map((name) => name.replace(/\.yaml$/, ''));
}

export function sourceIds(): string[] {
  return readdirSync(join(CONTENT, 'sources')).map((name) => name.replace(/\.yaml$/, ''));
}

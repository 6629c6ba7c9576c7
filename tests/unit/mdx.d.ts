declare module '*.mdx' {
  import type { MarkdownHeading } from 'astro';
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
  export function getHeadings(): MarkdownHeading[];
}

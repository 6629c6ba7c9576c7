import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { styleVersion } from '../../src/lib/site/style-version.ts';

const root = mkdtempSync(join(tmpdir(), 'style-version-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, 'src', 'components'), { recursive: true });
mkdirSync(join(root, 'src', 'styles'), { recursive: true });
const component = (markup: string, style: string) =>
  writeFileSync(join(root, 'src', 'components', 'Box.astro'), `---\n---\n${markup}\n<style is:global>\n${style}\n</style>\n`);
component('<div class="box">مربع</div>', '.box { padding: 1rem; }');
writeFileSync(join(root, 'src', 'styles', 'tokens.css'), ':root { --space: 1rem; }');

describe('styleVersion', () => {
  it('is the same while no style changes, whatever the markup does', () => {
    const before = styleVersion(root);
    component('<section class="box"><p>مربع آخر</p></section>', '.box { padding: 1rem; }');
    expect(styleVersion(root)).toBe(before);
  });

  it('changes with any component’s style block, and with any stylesheet', () => {
    const before = styleVersion(root);
    component('<section class="box"><p>مربع آخر</p></section>', '.box { padding: 2rem; }');
    const restyled = styleVersion(root);
    expect(restyled).not.toBe(before);
    writeFileSync(join(root, 'src', 'styles', 'tokens.css'), ':root { --space: 2rem; }');
    expect(styleVersion(root)).not.toBe(restyled);
  });

  it('covers the real site’s stylesheets and components', () => {
    expect(styleVersion(process.cwd())).toMatch(/^[\w-]{43}$/);
  });
});

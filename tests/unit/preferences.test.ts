import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY } from '../../src/lib/site/content-security-policy.ts';
import { PREFERENCES_SCRIPT, PREFERENCES_SCRIPT_HASH } from '../../src/lib/site/preferences.ts';

/**
 * Runs the minified script, as a page would, against a stand-in for the few browser objects it
 * touches. What it does to a real page (the digits of the text, the buttons, the reload) is
 * tests/e2e/preferences.spec.ts.
 */
function runScript(saved: Record<string, string>, { storageRefused = false, systemDark = false } = {}) {
  const dataset: Record<string, string> = {};
  const listeners: Record<string, (event: unknown) => void> = {};
  const storage = { getItem: (key: string) => saved[key] ?? null, setItem: vi.fn() };
  const reload = vi.fn();
  const browser = {
    document: { documentElement: { dataset } },
    get localStorage() {
      if (storageRefused) throw new Error('SecurityError: storage is refused');
      return storage;
    },
    addEventListener: (type: string, listener: (event: unknown) => void) => (listeners[type] = listener),
    matchMedia: () => ({ matches: systemDark }),
    location: { reload },
  };
  const names = Object.keys(browser) as (keyof typeof browser)[];
  // The browser objects are passed as parameters of the same names, which the script then reads.
  const run = new Function(...names, PREFERENCES_SCRIPT);
  let error: unknown;
  try {
    run(...names.map((name) => browser[name]));
  } catch (caught) {
    error = caught;
  }
  const click = (pref: string) => listeners.click!({ target: { closest: () => ({ dataset: { pref } }) } });
  return { dataset, listeners, click, saved: storage.setItem, reload, error };
}

describe('the preferences script', () => {
  it('is under 1 KB once minified', () => {
    expect(Buffer.byteLength(PREFERENCES_SCRIPT, 'utf8')).toBeLessThan(1024);
  });

  it('is minified: one line, the readable source’s comments and names gone', () => {
    expect(PREFERENCES_SCRIPT).not.toContain('\n');
    expect(PREFERENCES_SCRIPT).not.toMatch(/shownTheme|KEEP_DIGITS|\/\*/);
  });

  it('applies the saved theme and digits and shows the buttons (data-js)', () => {
    const page = runScript({ theme: 'dark', digits: 'arab' });
    expect(page.dataset).toEqual({ theme: 'dark', digits: 'arab', js: '' });
    expect(page.listeners).toHaveProperty('DOMContentLoaded');
  });

  it('leaves the page to the system’s theme and Western digits when nothing is saved', () => {
    const page = runScript({});
    expect(page.dataset).toEqual({ js: '' });
    expect(page.listeners).not.toHaveProperty('DOMContentLoaded');
  });

  it('saves the other theme than the one shown, the system’s when none is saved, and reloads', () => {
    const page = runScript({}, { systemDark: true });
    page.click('theme');
    expect(page.saved).toHaveBeenCalledWith('theme', 'light');
    expect(page.reload).toHaveBeenCalledOnce();
    const light = runScript({ theme: 'light' }, { systemDark: true });
    light.click('theme');
    expect(light.saved).toHaveBeenCalledWith('theme', 'dark');
  });

  it('switches the digits between Western and Arabic-Indic', () => {
    const western = runScript({});
    western.click('digits');
    expect(western.saved).toHaveBeenCalledWith('digits', 'arab');
    const arabic = runScript({ digits: 'arab' });
    arabic.click('digits');
    expect(arabic.saved).toHaveBeenCalledWith('digits', 'latn');
  });

  it('ignores clicks elsewhere than on a preference button', () => {
    const page = runScript({});
    page.listeners.click!({ target: { closest: () => null } });
    expect(page.saved).not.toHaveBeenCalled();
  });

  it('stops before showing the buttons where storage is refused, since they could not remember', () => {
    const page = runScript({}, { storageRefused: true });
    expect(page.error).toBeInstanceOf(Error);
    expect(page.dataset).toEqual({});
    expect(page.listeners).toEqual({});
  });
});

describe('the Content-Security-Policy', () => {
  it('allows exactly the minified script by its hash, and no other inline script', () => {
    expect(PREFERENCES_SCRIPT_HASH).toBe(`sha256-${createHash('sha256').update(PREFERENCES_SCRIPT).digest('base64')}`);
    expect(CONTENT_SECURITY_POLICY).toContain(`'${PREFERENCES_SCRIPT_HASH}'`);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/default-src 'self'/);
  });

  it('allows styles only from the stylesheet on built pages, and inline ones only under astro dev', () => {
    expect(CONTENT_SECURITY_POLICY).toMatch(/style-src 'self'(;|$)/);
    expect(DEV_CONTENT_SECURITY_POLICY).toMatch(/style-src 'self' 'unsafe-inline'/);
    expect(DEV_CONTENT_SECURITY_POLICY.replace(" 'unsafe-inline'", '')).toBe(CONTENT_SECURITY_POLICY);
  });
});

import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY } from '../../src/lib/site/content-security-policy.ts';
import { minifyInlineScript } from '../../src/lib/site/minify-inline-script.ts';
import { PREFERENCES_SCRIPT, PREFERENCES_SCRIPT_HASH } from '../../src/lib/site/preferences.ts';
import sharedSource from '../../src/scripts/preferences.ts?raw';

/** A citation's "date accessed" (ClaimCitation.astro): the module writes today into it. */
interface FakeTime {
  dataset: { today: string; date?: string };
  textContent: string;
}

/** A stand-in for the few browser objects the scripts touch, with what they did to it. */
function fakeBrowser(
  saved: Record<string, string>,
  dataset: Record<string, string>,
  options: { storageRefused?: boolean; systemDark?: boolean; texts?: FakeText[]; today?: FakeTime[] },
) {
  const listeners: Record<string, (event: unknown) => void> = {};
  const storage = { getItem: (key: string) => saved[key] ?? null, setItem: vi.fn() };
  const reload = vi.fn();
  const texts = options.texts ?? [];
  const browser = {
    document: {
      documentElement: { dataset },
      body: {},
      querySelectorAll: (selector: string) => (selector === '[data-today]' ? (options.today ?? []) : []),
      createTreeWalker: () => {
        let next = 0;
        return { nextNode: () => texts[next++] ?? null };
      },
    },
    NodeFilter: { SHOW_TEXT: 4 },
    get localStorage() {
      if (options.storageRefused) throw new Error('SecurityError: storage is refused');
      return storage;
    },
    addEventListener: (type: string, listener: (event: unknown) => void) => (listeners[type] = listener),
    matchMedia: () => ({ matches: options.systemDark ?? false }),
    location: { reload },
  };
  return { browser, listeners, saved: storage.setItem, reload };
}

interface FakeText {
  data: string;
  parentElement: { closest: (selector: string) => unknown };
}

/** Runs a minified script as a page would; the browser objects are parameters of their names. */
function runIn(script: string, browser: object): unknown {
  const names = Object.keys(browser);
  const run = new Function(...names, script);
  try {
    run(...names.map((name) => (browser as Record<string, unknown>)[name]));
  } catch (caught) {
    return caught;
  }
  return undefined;
}

/** The inline script on a page whose reader saved `saved`. */
function runInline(saved: Record<string, string>, options: { storageRefused?: boolean } = {}) {
  const dataset: Record<string, string> = {};
  const fake = fakeBrowser(saved, dataset, options);
  return { dataset, listeners: fake.listeners, error: runIn(PREFERENCES_SCRIPT, fake.browser) };
}

const SHARED_SCRIPT = minifyInlineScript(sharedSource);

/** The shared module on a page the inline script marked with `dataset`. */
function runShared(dataset: Record<string, string>, options: { systemDark?: boolean; texts?: FakeText[]; today?: FakeTime[] } = {}) {
  const saved: Record<string, string> = {};
  const fake = fakeBrowser(saved, dataset, options);
  const error = runIn(SHARED_SCRIPT, fake.browser);
  const click = (pref: string) => fake.listeners.click!({ target: { closest: () => ({ dataset: { pref } }) } });
  return { error, click, listeners: fake.listeners, saved: fake.saved, reload: fake.reload };
}

/** A text node; `keep` says whether it sits inside Latin text, code or a machine value. */
const text = (data: string, keep = false): FakeText => ({ data, parentElement: { closest: () => (keep ? {} : null) } });

describe('the inline preferences script', () => {
  it('is about 200 bytes once minified: it is in every page', () => {
    expect(Buffer.byteLength(PREFERENCES_SCRIPT, 'utf8')).toBeLessThan(256);
  });

  it('is minified: one line, the readable source’s comments gone', () => {
    expect(PREFERENCES_SCRIPT).not.toContain('\n');
    expect(PREFERENCES_SCRIPT).not.toMatch(/\/\*/);
  });

  it('applies the saved theme and digits and shows the buttons (data-js), and nothing else', () => {
    const page = runInline({ theme: 'dark', digits: 'arab' });
    expect(page.dataset).toEqual({ theme: 'dark', digits: 'arab', js: '' });
    expect(page.listeners).toEqual({});
  });

  it('leaves the page to the system’s theme and Western digits when nothing is saved', () => {
    expect(runInline({}).dataset).toEqual({ js: '' });
  });

  it('stops before showing the buttons where storage is refused, since they could not remember', () => {
    const page = runInline({}, { storageRefused: true });
    expect(page.error).toBeInstanceOf(Error);
    expect(page.dataset).toEqual({});
  });
});

describe('the shared preferences module', () => {
  it('saves the other theme than the one shown, the system’s when none is saved, and reloads', () => {
    const page = runShared({ js: '' }, { systemDark: true });
    page.click('theme');
    expect(page.saved).toHaveBeenCalledWith('theme', 'light');
    expect(page.reload).toHaveBeenCalledOnce();
    const light = runShared({ theme: 'light', js: '' }, { systemDark: true });
    light.click('theme');
    expect(light.saved).toHaveBeenCalledWith('theme', 'dark');
  });

  it('switches the digits between Western and Arabic-Indic', () => {
    const western = runShared({ js: '' });
    western.click('digits');
    expect(western.saved).toHaveBeenCalledWith('digits', 'arab');
    const arabic = runShared({ digits: 'arab', js: '' });
    arabic.click('digits');
    expect(arabic.saved).toHaveBeenCalledWith('digits', 'latn');
  });

  it('ignores clicks elsewhere than on a preference button', () => {
    const page = runShared({ js: '' });
    page.listeners.click!({ target: { closest: () => null } });
    expect(page.saved).not.toHaveBeenCalled();
  });

  it('writes Arabic-Indic digits when they are chosen, except in Latin text, code and machine values', () => {
    const texts = [text('نحو 14,000 جندي'), text('Uran-6', true)];
    expect(runShared({ digits: 'arab', js: '' }, { texts }).error).toBeUndefined();
    expect(texts.map((t) => t.data)).toEqual(['نحو ١٤,٠٠٠ جندي', 'Uran-6']);
  });

  it('writes today into a citation’s date accessed, in Arabic and in English, in the reader’s own day', () => {
    const today = [
      { dataset: { today: 'ar' } as FakeTime['dataset'], textContent: '[تاريخ اطلاعك]' },
      { dataset: { today: 'en' } as FakeTime['dataset'], textContent: '[date accessed]' },
    ];
    const now = new Date();
    expect(runShared({ js: '' }, { today }).error).toBeUndefined();
    const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    expect(today.map((t) => t.dataset.date)).toEqual([day, day]);
    expect(today[0]!.textContent).toBe(
      new Intl.DateTimeFormat('ar-u-nu-latn', { day: 'numeric', month: 'long', year: 'numeric' }).format(now),
    );
    expect(today[1]!.textContent).toBe(new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(now));
  });

  it('leaves the digits alone otherwise', () => {
    const texts = [text('نحو 14,000 جندي')];
    runShared({ digits: 'latn', js: '' }, { texts });
    runShared({ js: '' }, { texts });
    expect(texts[0]!.data).toBe('نحو 14,000 جندي');
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

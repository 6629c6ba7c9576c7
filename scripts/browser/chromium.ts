import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/**
 * Debian's chromium where it is installed (CI and these machines, which cannot download
 * browsers); elsewhere Playwright's own browser, so contributors' laptops work unchanged.
 * Shared by the Playwright config and the benchmarks.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  const debian = '/usr/bin/chromium';
  return {
    executablePath: existsSync(debian) ? debian : undefined,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  };
}

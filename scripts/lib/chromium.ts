import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/** Debian's chromium where installed (this project's machines cannot download browsers), else Playwright's. */
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

import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (`.ci/install-chromium.sh`), or CHROMIUM_PATH. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Why browser tests cannot run here, or undefined when they can. */
export const browserSkipMessage = existsSync(chromiumPath)
  ? undefined
  : "browser test skipped: Chromium not found; run 'bash .ci/install-chromium.sh' (or set CHROMIUM_PATH) to enable it";

/** Starts headless Chromium quietly: no GPU, no background traffic to Google's services. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** True for URLs a page may load offline: the given origins and inline data. */
export function isLocalUrl(url: string, origins: readonly string[]): boolean {
  return (
    origins.some((origin) => url.startsWith(`${origin}/`)) ||
    url.startsWith('data:') ||
    url.startsWith('blob:')
  );
}

// Which Chromium the tests drive. Order: an explicit override, Debian's
// chromium, then Playwright's own browser (on a laptop where it was installed).
import { existsSync } from 'node:fs';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export async function findChromium() {
  const override = process.env.WERKZAAM_CHROMIUM ?? process.env.CHROMIUM_PATH;
  if (override) {
    if (!existsSync(override))
      throw new Error(`WERKZAAM_CHROMIUM points to ${override}, which does not exist.`);
    return override;
  }
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  try {
    const { chromium } = await import('@playwright/test');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own here; fall through.
  }
  return undefined;
}

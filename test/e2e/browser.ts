import { existsSync } from 'node:fs';
import { CHROMIUM } from '../../scripts/chromium';

export { type LaunchedBrowser, launchBrowser } from '../../scripts/chromium';

/**
 * Whether the browser tests can run. Locally a missing browser is one line and a skip; in CI
 * (`CI=true`) it is a failure, so a pipeline without Chromium never passes silently.
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true')
    throw new Error(
      `CI=true and no Chromium at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`,
    );
  console.log(`Browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH).`);
  return false;
}

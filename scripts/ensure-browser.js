// Makes sure the browser tests have a Chromium before they start, and says exactly
// how to get one when they do not. Debian's /usr/bin/chromium is used where present.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { DEBIAN_CHROMIUM } from '../tools/browser.js';

// Debian ships Chromium's languages apart; without en-GB its date fields take only US order,
// and the tests that type a British date cannot.
const DEBIAN_BRITISH = '/usr/lib/chromium/locales/en-GB.pak';
if (existsSync(DEBIAN_CHROMIUM) && !existsSync(DEBIAN_BRITISH)) {
	console.error(`Debian's Chromium is here without its languages (the date tests type British dates).
  As root:  apt-get update && apt-get install -y chromium-l10n
Then run npm test again.`);
	process.exit(1);
}
if (existsSync(DEBIAN_CHROMIUM)) process.exit(0);
if (existsSync(chromium.executablePath())) process.exit(0);

console.error(`No Chromium for the browser tests.
  On Debian or Ubuntu (as root):  apt-get update && apt-get install -y chromium
  Elsewhere:                      npx playwright install chromium
Then run npm test again.`);
process.exit(1);

// Makes sure the browser tests have a Chromium before they start, and says exactly
// how to get one when they do not. Debian's /usr/bin/chromium is used where present.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { DEBIAN_CHROMIUM } from '../e2e/browser.js';

if (existsSync(DEBIAN_CHROMIUM)) process.exit(0);
if (existsSync(chromium.executablePath())) process.exit(0);

console.error(`No Chromium for the browser tests.
  On Debian or Ubuntu (as root):  apt-get update && apt-get install -y chromium
  Elsewhere:                      npx playwright install chromium
Then run npm test again.`);
process.exit(1);

import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/browser.js';
const b = await chromium.launch(chromiumLaunchOptions);
for (const [name, vp] of [['landscape', { width: 844, height: 390 }], ['tablet', { width: 768, height: 1024 }], ['narrow', {width: 320, height: 640}]]) {
  const p = await b.newPage({ viewport: vp, hasTouch: true, isMobile: name !== 'tablet' });
  await p.goto('http://127.0.0.1:4180/#2017-01-14');
  await p.waitForFunction(() => document.querySelector('#map')?.dataset.view === 'deir-ez-zor-attack', null, { timeout: 20000 }).catch(() => console.log('nosettle', name));
  await p.screenshot({ path: `/tmp/shots/x-${name}.png` });
}
await b.close();

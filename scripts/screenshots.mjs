// Screenshots of the demo card for docs/: 360 px and 1024 px wide, light and dark.
// Usage: node scripts/screenshots.mjs [--out docs] [--tab claims] (after `bash scripts/build.sh`).
// Uses Debian's Chromium (never a downloaded browser).
import { chromium } from '@playwright/test';
import { startServer } from './serve.mjs';

const args = process.argv.slice(2);
const get = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const out = get('--out', 'docs');
const tab = get('--tab', null);
const page_ = get('--page', '/');
const suffix = get('--suffix', '');

const server = await startServer({ port: 0 });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  for (const width of [360, 1024]) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.goto(new URL(page_, server.url).href);
      await page.locator('.ic').first().waitFor();
      if (tab) await page.locator(`.ic [data-act="tab:${tab}"]`).first().click();
      const file = `${out}/card-${width}-${scheme}${suffix}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

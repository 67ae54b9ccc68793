// The card's smoke test in three browser engines, over W3C WebDriver:
// Chromium (chromedriver), Firefox ESR (geckodriver) and WebKit (WebKitGTK's
// WebKitWebDriver driving MiniBrowser, under Xvfb: WebKitGTK has no headless
// mode). Each engine loads the demo page and must show the headline, both
// sides, at least one claim per side, and select a tab when it is clicked.
//
// Every browser and driver is a local Debian package (or geckodriver from
// crates.io), installed by scripts/setup.sh --browsers. selenium-webdriver
// only connects to the driver this script starts (`usingServer`), so its
// Selenium Manager never runs and nothing is downloaded.
//
// Usage: node tests/webdriver/smoke.mjs [chromium] [firefox] [webkit]
import { spawn, execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { Builder, By, until } from 'selenium-webdriver';
import { startServer } from '../../scripts/serve.mjs';

const HEADLINE = 'Azerbaijan: Armenian forces killed, injured soldiers in border attack';
const SIDES = ['Azerbaijan says', 'Armenia says'];
const MINIBROWSER = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
].find((p) => existsSync(p));

function which(cmd) {
  try {
    return execFileSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

const geckodriver = which('geckodriver') ?? join(homedir(), '.cargo/bin/geckodriver');

const ENGINES = {
  chromium: {
    driver: ['/usr/bin/chromedriver', (port) => [`--port=${port}`]],
    capabilities: {
      browserName: 'chrome',
      'goog:chromeOptions': {
        binary: '/usr/bin/chromium',
        args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
          '--disable-background-networking', '--disable-component-update', '--no-first-run'],
      },
    },
  },
  firefox: {
    driver: [geckodriver, (port) => ['--port', String(port), '--binary', '/usr/bin/firefox-esr']],
    capabilities: {
      browserName: 'firefox',
      'moz:firefoxOptions': {
        binary: '/usr/bin/firefox-esr',
        args: ['-headless'],
        prefs: { 'network.proxy.type': 0, 'app.update.enabled': false },
      },
    },
  },
  webkit: {
    // Under Xvfb unless a display exists already.
    driver: process.env.DISPLAY
      ? ['/usr/bin/WebKitWebDriver', (port) => [`--port=${port}`]]
      : ['/usr/bin/xvfb-run', (port) => ['-a', '/usr/bin/WebKitWebDriver', `--port=${port}`]],
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    },
  },
};

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

async function waitForDriver(port, ms = 20_000) {
  const until_ = Date.now() + ms;
  while (Date.now() < until_) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the WebDriver server on port ${port} did not start`);
}

function check(cond, message) {
  if (!cond) throw new Error(message);
}

async function smoke(driver, baseUrl) {
  await driver.get(baseUrl);
  await driver.wait(until.elementLocated(By.css('#card[data-state=ready] .ic')), 20_000);
  const card = await driver.findElement(By.css('#card .ic'));
  const headline = await card.findElement(By.css('h2')).getText();
  check(headline === HEADLINE, `headline: ${JSON.stringify(headline)}`);
  const heads = await card.findElements(By.css('.ic-colhead'));
  const sides = await Promise.all(heads.map((h) => h.getAttribute('textContent')));
  check(JSON.stringify(sides) === JSON.stringify(SIDES), `sides: ${JSON.stringify(sides)}`);
  for (const side of ['ic-pa', 'ic-pb']) {
    const claims = await card.findElements(By.css(`.ic-panel-claims .ic-cell.${side} .ic-claim`));
    check(claims.length >= 1, `no claim in the ${side} column`);
    const text = await claims[0].findElement(By.css('.ic-text')).getText();
    check(text.length > 20, `the first ${side} claim has no text`);
  }
  const tab = await card.findElement(By.css('[role=tab][data-act="tab:figures"]'));
  await tab.click();
  await driver.wait(async () => (await tab.getAttribute('aria-selected')) === 'true', 5_000);
  const panel = await card.findElement(By.css('[role=tabpanel][data-tab=figures]'));
  check(await panel.isDisplayed(), 'the Figures panel is not shown after clicking its tab');
  const claimsPanel = await card.findElement(By.css('[role=tabpanel][data-tab=claims]'));
  check(!(await claimsPanel.isDisplayed()), 'the Claims panel is still shown');
}

async function run(name, baseUrl) {
  const engine = ENGINES[name];
  const [bin, args] = engine.driver;
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run scripts/setup.sh --browsers`);
  if (name === 'webkit' && !MINIBROWSER) throw new Error('MiniBrowser (libwebkit2gtk-4.1-0) is missing');
  const port = await freePort();
  // Own process group, so that xvfb-run, Xvfb and the driver all stop together.
  const proc = spawn(bin, args(port), { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  proc.stderr.on('data', (d) => { stderr = (stderr + d).slice(-4000); });
  let driver;
  try {
    await waitForDriver(port);
    driver = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities(engine.capabilities).build();
    await driver.manage().setTimeouts({ pageLoad: 30_000, script: 30_000 });
    const caps = await driver.getCapabilities();
    const version = `${caps.get('browserName')} ${caps.get('browserVersion') ?? ''}`.trim();
    await smoke(driver, baseUrl);
    return version;
  } catch (e) {
    e.message += stderr ? `\n  driver stderr: ${stderr.trim().split('\n').slice(-5).join('\n  ')}` : '';
    throw e;
  } finally {
    if (driver) await driver.quit().catch(() => {});
    try { process.kill(-proc.pid, 'SIGTERM'); } catch { /* already gone */ }
  }
}

const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(ENGINES);
const server = await startServer({ port: 0 });
let passed = 0;
let failed = 0;
for (const name of wanted) {
  const t0 = Date.now();
  try {
    const version = await run(name, server.url);
    passed++;
    console.log(`  ok    ${name} (${version}): headline, both sides, a claim per side, tab click (${Date.now() - t0} ms)`);
  } catch (e) {
    failed++;
    console.log(`  FAIL  ${name}: ${e.message}`);
  }
}
await server.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

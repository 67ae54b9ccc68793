// `npm run bench`: builds the release wasm, measures size and speed in
// headless Chromium (with TimelineJS as a peer in the same run), runs the
// native extraction benchmark and Lighthouse, writes bench/results.json and
// prints a markdown report with PASS/FAIL per budget of issue 6.
//
// Options (for working on the benchmark itself; the committed results use none):
//   --loads N          fresh page loads per page (default 30)
//   --interactions N   clicks per interaction kind (default 50)
//   --cycles N         mount/unmount cycles (default 1000)
//   --skip a,b         skip steps: build, profile, opt, native, page-data, loads, interactions, memory, scaling, lighthouse
//   --out FILE         where to write the results (default bench/results.json)
import { writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { startServer } from '../scripts/serve.mjs';
import { run } from './lib/proc.mjs';
import { shippedBytes, sizeProfile, optLevels, sha256 } from './lib/sizes.mjs';
import { nativeBench } from './lib/native.mjs';
import { launch } from './lib/browser.mjs';
import { pageLoads, interactions, memory, scaling } from './lib/pages.mjs';
import { articles, EMBEDDED } from './lib/articles.mjs';
import { timelineJson } from './lib/peer.mjs';
import { elementPage } from './lib/element-page.mjs';
import { runLighthouse } from './lib/lighthouse.mjs';
import { budgets, linearity, markdown } from './lib/report.mjs';
import { waitForQuiet } from './lib/quiet.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const LOADS = Number(opt('--loads', 30));
const INTERACTIONS = Number(opt('--interactions', 50));
const CYCLES = Number(opt('--cycles', 1000));
const SKIP = new Set(opt('--skip', '').split(',').filter(Boolean));
const OUT = opt('--out', join(repo, 'bench/results.json'));

const env = { ...process.env, PATH: `${join(repo, 'node_modules/.bin')}:${os.homedir()}/.cargo/bin:${process.env.PATH}` };
const started = Date.now();
const log = (msg) => process.stderr.write(`bench [${Math.round((Date.now() - started) / 1000)}s] ${msg}\n`);
const git = async (...a) => (await run('git', a, { cwd: repo })).stdout.trim();

const results = {
  meta: {
    date: new Date().toISOString().slice(0, 10),
    commit: await git('rev-parse', 'HEAD'),
    dirty: (await git('status', '--porcelain', '--untracked-files=no', '--', '.', ':!bench/results.json')) !== '',
    node: process.version,
    cpu: os.cpus()[0]?.model?.trim() ?? 'unknown',
    cpus: os.cpus().length,
    memory_gb: Math.round(os.totalmem() / 2 ** 30),
    options: { loads: LOADS, interactions: INTERACTIONS, cycles: CYCLES, skipped: [...SKIP] },
  },
  errors: {},
};

let waited = 0;
/**
 * Runs one step; a failing step is recorded and the others still run. A
 * timed step first waits for the machine to be quiet (other work distorts timings).
 */
async function step(name, fn, { timed = false } = {}) {
  if (SKIP.has(name)) { log(`${name}: skipped`); return; }
  if (timed) {
    // At most 90 s per step and 4 minutes in a whole run, so that a busy
    // machine still gets a (flagged) result within about 10 minutes.
    const q = await waitForQuiet({ log, maxMs: Math.min(90_000, Math.max(0, 240_000 - waited * 1000)) });
    waited += q.waited_s;
    (results.meta.machine_load ??= {})[name] = { ...q, loadavg_1m: Math.round(os.loadavg()[0] * 100) / 100 };
  }
  const t0 = Date.now();
  log(`${name}…`);
  try {
    await fn();
  } catch (err) {
    results.errors[name] = String(err.message ?? err).split('\n').slice(0, 6).join(' ');
    log(`${name} FAILED: ${results.errors[name]}`);
  }
  (results.meta.step_seconds ??= {})[name] = Math.round((Date.now() - t0) / 1000);
}

await step('build', async () => { await run('bash', ['scripts/build.sh'], { env, cwd: repo }); });
const shippedHash = sha256(join(repo, 'www/pkg/incident_card_bg.wasm'));
results.shipped = shippedBytes(repo);
await step('profile', async () => { results.size_profile = await sizeProfile(repo, env); });
await step('opt', async () => {
  results.opt_level = await optLevels(repo, env, log);
  if (sha256(join(repo, 'www/pkg/incident_card_bg.wasm')) !== shippedHash) throw new Error('www/pkg changed during the opt-level builds');
});
await step('native', async () => { results.native = await nativeBench(repo, env); }, { timed: true });

const server = await startServer({ port: 0 });
const base = server.url;
try {
  results.meta.chromium = '?';
  const browser = await launch();
  results.meta.chromium = browser.version();
  try {
    // Generated pages: the peer's data (the card's own dataset for the
    // embedded article) and <incident-card> with the card's static HTML.
    const arts = articles(repo);
    await step('page-data', async () => {
      const page = await browser.newPage();
      await page.goto(base + 'bench/lab.html');
      const { dataset, html } = await page.evaluate(async () => {
        await window.lab.ready();
        return { dataset: window.lab.extract(window.lab.defaultArticle()), html: window.lab.renderHtml(window.lab.defaultArticle()) };
      });
      await page.close();
      mkdirSync(join(repo, 'www/bench/data'), { recursive: true });
      writeFileSync(join(repo, 'www/bench/data/timeline.json'), JSON.stringify(timelineJson(dataset)));
      if (existsSync(join(repo, 'www/incident-card.js'))) writeFileSync(join(repo, 'www/bench/data/element.html'), elementPage(html));
      results.peer_data = { source: EMBEDDED, timeline_events: dataset.timeline.length, claims: dataset.claims.length };
    });
    await step('loads', async () => { results.loads = await pageLoads(browser, base, repo, LOADS, log); }, { timed: true });
    await step('interactions', async () => { results.interactions = await interactions(browser, base, INTERACTIONS, log); }, { timed: true });
    await step('memory', async () => { results.memory = await memory(browser, base, CYCLES, log); });
    await step('scaling', async () => {
      results.scaling = await scaling(browser, base, arts, log);
      results.linearity = linearity(results.scaling);
    }, { timed: true });
  } finally {
    await browser.close();
  }
  await step('lighthouse', async () => {
    try {
      results.lighthouse = await runLighthouse(repo, base, env);
    } catch (err) {
      results.lighthouse = { error: String(err.message ?? err).split('\n').slice(0, 4).join(' ') };
      throw err;
    }
  }, { timed: true });
} finally {
  await server.close();
}

results.budgets = budgets(results);
results.meta.seconds = Math.round((Date.now() - started) / 1000);
writeFileSync(OUT, JSON.stringify(results, null, 1) + '\n');
const md = markdown(results);
console.log(md);
log(`wrote ${OUT} in ${results.meta.seconds} s`);

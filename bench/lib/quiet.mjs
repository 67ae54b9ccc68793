// Other work on this machine (builds, test runs) distorts timings. Before the
// timed steps the harness waits, up to a limit, until the CPUs are mostly
// idle, and records how busy they were, so a reader can judge a run.
import { readFileSync } from 'node:fs';

function cpuTimes() {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const idle = line[3] + (line[4] ?? 0);
  const total = line.reduce((a, b) => a + b, 0);
  return { idle, total };
}

/** Fraction of CPU time busy over `ms` (all cores), or null off Linux. */
export async function busy(ms = 1000) {
  try {
    const a = cpuTimes();
    await new Promise((ok) => setTimeout(ok, ms));
    const b = cpuTimes();
    return Math.round((1 - (b.idle - a.idle) / (b.total - a.total)) * 100) / 100;
  } catch {
    return null;
  }
}

/** Waits until the CPUs are at most `threshold` busy (for 2 s in a row), at most `maxMs`. */
export async function waitForQuiet({ threshold = 0.25, maxMs = 180_000, log = () => {} } = {}) {
  const t0 = Date.now();
  let last = await busy(2000);
  if (last !== null && last > threshold) log(`waiting for a quiet machine (CPU ${Math.round(last * 100)}% busy)…`);
  while (last !== null && last > threshold && Date.now() - t0 < maxMs) last = await busy(2000);
  return { busy_before: last, waited_s: Math.round((Date.now() - t0) / 1000), quiet: last === null || last <= threshold };
}

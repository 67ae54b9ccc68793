// Shipped bytes (raw, gzip -9, brotli -q 11), the size profile (twiggy top of
// an un-stripped copy of the final wasm) and opt-level "s" versus "z".
import { existsSync, readFileSync, mkdirSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants as Z } from 'node:zlib';
import { run } from './proc.mjs';

export function compressed(buf) {
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, {
      params: { [Z.BROTLI_PARAM_QUALITY]: 11, [Z.BROTLI_PARAM_SIZE_HINT]: buf.length },
    }).length,
  };
}

/**
 * What a page loads to show a card: the wasm, its JS glue, the host
 * module(s) and the card's stylesheet. demo.css styles the demo page only and
 * is listed apart, outside the total.
 */
export function shippedBytes(repo) {
  const candidates = [
    ['www/pkg/incident_card_bg.wasm', 'wasm'],
    ['www/pkg/incident_card.js', 'JS glue'],
    ['www/incident-card.js', 'host module (custom element)'],
    ['www/main.js', 'host module (demo page)'],
    ['www/incident-card.css', 'stylesheet'],
  ];
  const files = [];
  for (const [file, role] of candidates) {
    const path = join(repo, file);
    if (!existsSync(path)) continue;
    files.push({ file, role, ...compressed(readFileSync(path)) });
  }
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const f of files) for (const k of Object.keys(total)) total[k] += f[k];
  const extra = [];
  for (const file of ['www/demo.css', 'www/index.html']) {
    const path = join(repo, file);
    if (existsSync(path)) extra.push({ file, role: 'demo page only (not in the total)', ...compressed(readFileSync(path)) });
  }
  return { files, total, demo_only: extra };
}

/** The wasm-opt flags of Cargo.toml's [package.metadata.wasm-pack.profile.release]. */
export function wasmOptFlags(repo) {
  const toml = readFileSync(join(repo, 'Cargo.toml'), 'utf8');
  const m = toml.match(/\[package\.metadata\.wasm-pack\.profile\.release\][^[]*?wasm-opt\s*=\s*\[([^\]]*)\]/s);
  return m ? [...m[1].matchAll(/"([^"]+)"/g)].map((x) => x[1]) : ['-Oz'];
}

export function configuredOptLevel(repo) {
  const toml = readFileSync(join(repo, 'Cargo.toml'), 'utf8');
  const m = toml.match(/\[profile\.release\][^[]*?opt-level\s*=\s*("?)([0-3sz])\1/s);
  return m ? m[2] : '3';
}

/**
 * twiggy top -n 25 of the final wasm with names: wasm-bindgen the cargo
 * output into a temp dir, then wasm-opt with the shipped flags plus -g.
 */
export async function sizeProfile(repo, env) {
  const tmp = join(repo, 'bench/tmp/twiggy');
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const input = join(repo, 'target/wasm32-unknown-unknown/release/incident_card.wasm');
  await run('wasm-bindgen', ['--target', 'web', '--out-dir', tmp, '--out-name', 'incident_card', input], { env });
  const named = join(tmp, 'named.wasm');
  const flags = wasmOptFlags(repo);
  await run('wasm-opt', [...flags, '-g', join(tmp, 'incident_card_bg.wasm'), '-o', named], { env });
  const text = (await run('twiggy', ['top', '-n', '25', named], { env })).stdout;
  const json = JSON.parse((await run('twiggy', ['top', '-n', '25', '--format', 'json', named], { env })).stdout);
  const shipped = readFileSync(join(repo, 'www/pkg/incident_card_bg.wasm'));
  return {
    input: 'target/wasm32-unknown-unknown/release/incident_card.wasm → wasm-bindgen → wasm-opt ' + [...flags, '-g'].join(' '),
    named_wasm_bytes: readFileSync(named).length,
    shipped_wasm_bytes: shipped.length,
    note: 'the named copy carries a names section the shipped wasm does not; percentages are of the named copy',
    top: json.map((r) => ({ item: r.name, shallow_bytes: r.shallow_size, shallow_percent: Math.round(r.shallow_size_percent * 100) / 100 })),
    text,
  };
}

export const sha256 = (path) => createHash('sha256').update(readFileSync(path)).digest('hex');

/**
 * Builds the release wasm with opt-level s and z (CARGO_PROFILE_RELEASE_OPT_LEVEL)
 * into bench/tmp/opt-<level>, never into www/pkg. The level Cargo.toml
 * configures reuses the normal target dir (same profile, cached); the other
 * one gets its own target dir (a full build the first time, cached after).
 */
export async function optLevels(repo, env, log) {
  const configured = configuredOptLevel(repo);
  const out = { configured, levels: {} };
  for (const level of ['s', 'z']) {
    const dir = join(repo, `bench/tmp/opt-${level}`);
    const targetDir = level === configured ? join(repo, 'target') : join(repo, `bench/tmp/target-opt-${level}`);
    const t0 = Date.now();
    log(`opt-level ${level}: wasm-pack build → bench/tmp/opt-${level}` + (level === configured ? ' (the configured level)' : ` (target dir bench/tmp/target-opt-${level})`));
    await run('wasm-pack', ['--quiet', 'build', '--release', '--target', 'web', '--no-pack', '--out-dir', dir, '--out-name', 'incident_card'], {
      env: { ...env, CARGO_PROFILE_RELEASE_OPT_LEVEL: level, CARGO_TARGET_DIR: targetDir },
    });
    out.levels[level] = {
      wasm: compressed(readFileSync(join(dir, 'incident_card_bg.wasm'))),
      glue: compressed(readFileSync(join(dir, 'incident_card.js'))),
      build_seconds: Math.round((Date.now() - t0) / 1000),
    };
  }
  return out;
}

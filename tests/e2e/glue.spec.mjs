// Strict CSP needs glue without string-to-code: the built wasm-bindgen glue
// (www/pkg/*.js) and every script we ship (www/*.js) contain no `new Function`,
// `Function(` or `eval(`, and our own Rust and JS never write markup
// (`innerHTML`, `outerHTML`, `insertAdjacentHTML`, `document.write`). The
// lock file pins a wasm-bindgen whose glue no longer falls back to
// `new Function` (0.2.109 and later).
import { test, expect } from '@playwright/test';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function files(dir, ext) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path, ext));
    else if (ext.some((e) => name.endsWith(e))) out.push(path);
  }
  return out.sort();
}

/// The code of a JS file with the contents of comments and of string and
/// template literals blanked out (line breaks kept), so that a match is code,
/// not text: the glue's `debugString` has the template text `Function(${…})`.
function codeOnly(src) {
  let out = '';
  let i = 0;
  const stack = []; // open template literals: brace depth inside each `${…}`
  let depth = 0;
  let prev = ''; // last significant code character, to tell a regex from a division
  const blank = (s) => s.replace(/[^\n]/g, ' ');
  while (i < src.length) {
    const c = src[i];
    const next = src[i + 1];
    if (c === '/' && next === '/') {
      const end = src.indexOf('\n', i);
      const stop = end < 0 ? src.length : end;
      out += blank(src.slice(i, stop));
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end < 0 ? src.length : end + 2;
      out += blank(src.slice(i, stop));
      i = stop;
    } else if (c === '"' || c === "'" || (c === '/' && (prev === '' || '(,=:[!&|?{};+-*%<>~^'.includes(prev)))) {
      let j = i + 1;
      let inClass = false;
      while (j < src.length && src[j] !== '\n') {
        if (src[j] === '\\') { j += 2; continue; }
        if (c === '/' && src[j] === '[') inClass = true;
        else if (c === '/' && src[j] === ']') inClass = false;
        else if (src[j] === c && !inClass) break;
        j++;
      }
      out += c + blank(src.slice(i + 1, j)) + (src[j] ?? '');
      i = j + 1;
      prev = 'x';
    } else if (c === '`' || (c === '}' && stack.length && depth === stack[stack.length - 1])) {
      // Template text runs to the closing backtick or to the next `${`.
      if (c === '}') stack.pop();
      let j = i + 1;
      while (j < src.length && src[j] !== '`' && !(src[j] === '$' && src[j + 1] === '{')) {
        j += src[j] === '\\' ? 2 : 1;
      }
      out += c + blank(src.slice(i + 1, j));
      if (src[j] === '$') {
        out += '${';
        stack.push(depth);
        i = j + 2;
      } else {
        out += src[j] ?? '';
        i = j + 1;
      }
      prev = 'x';
    } else {
      if (c === '{') depth++;
      if (c === '}') depth--;
      if (!/\s/.test(c)) prev = c;
      out += c;
      i++;
    }
  }
  return out;
}

function matches(paths, patterns, { code = false } = {}) {
  const hits = [];
  for (const path of paths) {
    const text = readFileSync(path, 'utf8');
    const lines = text.split('\n');
    (code ? codeOnly(text) : text).split('\n').forEach((line, i) => {
      for (const p of patterns) if (p.test(line)) hits.push(`${path}:${i + 1}: ${lines[i].trim().slice(0, 120)}`);
    });
  }
  return hits;
}

const CODE_FROM_STRINGS = [/new\s+Function\b/, /\bFunction\s*\(/, /\beval\s*\(/];

test('the built glue and the shipped scripts never turn strings into code', () => {
  const glue = files('www/pkg', ['.js']);
  expect(glue.length, 'build first: bash scripts/build.sh').toBeGreaterThan(0);
  const shipped = [...glue, ...files('www', ['.js', '.mjs']).filter((f) => !f.startsWith('www/pkg'))];
  // `new Function` and `eval(` appear nowhere, not even as text.
  expect(matches(shipped, [/new\s+Function\b/, /\beval\s*\(/])).toEqual([]);
  // `Function(` appears in no code (the glue names functions in a debug string).
  expect(matches(shipped, CODE_FROM_STRINGS, { code: true })).toEqual([]);
});

test('the string-to-code check finds calls in code and ignores text', () => {
  const found = (src) => CODE_FROM_STRINGS.some((p) => codeOnly(src).split('\n').some((l) => p.test(l)));
  for (const src of [
    'x = new Function("return this")()',
    'const g = Function("return this")();',
    'eval ("1")',
    'a = `t ${Function(`x`)} u`;',
    'if (a / 2) { eval(b) }',
    'const r = /"/; Function(x);',
    "s = 'it''s'; Function(y)",
  ]) expect(found(src), src).toBe(true);
  for (const src of [
    'const s = `Function(${val.name})`;',
    "debug = 'eval(' + x;",
    '// new Function here is a comment',
    '/* Function( */ x = 1;',
    'getObject(arg0).evaluate(x)',
    'const r = /Function\\(/;',
    'const t = `a ${`nested Function(`} b`;',
  ]) expect(found(src), src).toBe(false);
});

test('our Rust and JS never write markup or call the string-to-code APIs', () => {
  const rust = files('src', ['.rs']);
  const js = files('www', ['.js', '.mjs']).filter((f) => !f.startsWith('www/pkg'));
  const hits = [
    ...matches(rust, [/set_inner_html/, /set_outer_html/, /insert_adjacent_html/, /\bwrite(ln)?_with_str/, /Function::new/, /js_sys::eval/]),
    ...matches(js, [/\.innerHTML\b/, /\.outerHTML\b/, /insertAdjacentHTML/, /document\.write/]),
  ];
  expect(hits).toEqual([]);
});

test('Cargo.lock pins wasm-bindgen 0.2.109 or later', () => {
  const lock = readFileSync('Cargo.lock', 'utf8');
  const m = lock.match(/\[\[package\]\]\nname = "wasm-bindgen"\nversion = "(\d+)\.(\d+)\.(\d+)"/);
  expect(m, 'wasm-bindgen in Cargo.lock').not.toBeNull();
  const [major, minor, patch] = m.slice(1).map(Number);
  expect(major * 1e6 + minor * 1e3 + patch, `wasm-bindgen ${m.slice(1).join('.')}`).toBeGreaterThanOrEqual(2 * 1e3 + 109);
});

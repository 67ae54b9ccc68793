// Articles of a given size for the scaling runs, built exactly as
// benches/extract.rs builds them: the embedded article's header and front
// matter, then body paragraphs taken in turn from every article.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const EMBEDDED = 'data/articles/2021-11-17-trtworld-azerbaijan-armenia-border-clashes.txt';

export function articles(repo) {
  const out = [readFileSync(join(repo, EMBEDDED), 'utf8')];
  for (const dir of ['data/fixtures', 'data/heldout']) {
    let names = [];
    try { names = readdirSync(join(repo, dir)); } catch { continue; }
    for (const n of names.filter((n) => n.endsWith('.txt')).sort()) {
      out.push(readFileSync(join(repo, dir, n), 'utf8'));
    }
  }
  return out;
}

/** An article of at least `size` bytes (UTF-8). */
export function articleOfSize(arts, size) {
  const header = arts[0].split('\n\n')[0];
  const paras = [];
  for (const a of arts) {
    for (const p of a.split('\n\n').slice(1)) {
      if (p.startsWith('READ MORE') || p.startsWith('SOURCE:') || p === 'Recommended' || p.includes('\nExplore')) continue;
      paras.push(p);
    }
  }
  let s = header + '\n\n';
  let len = Buffer.byteLength(s);
  for (let i = 0; len < size; i++) {
    const p = paras[i % paras.length] + '\n\n';
    s += p;
    len += Buffer.byteLength(p);
  }
  return s;
}

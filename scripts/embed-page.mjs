// Fills the static cards and inline datasets of www/embed.html from the
// native CLI, so the no-JS fallback is exactly what `incident-card render`
// prints. Between the markers
//   <!-- static:begin render FILE [--lang TAG] [--id PREFIX] -->  …  <!-- static:end -->
//   <!-- json:begin FILE -->  …  <!-- json:end -->
// it writes the CLI's HTML, or FILE as a minified <script type="application/json">.
// Usage: node scripts/embed-page.mjs [--check] [PAGE]   (after `cargo build --release`)
//   --check: exit 1 if the page is not up to date (the e2e test runs this).
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(repo, 'target/release/incident-card');

/** The page with every marked block regenerated. */
export function fill(page) {
  const statics = /(<!-- static:begin (.+?) -->\n)[\s\S]*?(<!-- static:end -->)/g;
  const jsons = /(<!-- json:begin (.+?) -->\n)[\s\S]*?(<!-- json:end -->)/g;
  return page
    .replace(statics, (_, begin, args, end) => {
      const html = execFileSync(CLI, args.trim().split(/\s+/), { cwd: repo, encoding: 'utf8' });
      return begin + html + end;
    })
    .replace(jsons, (_, begin, file, end) => {
      const data = JSON.parse(readFileSync(join(repo, file.trim()), 'utf8'));
      // `<` escaped, so no `</script>` in the data can end the script element.
      const json = JSON.stringify(data).replace(/</g, '\\u003c');
      return `${begin}<script type="application/json">${json}</script>\n${end}`;
    });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const file = args.find((a) => !a.startsWith('--')) ?? join(repo, 'www/embed.html');
  const page = readFileSync(file, 'utf8');
  const next = fill(page);
  if (check) {
    if (next !== page) {
      console.error(`${file} is out of date: run node scripts/embed-page.mjs`);
      process.exit(1);
    }
  } else if (next !== page) {
    writeFileSync(file, next);
    console.log(`updated ${file}`);
  }
}

#!/usr/bin/env bash
# `npm run bench`: the size and speed benchmark of issue 6 (not part of npm test).
# Installs what is missing (as npm start does, plus twiggy for the size
# profile), then bench/run.mjs builds the release wasm, measures in Debian's
# Chromium and writes bench/results.json and a markdown report.
# Options pass through, e.g. `npm run bench -- --loads 5 --skip lighthouse,opt`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then
  echo "bench: $chromium is missing: install Debian's chromium (apt-get install chromium), or run scripts/setup.sh --browsers as root" >&2
  exit 1
fi
if ! command -v twiggy >/dev/null; then
  echo "bench: installing twiggy from crates.io (for the size profile)" >&2
  cargo install --locked twiggy || echo "bench: twiggy could not be installed; the size profile will be missing" >&2
fi
exec node bench/run.mjs "$@"

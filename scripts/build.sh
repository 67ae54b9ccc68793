#!/usr/bin/env bash
# Builds the release wasm and its JS glue into www/pkg (wasm-opt -Oz from the
# npm package binaryen, which npm scripts put first on PATH).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
wasm-pack --quiet build --release --target web --no-pack --out-dir www/pkg --out-name incident_card >&2
rm -f www/pkg/.gitignore

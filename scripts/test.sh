#!/usr/bin/env bash
# `npm test`: installs what is missing, then runs every test suite.
#   1. cargo test                      pure core, natively
#   2. wasm-pack test --headless --chrome and --firefox
#                                      DOM tests in tests/web.rs, in Chromium and Firefox
#   3. release build + Playwright      end-to-end tests in tests/e2e, in Chromium
#   4. WebDriver smoke test            tests/webdriver/smoke.mjs in Chromium, Firefox
#                                      and WebKit (WebKitGTK under Xvfb)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browsers
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

step() { printf '\n== %s\n' "$*" >&2; }

step "cargo test (native)"
cargo test --quiet

step "wasm-pack test --headless --chrome (DOM tests in Chromium)"
CHROMEDRIVER=/usr/bin/chromedriver wasm-pack test --headless --chrome -- --test web

step "wasm-pack test --headless --firefox (DOM tests in Firefox ESR)"
GECKODRIVER="$(command -v geckodriver || echo "$HOME/.cargo/bin/geckodriver")" wasm-pack test --headless --firefox -- --test web

step "release build (wasm, and the native CLI for the parity test)"
bash scripts/build.sh
cargo build --quiet --release --bin incident-card

step "end-to-end tests (Playwright, Chromium)"
npx playwright test

step "smoke test over WebDriver (Chromium, Firefox, WebKit)"
node tests/webdriver/smoke.mjs

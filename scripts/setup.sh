#!/usr/bin/env bash
# Installs what the project needs and is missing, and nothing else.
#   scripts/setup.sh            toolchain for building: wasm32 target, wasm-pack,
#                               wasm-bindgen-cli (the version in Cargo.lock), npm packages
#   scripts/setup.sh --browsers also the browsers and WebDriver servers of the tests:
#                               Debian's chromium + chromium-driver, firefox-esr,
#                               webkit2gtk-driver (WebKitWebDriver + MiniBrowser),
#                               xvfb + xauth (WebKitGTK has no headless mode),
#                               and geckodriver from crates.io
# Never downloads a browser or binary from anywhere but the registries (crates.io, npm, apt).
set -euo pipefail
cd "$(dirname "$0")/.."

want_browsers=0
for a in "$@"; do
  case "$a" in
    --browsers) want_browsers=1 ;;
    *) echo "setup: unknown option $a" >&2; exit 2 ;;
  esac
done

say() { printf 'setup: %s\n' "$*" >&2; }
export PATH="$HOME/.cargo/bin:$PATH"

command -v cargo >/dev/null || { say "cargo is missing: install Rust with rustup (https://rustup.rs) first"; exit 1; }
command -v npm >/dev/null || { say "npm is missing: install Node.js 20 and npm first"; exit 1; }

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! command -v wasm-pack >/dev/null; then
  say "installing wasm-pack from crates.io (about 3 minutes)"
  cargo install --locked wasm-pack || cargo install wasm-pack
fi

# wasm-pack needs the wasm-bindgen CLI of exactly the version in Cargo.lock;
# install it from crates.io so wasm-pack never tries to download it.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock 2>/dev/null || true)
if [ -n "$bindgen_version" ]; then
  have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
  if [ "$have" != "$bindgen_version" ]; then
    say "installing wasm-bindgen-cli $bindgen_version from crates.io (about 3 minutes)"
    # --locked first; its lock file can name a crate version the registry has
    # since yanked, so fall back to a fresh resolution.
    cargo install --locked --force wasm-bindgen-cli --version "$bindgen_version" \
      || cargo install --force wasm-bindgen-cli --version "$bindgen_version"
  fi
fi

# npm packages (binaryen for wasm-opt, Playwright, axe-core). `npm ci` when the
# lock file is newer than what is installed.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund
fi

if [ "$want_browsers" = 1 ]; then
  missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
  [ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
  [ -x /usr/bin/WebKitWebDriver ] || missing+=(webkit2gtk-driver)
  [ -x /usr/bin/xvfb-run ] || missing+=(xvfb)
  [ -x /usr/bin/xauth ] || missing+=(xauth)
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
      say "installing ${missing[*]} from Debian"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    else
      say "the tests need Debian's ${missing[*]}; run: sudo apt-get install -y ${missing[*]}"
      exit 1
    fi
  fi
  # Firefox's WebDriver server is not packaged by Debian; crates.io has it.
  if ! command -v geckodriver >/dev/null; then
    say "installing geckodriver from crates.io (about 5 minutes)"
    cargo install --locked geckodriver || cargo install geckodriver
  fi
fi

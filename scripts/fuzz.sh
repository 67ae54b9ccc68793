#!/usr/bin/env bash
# `npm run fuzz [-- SECONDS]`: runs each cargo-fuzz target (libFuzzer, nightly
# toolchain) for SECONDS (default 60), seeded with the articles in data/.
# A crash leaves its input in fuzz/artifacts/<target>/; copy it to
# tests/fuzz-regressions/<target>/<name> so `cargo test` replays it forever.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
seconds="${1:-60}"
command -v cargo-fuzz >/dev/null || cargo install --locked cargo-fuzz || cargo install cargo-fuzz
failed=()
for target in parse_article extract read_dataset; do
  corpus="fuzz/corpus/$target"
  mkdir -p "$corpus"
  case "$target" in
    read_dataset)
      for f in data/articles/*.txt data/fixtures/*.txt; do
        [ -f "$f" ] || continue
        cargo run -q --release -- extract "$f" > "$corpus/$(basename "$f" .txt).json" 2>/dev/null || true
      done ;;
    *) cp data/articles/*.txt data/fixtures/*.txt "$corpus/" 2>/dev/null || true ;;
  esac
  echo "== fuzzing $target for ${seconds}s" >&2
  # No leak checks (-detect_leaks=0 while fuzzing, ASAN_OPTIONS at exit): the
  # extractor builds its lexicon once and leaks it on purpose (`Box::leak`
  # for 'static strings), which LeakSanitizer reports as a crash.
  if ! ASAN_OPTIONS=detect_leaks=0 cargo +nightly fuzz run "$target" "$corpus" -- -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 -max_len=65536 -detect_leaks=0; then
    failed+=("$target")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: crashes in ${failed[*]}; inputs in fuzz/artifacts/" >&2
  exit 1
fi
echo "fuzz: no crash in ${seconds}s per target" >&2

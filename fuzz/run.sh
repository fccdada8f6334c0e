#!/usr/bin/env bash
# Fuzz each target for SECONDS (default 600) with cargo-fuzz (libFuzzer).
#   fuzz/run.sh [SECONDS] [TARGET...]
# Needs `cargo install cargo-fuzz`. cargo-fuzz wants nightly flags; RUSTC_BOOTSTRAP=1 lets the
# stable toolchain accept them. Crashes land in fuzz/artifacts/TARGET/; minimise one with
#   RUSTC_BOOTSTRAP=1 cargo fuzz tmin TARGET fuzz/artifacts/TARGET/crash-…
# and copy it to fuzz/regressions/TARGET/, where `cargo test` replays it.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(draft_loader csv_import field_parsers documents)
export RUSTC_BOOTSTRAP=1
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t"
  echo "== $t for ${seconds}s"
  cargo fuzz run -O "$t" "corpus/$t" "seeds/$t" -- -max_total_time="$seconds" -print_final_stats=1 2>&1 \
    | grep -E "^(stat::|#[0-9]+ +DONE|==[0-9]+== ERROR|SUMMARY|Done)" || true
  echo "corpus/$t: $(ls "corpus/$t" | wc -l) inputs"
done

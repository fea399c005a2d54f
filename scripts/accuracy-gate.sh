#!/usr/bin/env bash
# Fails when attribution-full F1 on PolNeAR dev drops below eval/baseline.json.
# Skips cleanly when ../shared is absent (a user's clone).
set -euo pipefail
cd "$(dirname "$0")/.."
DEV=../shared/data/polnear/dev
if [ ! -d "$DEV" ]; then
  echo "accuracy gate skipped: $DEV not found"
  exit 0
fi
cargo build --release --locked -p ascribe-cli
./target/release/ascribe eval "$DEV" --json > target/dev-eval.json
./target/release/ascribe eval "$DEV"
python3 - <<'PY'
import json, sys
report = json.load(open("target/dev-eval.json"))
baseline = json.load(open("eval/baseline.json"))
got = report["attribution_full"]["f1"]
need = baseline["attribution_full_f1"]
print(f"attribution-full F1 on dev: {got:.1f} (baseline {need:.1f})")
if got + 1e-9 < need:
    print("accuracy gate FAILED: below the recorded baseline", file=sys.stderr)
    sys.exit(1)
PY

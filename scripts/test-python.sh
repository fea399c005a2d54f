#!/usr/bin/env bash
# The Python and Spark tests: builds the CLI and the abi3 wheel, installs the
# wheel and the test dependencies from PyPI, runs pytest against the
# installed wheel (never the source tree).
#
#   scripts/test-python.sh                 # everything, Spark included
#   ASCRIBE_SKIP_SPARK=1 scripts/test-python.sh   # or: scripts/test-python.sh -m "not spark"
#
# Needs Python >= 3.9 with pip; the Spark test needs Java 17 (skipped without).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

python3 -m pip install -q --disable-pip-version-check "maturin>=1.5,<2" "pytest>=7" "pyarrow>=12"
if [ -z "${ASCRIBE_SKIP_SPARK:-}" ]; then
  python3 -m pip install -q --disable-pip-version-check "pyspark>=3.5" "pandas>=2.2"
fi

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"
cargo build --release --locked -p ascribe-cli
wheels=$(mktemp -d)
trap 'rm -rf "$wheels"' EXIT
# Not --locked: the bindings' lock pins registry crates, but the workspace
# crates it depends on by path gain dependencies often.
maturin build --release -m bindings/python/Cargo.toml -o "$wheels"
python3 -m pip install -q --disable-pip-version-check --force-reinstall --no-deps "$wheels"/ascribe-*.whl

export ASCRIBE_BIN="$CARGO_TARGET_DIR/release/ascribe"
cd bindings/python/tests
set +e
python3 -m pytest -q -p no:cacheprovider "$@"
status=$?
set -e
# pytest's 5 means "no tests collected" (e.g. a -m filter that matched none).
if [ "$status" -eq 5 ]; then
  echo "no Python tests selected"
  exit 0
fi
exit "$status"

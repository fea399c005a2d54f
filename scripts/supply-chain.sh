#!/usr/bin/env bash
# Supply-chain checks with cargo-deny (configuration: deny.toml): licenses
# (an allow-list of permissive licenses), bans (duplicate versions warn) and
# sources (crates.io only), for the workspace and the Python binding.
#
# Advisories are NOT checked here: cargo-deny (like cargo-audit) reads the
# RustSec advisory database, which is fetched from GitHub, and this project's
# machines and CI reach only the package registries, none of which carries a
# copy of that database. On a machine with GitHub access run
# `cargo deny check advisories`.
#
# cargo-deny is installed from crates.io when missing (no prebuilt binaries:
# they are downloaded from GitHub). Set ASCRIBE_SKIP_SUPPLY_CHAIN=1 to skip.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${ASCRIBE_SKIP_SUPPLY_CHAIN:-0}" = 1 ]; then
  echo "supply-chain: skipped (ASCRIBE_SKIP_SUPPLY_CHAIN=1)"
  exit 0
fi

DENY_VERSION=0.20.2
if ! cargo deny --version 2>/dev/null | grep -q "$DENY_VERSION"; then
  echo "supply-chain: installing cargo-deny $DENY_VERSION from crates.io"
  start=$(date +%s)
  cargo install cargo-deny --version "$DENY_VERSION" --locked --quiet
  echo "supply-chain: cargo-deny installed in $(( $(date +%s) - start )) s"
fi

echo "supply-chain: workspace (licenses, bans, sources; advisories not checked: no RustSec database offline)"
cargo deny --locked check --hide-inclusion-graph licenses bans sources
if [ -f bindings/python/Cargo.toml ]; then
  echo "supply-chain: Python binding"
  cargo deny --locked --manifest-path bindings/python/Cargo.toml --config deny.toml check --hide-inclusion-graph licenses bans sources
fi

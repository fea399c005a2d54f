/work/main/bindings/python/target/release/deps/_ascribe-26cfc7225f6bd0d1.d: src/lib.rs Cargo.toml

/work/main/bindings/python/target/release/deps/lib_ascribe-26cfc7225f6bd0d1.rmeta: src/lib.rs Cargo.toml

src/lib.rs:
Cargo.toml:

# env-dep:CARGO_PKG_VERSION=0.1.0
# env-dep:CLIPPY_ARGS=-D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__
# env-dep:CLIPPY_CONF_DIR

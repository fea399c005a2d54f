/work/main/bindings/python/target/release/deps/dtoa-814e3a1d1fe4efe8.d: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/dtoa-1.0.11/src/lib.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/dtoa-1.0.11/src/diyfp.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/dtoa-1.0.11/src/dtoa.rs

/work/main/bindings/python/target/release/deps/libdtoa-814e3a1d1fe4efe8.rmeta: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/dtoa-1.0.11/src/lib.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/dtoa-1.0.11/src/diyfp.rs /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/dtoa-1.0.11/src/dtoa.rs

/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/dtoa-1.0.11/src/lib.rs:
/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/dtoa-1.0.11/src/diyfp.rs:
/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/dtoa-1.0.11/src/dtoa.rs:

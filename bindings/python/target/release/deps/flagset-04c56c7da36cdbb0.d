/work/main/bindings/python/target/release/deps/flagset-04c56c7da36cdbb0.d: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/flagset-0.4.7/src/lib.rs

/work/main/bindings/python/target/release/deps/libflagset-04c56c7da36cdbb0.rmeta: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/flagset-0.4.7/src/lib.rs

/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/flagset-0.4.7/src/lib.rs:

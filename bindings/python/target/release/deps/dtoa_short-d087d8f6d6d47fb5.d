/work/main/bindings/python/target/release/deps/dtoa_short-d087d8f6d6d47fb5.d: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/dtoa-short-0.3.5/src/lib.rs

/work/main/bindings/python/target/release/deps/libdtoa_short-d087d8f6d6d47fb5.rmeta: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/dtoa-short-0.3.5/src/lib.rs

/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/dtoa-short-0.3.5/src/lib.rs:

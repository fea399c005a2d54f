/work/main/bindings/python/target/release/deps/precomputed_hash-d635f6f3257a0140.d: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/precomputed-hash-0.1.1/src/lib.rs

/work/main/bindings/python/target/release/deps/libprecomputed_hash-d635f6f3257a0140.rmeta: /root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/precomputed-hash-0.1.1/src/lib.rs

/root/.cargo/registry/src/index.crates.io-1949cf8c6b5b557f/precomputed-hash-0.1.1/src/lib.rs:
